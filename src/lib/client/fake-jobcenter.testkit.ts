/**
 * An in-memory jobcenter API for the sync tests (never imported by the app): the joblog endpoints, the
 * idempotency store (same key + body → stored answer with `idempotent-replayed`; other body → 422) and
 * the delta feed, behind a `fetch`. `fault` injects what a weak train signal does.
 */
import { joblogEntryInputSchema, joblogEntryPatchSchema, type JoblogEntry } from '../domain/joblog';
import type { FetchLike } from './sync';

export type Fault =
	/** The request never reaches the server. */
	| 'network'
	/** The server applies the request; the answer is lost on the way back. */
	| 'lose-response'
	/** The server answers this without running the handler (503, 401, 409 retry-after, …). */
	| { status: number; headers?: Record<string, string>; body?: unknown };

export interface SeenRequest {
	method: string;
	path: string;
	key: string | null;
	body: unknown;
}

interface Change {
	entity: 'joblog';
	id: string;
	op: 'upsert' | 'delete';
	data?: JoblogEntry;
	version: number;
}

const problemJson = { 'content-type': 'application/problem+json' };

function problem(status: number, detail: string, errors?: { field: string; message: string }[]) {
	return {
		status,
		body: { type: `/api/v1/problems/${status}`, title: `HTTP ${status}`, status, detail, errors },
		headers: problemJson
	};
}

interface Answer {
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
}

export class FakeJobcenter {
	readonly entries = new Map<string, JoblogEntry>();
	/** Every request that reached the server (after `network` faults). */
	readonly seen: SeenRequest[] = [];
	/** Mutations the handler actually ran (not replays, not faults). */
	readonly applied: SeenRequest[] = [];
	private readonly stored = new Map<string, { hash: string; answer: Answer }>();
	private readonly changes = new Map<string, Change>();
	private version = 0;
	private clock = Date.parse('2026-03-01T08:00:00.000Z');
	pageSize = 3;
	/** Titles the server refuses with a 400 (a rule the client does not know). */
	rejectTitles = new Set<string>(['AFVIST']);
	fault: ((request: SeenRequest) => Fault | undefined) | null = null;

	readonly fetch: FetchLike = async (input, init) => {
		const url = new URL(input, 'http://fake');
		const method = (init.method ?? 'GET').toUpperCase();
		const headers = new Headers(init.headers);
		const text = typeof init.body === 'string' ? init.body : '';
		const request: SeenRequest = {
			method,
			path: url.pathname + url.search,
			key: headers.get('idempotency-key'),
			body: text ? JSON.parse(text) : undefined
		};
		const fault = this.fault?.(request);
		if (fault === 'network') throw new TypeError('Failed to fetch');
		this.seen.push(request);
		if (fault && fault !== 'lose-response') {
			return respond({ headers: problemJson, ...fault });
		}
		const answer = this.handle(method, url, request, text);
		if (fault === 'lose-response') throw new TypeError('Failed to fetch (response lost)');
		return respond(answer);
	};

	/** What another device does: changes on the server only, seen through the delta feed. */
	serverUpsert(entry: JoblogEntry) {
		this.entries.set(entry.id, entry);
		this.record({ entity: 'joblog', id: entry.id, op: 'upsert', data: entry });
	}

	serverDelete(id: string) {
		this.entries.delete(id);
		this.record({ entity: 'joblog', id, op: 'delete' });
	}

	private record(change: Omit<Change, 'version'>) {
		const key = `${change.entity}:${change.id}`;
		this.changes.delete(key);
		this.changes.set(key, { ...change, version: ++this.version });
	}

	private tick() {
		this.clock += 1000;
		return new Date(this.clock).toISOString();
	}

	private handle(method: string, url: URL, request: SeenRequest, text: string): Answer {
		if (method === 'GET' && url.pathname === '/api/v1/me/changes') return this.changesPage(url);
		const run = () => this.mutate(method, url.pathname, request);
		if (request.key === null) return run();
		const hash = `${method} ${url.pathname} ${text}`;
		const stored = this.stored.get(request.key);
		if (stored) {
			if (stored.hash !== hash)
				return problem(422, 'Idempotency-Key brugt til en anden forespørgsel');
			return {
				...stored.answer,
				headers: { ...stored.answer.headers, 'idempotent-replayed': 'true' }
			};
		}
		const answer = run();
		if (answer.status < 500) this.stored.set(request.key, { hash, answer });
		return answer;
	}

	private mutate(method: string, path: string, request: SeenRequest): Answer {
		const match = /^\/api\/v1\/me\/joblog(?:\/([^/]+))?$/.exec(path);
		if (!match) return problem(404, 'Findes ikke');
		const id = match[1] ? decodeURIComponent(match[1]) : null;
		if (method === 'POST' && id === null) {
			const parsed = joblogEntryInputSchema.safeParse(request.body);
			if (!parsed.success) return problem(400, 'Ugyldig', [{ field: '(body)', message: 'x' }]);
			if (this.rejectTitles.has(parsed.data.jobTitle)) {
				return problem(400, 'Nogle felter er ikke udfyldt rigtigt', [
					{ field: 'jobTitle', message: 'Stillingen kan ikke bruges' }
				]);
			}
			this.applied.push(request);
			const entryId = parsed.data.id ?? crypto.randomUUID();
			const existing = this.entries.get(entryId);
			if (existing) return { status: 201, body: existing };
			const at = this.tick();
			const entry: JoblogEntry = { ...parsed.data, id: entryId, createdAt: at, updatedAt: at };
			this.serverUpsert(entry);
			return { status: 201, body: entry, headers: { location: `/api/v1/me/joblog/${entryId}` } };
		}
		if (id === null) return problem(405, 'Metoden er ikke tilladt');
		if (method === 'PATCH') {
			const parsed = joblogEntryPatchSchema.safeParse(request.body);
			if (!parsed.success) return problem(400, 'Ugyldig', [{ field: '(body)', message: 'x' }]);
			const current = this.entries.get(id);
			if (!current) return problem(404, 'Ansøgningen findes ikke i din joblog.');
			this.applied.push(request);
			// Only the fields sent (the contract of a PATCH).
			const given = Object.keys(request.body as object) as (keyof typeof parsed.data)[];
			const patch = Object.fromEntries(given.map((key) => [key, parsed.data[key]]));
			const entry = { ...current, ...patch, updatedAt: this.tick() };
			this.serverUpsert(entry);
			return { status: 200, body: entry };
		}
		if (method === 'DELETE') {
			if (!this.entries.has(id)) return problem(404, 'Ansøgningen findes ikke i din joblog.');
			this.applied.push(request);
			this.serverDelete(id);
			return { status: 204 };
		}
		return problem(405, 'Metoden er ikke tilladt');
	}

	private changesPage(url: URL): Answer {
		const since = Number(url.searchParams.get('since') ?? '0');
		const after = [...this.changes.values()]
			.filter((change) => change.version > since)
			.sort((a, b) => a.version - b.version);
		const page = after.slice(0, this.pageSize);
		return {
			status: 200,
			body: {
				changes: page,
				cursor: String(page.at(-1)?.version ?? since),
				hasMore: after.length > page.length
			}
		};
	}
}

function respond(answer: Answer): Response {
	const noBody = answer.status === 204 || answer.body === undefined;
	return new Response(noBody ? null : JSON.stringify(answer.body), {
		status: answer.status,
		headers: { ...(noBody ? {} : { 'content-type': 'application/json' }), ...answer.headers }
	});
}
