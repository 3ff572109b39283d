/**
 * Booking a conversation through the API, as the phone and the caseworker console call it, on the
 * test server's database (PGlite, or PostgreSQL with API_TEST_DB=postgres): free slots per
 * jobcentre, 50 simultaneous bookings of one slot, rebooking and cancelling with the calendar file,
 * the indkaldelse, conversation requests, a held meeting's feedback, and the console.
 */
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { conversationDeadline } from '../../src/lib/domain/booking/deadline';
import { addDays, localDateOf, todayLocal } from '../../src/lib/domain/local-time';
import { nextWorkingDay } from '../../src/lib/domain/booking/holidays';
import { api, expectProblem, sessionOf } from './client';

interface Slot {
	id: string;
	startsAt: string;
	jobcenter: string | null;
	channels: string[];
}
interface Meeting {
	id: string;
	slotId: string | null;
	kind: string;
	status: string;
	startsAt: string;
	sequence: number;
	bring: string | null;
	changeableUntil: string;
}

let anna = '';
let mohammed = '';
let lars = '';
let mette = '';
let annaId = '';
let mohammedId = '';

const post = (path: string, cookie: string, json: unknown = {}) =>
	api(path, { method: 'POST', cookie, json });

async function freeSlots(cookie: string, query = ''): Promise<Slot[]> {
	const answer = await api(`/api/v1/slots${query}`, { cookie });
	expect(answer.status).toBe(200);
	return (answer.body as { items: Slot[] }).items;
}

async function myMeetings(cookie: string): Promise<Meeting[]> {
	return ((await api('/api/v1/me/meetings', { cookie })).body as { items: Meeting[] }).items;
}

function parseIcs(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
	return {
		method: calendar.getFirstPropertyValue('method'),
		uid: event.uid,
		sequence: event.sequence,
		start: event.startDate.toJSDate().toISOString()
	};
}

beforeAll(async () => {
	[anna, mohammed, lars, mette] = await Promise.all([
		sessionOf('anna'),
		sessionOf('mohammed'),
		sessionOf('lars'),
		sessionOf('mette')
	]);
	annaId = ((await api('/api/v1/me', { cookie: anna })).body as { id: string }).id;
	mohammedId = ((await api('/api/v1/me', { cookie: mohammed })).body as { id: string }).id;
});

describe('free slots', () => {
	it('shows each citizen the free slots of her own jobcentre, never cached', async () => {
		const answer = await api('/api/v1/slots', { cookie: anna });
		expect(answer.headers.get('cache-control')).toContain('no-store');
		const aarhus = (answer.body as { items: Slot[] }).items;
		expect(aarhus.length).toBeGreaterThan(10);
		expect(new Set(aarhus.map((slot) => slot.jobcenter))).toEqual(new Set(['Jobcenter Aarhus']));
		const odense = await freeSlots(mohammed, '?channel=video');
		expect(new Set(odense.map((slot) => slot.jobcenter))).toEqual(new Set(['Jobcenter Odense']));
		expect(odense.every((slot) => slot.channels.includes('video'))).toBe(true);
		// Sorted, and no slot on a weekend.
		const starts = aarhus.map((slot) => slot.startsAt);
		expect([...starts].sort()).toEqual(starts);
		for (const slot of aarhus) {
			expect([0, 6]).not.toContain(new Date(slot.startsAt).getUTCDay());
		}
	});

	it('names the field of a bad window', async () => {
		const bad = expectProblem(await api('/api/v1/slots?from=2026-02-30', { cookie: anna }), 400);
		expect(bad.errors?.[0]?.field).toBe('from');
		const from = todayLocal();
		const long = expectProblem(
			await api(`/api/v1/slots?from=${from}&to=${addDays(from, 40)}`, { cookie: anna }),
			400
		);
		expect(long.errors?.[0]?.field).toBe('to');
		// The last days a date can name: no day after them to end the window on.
		const edge = await api('/api/v1/caseworker/meetings?date=9999-12-31', { cookie: lars });
		expect(expectProblem(edge, 400).errors?.[0]?.field).toBe('date');
	});
});

