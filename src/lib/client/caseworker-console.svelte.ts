/**
 * The caseworker console's state. Online only: nothing of a citizen is kept on the device, every
 * view is asked from the server when shown, and while offline the console says so instead.
 */
import { addDays, isoWeekday, todayLocal } from '../domain/local-time';
import type { Problem } from '../domain/api/schemas';
import type { CaseworkerCitizen } from '../domain/booking/console';
import { citizenOverview, type CitizenOverview } from '../domain/duties';
import type { FieldError } from '../domain/validation';

export type ConsoleTab = 'day' | 'slots' | 'requests' | 'feedback';

type Json = Record<string, unknown>;

export type Loaded<T> =
	| { state: 'loading' }
	| { state: 'ok'; data: T }
	| { state: 'failed'; status: number; problem: Problem | null };

export interface Answer<T = Json> {
	ok: boolean;
	status: number;
	data: T | null;
	problem: Problem | null;
}

/** One request to the console's API; never throws (status 0: no answer). */
export async function consoleRequest<T = Json>(
	method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
	path: string,
	body?: unknown
): Promise<Answer<T>> {
	const headers: Record<string, string> = { accept: 'application/json' };
	if (body !== undefined) headers['content-type'] = 'application/json';
	if (method !== 'GET') headers['idempotency-key'] = crypto.randomUUID();
	try {
		const response = await fetch(path, {
			method,
			headers,
			body: body === undefined ? undefined : JSON.stringify(body),
			credentials: 'same-origin',
			cache: 'no-store'
		});
		const parsed: unknown = await response.json().catch(() => null);
		return response.ok
			? { ok: true, status: response.status, data: parsed as T, problem: null }
			: { ok: false, status: response.status, data: null, problem: parsed as Problem | null };
	} catch {
		return { ok: false, status: 0, data: null, problem: null };
	}
}

async function load<T>(path: string): Promise<Loaded<T>> {
	const answer = await consoleRequest<T>('GET', path);
	return answer.ok && answer.data !== null
		? { state: 'ok', data: answer.data }
		: { state: 'failed', status: answer.status, problem: answer.problem };
}

/** Monday of the ISO week a local date falls in. */
export function mondayOf(date: string): string {
	return addDays(date, 1 - isoWeekday(date));
}

/** ISO week number of a local date (the week of its Thursday). */
export function isoWeek(date: string): number {
	const thursday = addDays(date, 4 - isoWeekday(date));
	const yearStart = `${thursday.slice(0, 4)}-01-01`;
	const days =
		(Date.parse(`${thursday}T12:00:00Z`) - Date.parse(`${yearStart}T12:00:00Z`)) / 86_400_000;
	return Math.floor(days / 7) + 1;
}

export interface CaseworkerSlot {
	id: string;
	startsAt: string;
	endsAt: string;
	minutes: number;
	channels: string[];
	location: string | null;
	withdrawn: boolean;
	meeting: {
		id: string;
		citizen: { id: string; name: string };
		topic: string;
		status: string;
	} | null;
}

export interface CaseworkerMeeting {
	id: string;
	startsAt: string;
	endsAt: string;
	channel: string;
	topic: string;
	note: string;
	status: string;
	kind: string;
	citizen: { id: string; name: string };
}

export interface CaseworkerRequest {
	id: string;
	kind: string;
	topic: string;
	requestedAt: string;
	deadline: string;
	overdue: boolean;
	citizen: { id: string; name: string };
}

export interface FeedbackReport {
	month: string;
	minimumAnswers: number;
	items: { jobcenter: string; count: number | null; average: number | null }[];
}

export interface PublishInput {
	date: string;
	time: string;
	minutes: number;
	channels: string[];
	location?: string;
}

