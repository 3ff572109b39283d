/**
 * An in-memory server for one citizen's sick-leave status (never imported by the app): GET/PUT with
 * ETag and If-Match (428 without, 412 with `current` when stale), the idempotency store and the delta
 * feed, behind a `fetch`. `loseNextResponse` applies a PUT and throws its answer away.
 */
import {
	sickLeaveStatusSchema,
	emptySickLeaveStatus,
	type SickLeaveStatus
} from '../domain/sick-leave';
import type { FetchLike } from './sync';

export const FAKE_USER_ID = '00000000-0000-4000-8000-000000000001';
const PATH = '/api/v1/me/sick-leave';

interface Answer {
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
}

export class FakeDocuments {
	document: SickLeaveStatus = emptySickLeaveStatus();
	version = 0;
	/** PUTs the handler ran and accepted. */
	readonly accepted: { ifMatch: string | null; body: SickLeaveStatus }[] = [];
	readonly seen: { method: string; path: string; ifMatch: string | null; key: string | null }[] =
		[];
	loseNextResponse = false;
	/** Leave `current` out of the 412 (as a client that keeps only part of the problem sees it). */
	omitCurrent = false;
	private changeSeq = 0;
	private readonly stored = new Map<string, { hash: string; answer: Answer }>();

	get etag() {
		return `"v${this.version}"`;
	}

	readonly fetch: FetchLike = async (input, init) => {
		const url = new URL(input, 'http://fake');
		const method = (init.method ?? 'GET').toUpperCase();
		const headers = new Headers(init.headers);
		const text = typeof init.body === 'string' ? init.body : '';
		const key = headers.get('idempotency-key');
		this.seen.push({ method, path: url.pathname, ifMatch: headers.get('if-match'), key });
		let answer: Answer;
		if (method === 'GET' && url.pathname === '/api/v1/me/changes') answer = this.changes(url);
		else if (url.pathname !== PATH) answer = { status: 404, body: { status: 404 } };
		else if (method === 'GET')
			answer = { status: 200, body: this.resource(), headers: { etag: this.etag } };
		else if (method !== 'PUT') answer = { status: 405, body: { status: 405 } };
		else if (key === null) answer = this.put(headers, text);
		else {
			const hash = `${method} ${url.pathname} ${text}`;
			const stored = this.stored.get(key);
			if (stored && stored.hash !== hash) answer = { status: 422, body: { status: 422 } };
			else if (stored)
				answer = {
					...stored.answer,
					headers: { ...stored.answer.headers, 'idempotent-replayed': 'true' }
				};
			else {
				answer = this.put(headers, text);
				this.stored.set(key, { hash, answer });
			}
		}
		if (method === 'PUT' && this.loseNextResponse) {
			this.loseNextResponse = false;
			throw new TypeError('Failed to fetch (response lost)');
		}
		const noBody = answer.body === undefined;
		return new Response(noBody ? null : JSON.stringify(answer.body), {
			status: answer.status,
			headers: { ...(noBody ? {} : { 'content-type': 'application/json' }), ...answer.headers }
		});
	};

	/** Another device (or the jobcenter) writes directly. */
	serverWrite(patch: Partial<SickLeaveStatus>) {
		this.document = { ...this.document, ...patch };
		this.version++;
		this.changeSeq++;
	}

	private resource() {
		return { document: this.document, etag: this.etag, updatedAt: '2026-03-01T08:00:00.000Z' };
	}

	private put(headers: Headers, text: string): Answer {
		const problem = { 'content-type': 'application/problem+json' };
		const ifMatch = headers.get('if-match');
		if (!ifMatch)
			return {
				status: 428,
				body: { type: '/428', title: 'If-Match mangler', status: 428 },
				headers: problem
			};
		if (ifMatch !== this.etag) {
			return {
				status: 412,
				body: {
					type: '/412',
					title: 'Dokumentet er ændret et andet sted',
					status: 412,
					...(this.omitCurrent ? {} : { current: this.document, etag: this.etag })
				},
				headers: { ...problem, etag: this.etag }
			};
		}
		const parsed = sickLeaveStatusSchema.safeParse(JSON.parse(text));
		if (!parsed.success)
			return {
				status: 400,
				body: { type: '/400', title: 'Ugyldig', status: 400 },
				headers: problem
			};
		this.accepted.push({ ifMatch, body: parsed.data });
		this.serverWrite(parsed.data);
		return { status: 200, body: this.resource(), headers: { etag: this.etag } };
	}

	private changes(url: URL): Answer {
		const since = Number(url.searchParams.get('since') ?? '0');
		const changes =
			this.changeSeq > since && this.version > 0
				? [
						{
							entity: 'sickLeave',
							id: FAKE_USER_ID,
							op: 'upsert',
							data: this.resource(),
							version: this.changeSeq
						}
					]
				: [];
		return {
			status: 200,
			body: { changes, cursor: String(Math.max(since, this.changeSeq)), hasMore: false }
		};
	}
}