describe('booking one slot', () => {
	it('gives 50 simultaneous bookings of one slot exactly one 201 and 49 × 409 with alternatives', async () => {
		const slots = await freeSlots(anna);
		const slot = slots[slots.length - 1]!;
		const answers = await Promise.all(
			Array.from({ length: 50 }, (_, n) =>
				post('/api/v1/me/meetings', anna, {
					slotId: slot.id,
					channel: 'phone',
					topic: 'jobsøgning',
					note: `forsøg ${n}`
				})
			)
		);
		const created = answers.filter((answer) => answer.status === 201);
		const refused = answers.filter((answer) => answer.status === 409);
		expect(created).toHaveLength(1);
		expect(refused).toHaveLength(49);
		for (const answer of refused) {
			const problem = expectProblem(answer, 409) as { alternatives?: Slot[]; type: string };
			expect(problem.type).toBe('/api/v1/problems/slot-taken');
			expect(problem.alternatives!.length).toBeGreaterThan(0);
			expect(problem.alternatives!.map((alternative) => alternative.id)).not.toContain(slot.id);
		}
		expect((await freeSlots(anna)).map((free) => free.id)).not.toContain(slot.id);
		// Cancelled, the slot is free again.
		const meeting = created[0]!.body as Meeting;
		const cancelled = await post(`/api/v1/me/meetings/${meeting.id}/cancel`, anna, {
			reason: 'Jeg har fået arbejde'
		});
		expect(cancelled.status).toBe(200);
		expect((cancelled.body as Meeting).status).toBe('cancelled');
		expect((await freeSlots(anna)).map((free) => free.id)).toContain(slot.id);
	});

	it('rebooks under one id with a rising SEQUENCE in the calendar file, and cancels with METHOD:CANCEL', async () => {
		const slots = await freeSlots(anna);
		const [first, second] = [slots[slots.length - 3]!, slots[slots.length - 4]!];
		const booked = await post('/api/v1/me/meetings', anna, {
			id: crypto.randomUUID(),
			slotId: first.id,
			channel: 'in_person',
			topic: 'uddannelse',
			note: 'Kursus'
		});
		expect(booked.status).toBe(201);
		const meeting = booked.body as Meeting;
		const file = await api(`/api/v1/me/meetings/${meeting.id}/calendar.ics`, { cookie: anna });
		expect(file.status).toBe(200);
		expect(file.contentType).toMatch(/^text\/calendar/);
		expect(file.headers.get('cache-control')).toBe('no-store');
		const original = parseIcs(file.body as string);
		expect(original).toEqual({
			method: 'PUBLISH',
			uid: `${meeting.id}@virtuelt-jobunivers`,
			sequence: 0,
			start: first.startsAt
		});
		const moved = await post(`/api/v1/me/meetings/${meeting.id}/reschedule`, anna, {
			slotId: second.id
		});
		expect(moved.status).toBe(200);
		expect(moved.body).toMatchObject({ id: meeting.id, slotId: second.id, sequence: 1 });
		const rebooked = parseIcs(
			(await api(`/api/v1/me/meetings/${meeting.id}/calendar.ics`, { cookie: anna })).body as string
		);
		expect(rebooked).toEqual({ ...original, sequence: 1, start: second.startsAt });
		await post(`/api/v1/me/meetings/${meeting.id}/cancel`, anna, { reason: 'Syg' });
		const cancelled = parseIcs(
			(await api(`/api/v1/me/meetings/${meeting.id}/calendar.ics`, { cookie: anna })).body as string
		);
		expect(cancelled).toMatchObject({ method: 'CANCEL', uid: original.uid, sequence: 2 });
	});

	it("answers another citizen's meeting 404, whatever she does with it", async () => {
		const [meeting] = await myMeetings(anna);
		for (const suffix of ['/calendar.ics']) {
			expectProblem(
				await api(`/api/v1/me/meetings/${meeting!.id}${suffix}`, { cookie: mohammed }),
				404
			);
		}
		expectProblem(
			await post(`/api/v1/me/meetings/${meeting!.id}/cancel`, mohammed, { reason: 'Ikke min' }),
			404
		);
		expect((await myMeetings(anna)).find((m) => m.id === meeting!.id)?.status).toBe(
			meeting!.status
		);
	});
});