export class CaseworkerConsole {
	online = $state(typeof navigator === 'undefined' ? true : navigator.onLine !== false);
	tab = $state<ConsoleTab>('day');
	day = $state(todayLocal());
	/** This week, or next week on a weekend (no meetings are held then). */
	week = $state(mondayOf(addDays(todayLocal(), isoWeekday(todayLocal()) >= 6 ? 2 : 0)));
	month = $state(todayLocal().slice(0, 7));
	meetings = $state.raw<Loaded<{ items: CaseworkerMeeting[] }>>({ state: 'loading' });
	slots = $state.raw<Loaded<{ items: CaseworkerSlot[] }>>({ state: 'loading' });
	requests = $state.raw<Loaded<{ items: CaseworkerRequest[] }>>({ state: 'loading' });
	feedback = $state.raw<Loaded<FeedbackReport>>({ state: 'loading' });
	citizenId = $state<string | null>(null);
	citizen = $state.raw<Loaded<CaseworkerCitizen>>({ state: 'loading' });
	/** Her overview from the facts the server sends: the same function Min side uses on her phone. */
	citizenOverview = $derived<CitizenOverview | null>(
		this.citizen.state === 'ok' ? citizenOverview(this.citizen.data.facts, todayLocal()) : null
	);
	/** The last thing done, for the live region ("Tiden er udbudt."). */
	message = $state<{ key: string; values?: Record<string, string> } | null>(null);

	/** Follows the browser's online state; call in a component (it returns the cleanup). */
	watchConnection(): () => void {
		const on = () => {
			this.online = true;
			void this.reload();
		};
		const off = () => (this.online = false);
		addEventListener('online', on);
		addEventListener('offline', off);
		return () => {
			removeEventListener('online', on);
			removeEventListener('offline', off);
		};
	}

	async reload() {
		if (!this.online) return;
		if (this.citizenId) return this.openCitizen(this.citizenId);
		if (this.tab === 'day')
			this.meetings = await load(`/api/v1/caseworker/meetings?date=${this.day}`);
		if (this.tab === 'slots') {
			// Another week's slots must never show under this week's heading while they load.
			this.slots = { state: 'loading' };
			this.slots = await load(
				`/api/v1/caseworker/slots?from=${this.week}&to=${addDays(this.week, 6)}`
			);
		}
		if (this.tab === 'requests')
			this.requests = await load('/api/v1/caseworker/conversation-requests');
		if (this.tab === 'feedback')
			this.feedback = await load(`/api/v1/caseworker/feedback?month=${this.month}`);
	}

	async show(tab: ConsoleTab) {
		this.tab = tab;
		this.citizenId = null;
		this.message = null;
		await this.reload();
	}

	async moveWeek(weeks: number) {
		this.week = addDays(this.week, 7 * weeks);
		await this.reload();
	}

	async setDay(date: string) {
		this.day = date;
		await this.reload();
	}

	async setMonth(month: string) {
		this.month = month;
		await this.reload();
	}

	/** Publishes a slot; the messages by field (empty when published). */
	async publish(input: PublishInput): Promise<FieldError[]> {
		const answer = await consoleRequest('POST', '/api/v1/caseworker/slots', input);
		if (!answer.ok) return problemErrors(answer);
		this.message = { key: 'console.slots.published' };
		await this.reload();
		return [];
	}

	async withdraw(slot: CaseworkerSlot, time: string): Promise<Problem | null> {
		const answer = await consoleRequest('DELETE', `/api/v1/caseworker/slots/${slot.id}`);
		if (!answer.ok)
			return answer.problem ?? { type: 'about:blank', title: '', status: answer.status };
		this.message = { key: 'console.slots.withdrawn', values: { time } };
		await this.reload();
		return null;
	}

	async mark(meeting: CaseworkerMeeting, status: 'held' | 'no_show', label: string) {
		const answer = await consoleRequest('PATCH', `/api/v1/caseworker/meetings/${meeting.id}`, {
			status
		});
		if (answer.ok) this.message = { key: 'console.day.marked', values: { status: label } };
		await this.reload();
		return answer.ok ? null : answer.problem;
	}

	async openCitizen(id: string) {
		this.citizenId = id;
		this.citizen = { state: 'loading' };
		this.citizen = await load(`/api/v1/caseworker/citizens/${encodeURIComponent(id)}`);
	}

	async closeCitizen() {
		this.citizenId = null;
		await this.reload();
	}
}

function problemErrors(answer: Answer): FieldError[] {
	const problem = answer.problem;
	if (problem?.errors?.length) return problem.errors;
	return [{ field: '', message: problem?.detail ?? problem?.title ?? `HTTP ${answer.status}` }];
}