describe('the indkaldelse', () => {
	it('is among her meetings with what to bring and until when she may move it herself', async () => {
		const summons = (await myMeetings(anna)).find((meeting) => meeting.kind === 'summons');
		expect(summons).toBeDefined();
		expect(summons!.bring).toMatch(/CV/);
		const limit =
			new Date(summons!.startsAt).getTime() - new Date(summons!.changeableUntil).getTime();
		expect(limit).toBe(48 * 3_600_000);
		const cancel = expectProblem(
			await post(`/api/v1/me/meetings/${summons!.id}/cancel`, anna, { reason: 'Kan ikke' }),
			422
		);
		expect(cancel.detail).toMatch(/ring/i);
	});
});

describe('conversation requests and the console', () => {
	it('registers her request with its deadline once, and shows it to her jobcentre only', async () => {
		const first = await post('/api/v1/me/conversation-requests', anna, { topic: 'økonomi' });
		expect(first.status).toBe(201);
		const request = first.body as { id: string; deadline: string; status: string; kind: string };
		expect(request).toMatchObject({ kind: 'standard', status: 'open' });
		expect([
			conversationDeadline(new Date()),
			conversationDeadline(new Date(Date.now() - 60_000))
		]).toContain(request.deadline);
		const again = await post('/api/v1/me/conversation-requests', anna, { topic: 'andet' });
		expect(again.status).toBe(200);
		expect((again.body as { id: string }).id).toBe(request.id);
		const fastTrack = await post('/api/v1/me/conversation-requests', anna, {
			kind: 'fastTrack',
			topic: 'sygdom'
		});
		expect(fastTrack.status).toBe(201);
		expect((fastTrack.body as { deadline: string }).deadline > request.deadline).toBe(true);

		const forLars = (await api('/api/v1/caseworker/conversation-requests', { cookie: lars }))
			.body as { items: { id: string; deadline: string; citizen: { id: string } }[] };
		expect(forLars.items.map((item) => item.id)).toContain(request.id);
		expect(forLars.items.map((item) => item.deadline)).toEqual(
			[...forLars.items.map((item) => item.deadline)].sort()
		);
		const forMette = (await api('/api/v1/caseworker/conversation-requests', { cookie: mette }))
			.body as { items: { id: string }[] };
		expect(forMette.items.map((item) => item.id)).not.toContain(request.id);
	});

	it('opens a citizen only through a relation: an Aarhus caseworker cannot open an Odense citizen', async () => {
		const seen = await api(`/api/v1/caseworker/citizens/${annaId}`, { cookie: lars });
		expect(seen.status).toBe(200);
		expect(seen.body).toMatchObject({ profile: { id: annaId, name: 'Anna Jensen' } });
		expectProblem(await api(`/api/v1/caseworker/citizens/${mohammedId}`, { cookie: lars }), 404);
		expectProblem(await api(`/api/v1/caseworker/citizens/${annaId}`, { cookie: mette }), 404);
		expectProblem(await api(`/api/v1/caseworker/citizens/${annaId}`, { cookie: mohammed }), 403);
	});

	it('lets lars mark her past meeting held, and takes her feedback once', async () => {
		const past = (await myMeetings(anna)).find(
			(meeting) => meeting.status === 'booked' && meeting.startsAt < new Date().toISOString()
		)!;
		expect(past).toBeDefined();
		expectProblem(await post(`/api/v1/me/meetings/${past.id}/feedback`, anna, { score: 4 }), 409);
		const day = localDateOf(new Date(past.startsAt));
		const list = (await api(`/api/v1/caseworker/meetings?date=${day}`, { cookie: lars })).body as {
			items: { id: string; citizen: { name: string } }[];
		};
		expect(list.items.find((item) => item.id === past.id)?.citizen.name).toBe('Anna Jensen');
		expectProblem(
			await api(`/api/v1/caseworker/meetings/${past.id}`, {
				method: 'PATCH',
				cookie: mette,
				json: { status: 'held' }
			}),
			404
		);
		const held = await api(`/api/v1/caseworker/meetings/${past.id}`, {
			method: 'PATCH',
			cookie: lars,
			json: { status: 'held' }
		});
		expect(held.status).toBe(200);
		expect(held.body).toMatchObject({ status: 'held' });
		const feedback = await post(`/api/v1/me/meetings/${past.id}/feedback`, anna, {
			score: 5,
			comment: 'Meget hjælpsom'
		});
		expect(feedback.status).toBe(201);
		expectProblem(await post(`/api/v1/me/meetings/${past.id}/feedback`, anna, { score: 5 }), 409);
		expect((await myMeetings(anna)).find((m) => m.id === past.id)).toMatchObject({
			feedbackGiven: true
		});
	});

	it('reports last month per jobcentre, with no figure under five answers', async () => {
		const lastMonth = addDays(`${todayLocal().slice(0, 7)}-01`, -1).slice(0, 7);
		const report = await api(`/api/v1/caseworker/feedback?month=${lastMonth}`, { cookie: mette });
		expect(report.status).toBe(200);
		expect(report.body).toEqual({
			month: lastMonth,
			minimumAnswers: 5,
			items: [
				{ jobcenter: 'Jobcenter Aarhus', count: 7, average: 4.3 },
				{ jobcenter: 'Jobcenter Odense', count: null, average: null }
			]
		});
		expectProblem(await api('/api/v1/caseworker/feedback?month=2026-13', { cookie: mette }), 400);
	});
});

describe('publishing and withdrawing slots', () => {
	it('publishes, refuses overlaps and holidays, and a withdrawn slot answers her booking with alternatives', async () => {
		const day = nextWorkingDay(addDays(todayLocal(), 60));
		const published = await post('/api/v1/caseworker/slots', mette, {
			date: day,
			time: '15:00',
			minutes: 30,
			channels: ['phone', 'video']
		});
		expect(published.status).toBe(201);
		const slot = published.body as Slot;
		const overlap = expectProblem(
			await post('/api/v1/caseworker/slots', mette, {
				date: day,
				time: '15:15',
				minutes: 30,
				channels: ['phone']
			}),
			409
		);
		expect(overlap.errors?.[0]?.field).toBe('time');
		const christmas = expectProblem(
			await post('/api/v1/caseworker/slots', mette, {
				date: `${Number(todayLocal().slice(0, 4)) + 1}-12-25`,
				time: '10:00',
				minutes: 30,
				channels: ['phone']
			}),
			400
		);
		expect(christmas.errors?.map((error) => error.field)).toContain('date');
		expect((await freeSlots(mohammed, `?from=${day}&to=${day}`)).map((s) => s.id)).toContain(
			slot.id
		);

		const withdrawn = await api(`/api/v1/caseworker/slots/${slot.id}`, {
			method: 'DELETE',
			cookie: mette
		});
		expect(withdrawn.status).toBe(200);
		expect(withdrawn.body).toEqual({ slotId: slot.id, cancelledMeetingId: null });
		expectProblem(
			await api(`/api/v1/caseworker/slots/${slot.id}`, { method: 'DELETE', cookie: lars }),
			404
		);
		const late = expectProblem(
			await post('/api/v1/me/meetings', mohammed, {
				slotId: slot.id,
				channel: 'phone',
				topic: 'økonomi',
				note: 'Om min boligstøtte'
			}),
			409
		) as { alternatives?: Slot[] };
		expect(late.alternatives!.length).toBeGreaterThan(0);
		expect(
			late.alternatives!.every((alternative) => alternative.jobcenter === 'Jobcenter Odense')
		).toBe(true);
	});

	it('cancels the meeting in a booked slot it withdraws, and her meetings say the jobcentre did', async () => {
		const [slot] = await freeSlots(mohammed);
		const booked = await post('/api/v1/me/meetings', mohammed, {
			slotId: slot!.id,
			channel: 'phone',
			topic: 'jobsøgning',
			note: ''
		});
		expect(booked.status).toBe(201);
		const meeting = booked.body as Meeting;
		const withdrawn = await api(`/api/v1/caseworker/slots/${slot!.id}`, {
			method: 'DELETE',
			cookie: mette
		});
		expect(withdrawn.body).toEqual({ slotId: slot!.id, cancelledMeetingId: meeting.id });
		expect((await myMeetings(mohammed)).find((m) => m.id === meeting.id)).toMatchObject({
			status: 'cancelled',
			cancelledBy: 'jobcenter',
			sequence: 1
		});
	});
});
