// A crash under load: a server of its own takes writes from several citizens and an outbox, is killed
// with SIGKILL in the middle, and is started again on the same data (the same DATA_DIR, whose pid lock
// it takes over, or the same PostgreSQL database). Acknowledged writes must all be there once, every
// retry with its key must settle within the (shortened) lease, and the outbox must drain.
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openUserDb } from '../../src/lib/client/db';
import { adapterFor } from '../../src/lib/client/entity-adapters';
import { addJoblogEntry } from '../../src/lib/client/joblog-store';
import { listOutbox } from '../../src/lib/client/outbox';
import { inProcessLock, SyncEngine } from '../../src/lib/client/sync';
import { joblog } from '../../src/lib/domain/entities';
import { freshPostgresDatabase } from '../support/databases';
import { loginThroughLocalIdp } from '../support/oidc-login';
import { startServer, type RunningServer } from '../support/server';

/**
 * Longer than a restart takes, so a retry still meets the claims the killed process held (409) and
 * then sees them expire; far shorter than the 60 s default, to keep the test short.
 */
const LEASE_SECONDS = 12;
const CITIZENS = ['anna', 'mohammed', 'sofie'];
const LANES_PER_CITIZEN = 4;
/** The server is killed once this many writes were acknowledged (or after KILL_AFTER_MS). */
const KILL_AT_ACKNOWLEDGED = 120;
const KILL_AFTER_MS = 6_000;
const OUTBOX_CHANGES = 150;

interface Write {
	citizen: string;
	kind: 'joblog' | 'saved-search' | 'sick-leave';
	method: 'POST' | 'PUT';
	path: string;
	key: string;
	body: Record<string, unknown>;
	headers: Record<string, string>;
	/** What identifies the write's result on the server: a joblog title, a search id, a note. */
	marker: string;
	acknowledged?: { status: number; body: unknown };
}

let server: RunningServer;
let databaseUrl: string | undefined;
let dataDir = '';
const cookies = new Map<string, string>();
const env = { IDEMPOTENCY_LEASE_SECONDS: String(LEASE_SECONDS) };

async function send(write: Write) {
	const response = await fetch(`${server.baseUrl}${write.path}`, {
		method: write.method,
		headers: {
			cookie: cookies.get(write.citizen) ?? '',
			'content-type': 'application/json',
			'idempotency-key': write.key,
			...write.headers
		},
		body: JSON.stringify(write.body)
	});
	const text = await response.text();
	return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
}

async function get<T>(citizen: string, path: string): Promise<T> {
	const response = await fetch(`${server.baseUrl}${path}`, {
		headers: { cookie: cookies.get(citizen) ?? '' }
	});
	expect(response.status).toBe(200);
	return (await response.json()) as T;
}

async function joblogTitles(citizen: string): Promise<string[]> {
	const titles: string[] = [];
	let cursor: string | null = null;
	do {
		const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
		const page = await get<{ items: { jobTitle: string }[]; nextCursor: string | null }>(
			citizen,
			`/api/v1/me/joblog?limit=100${query}`
		);
		titles.push(...page.items.map((item) => item.jobTitle));
		cursor = page.nextCursor;
	} while (cursor);
	return titles;
}

/** How many times each write's result is on the server now. */
async function presence(writes: Write[]): Promise<Map<Write, number>> {
	const counts = new Map<Write, number>();
	for (const citizen of CITIZENS) {
		const titles = await joblogTitles(citizen);
		const searches = await get<{ items: { id: string }[] }>(citizen, '/api/v1/me/saved-searches');
		const sickLeave = await get<{ document: { note?: string } }>(citizen, '/api/v1/me/sick-leave');
		for (const write of writes.filter((w) => w.citizen === citizen)) {
			const found =
				write.kind === 'joblog'
					? titles.filter((title) => title === write.marker).length
					: write.kind === 'saved-search'
						? searches.items.filter((search) => search.id === write.marker).length
						: Number(sickLeave.document.note === write.marker);
			counts.set(write, found);
		}
	}
	return counts;
}

/** Keys whose claim the killed process held: a retry met 409 before the lease ran out. */
let heldByTheDead = 0;

/** Sends a write again with its key until it stops answering 409; null if still 409 past the lease. */
async function retry(write: Write) {
	const deadline = Date.now() + (LEASE_SECONDS + 8) * 1000;
	for (let attempt = 0; ; attempt++) {
		const answer = await send(write);
		if (answer.status === 409 && attempt === 0) heldByTheDead++;
		if (answer.status !== 409 || Date.now() > deadline) {
			return answer.status === 409 ? null : answer;
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

function joblogWrite(citizen: string, lane: number, n: number): Write {
	const marker = `Crash ${citizen} ${lane}-${n}`;
	return {
		citizen,
		kind: 'joblog',
		method: 'POST',
		path: '/api/v1/me/joblog',
		key: crypto.randomUUID(),
		// No id: the server picks it, so only the key stands between a retry and a second entry.
		body: { appliedOn: '2026-11-20', jobTitle: marker, employer: 'Nedbrud ApS', method: 'jobnet' },
		headers: {},
		marker
	};
}

function savedSearchWrite(citizen: string, lane: number, n: number): Write {
	const id = crypto.randomUUID();
	return {
		citizen,
		kind: 'saved-search',
		method: 'POST',
		path: '/api/v1/me/saved-searches',
		key: crypto.randomUUID(),
		body: { id, name: `Søgning ${lane}-${n}`, query: 'v=1&q=kok' },
		headers: {},
		marker: id
	};
}

async function sickLeaveWrite(citizen: string): Promise<Write> {
	const current = await get<{ etag: string }>(citizen, '/api/v1/me/sick-leave');
	const marker = `Tilbage efter nedbrud ${crypto.randomUUID()}`;
	return {
		citizen,
		kind: 'sick-leave',
		method: 'PUT',
		path: '/api/v1/me/sick-leave',
		key: crypto.randomUUID(),
		body: {
			expectedReturn: '2026-05-04',
			returnKind: 'partial',
			partialHoursPerWeek: 20,
			contactPreference: 'email',
			note: marker
		},
		headers: { 'if-match': current.etag },
		marker
	};
}

beforeAll(async () => {
	if (inject('dbKind') === 'postgres') {
		databaseUrl = await freshPostgresDatabase(process.env.TEST_DATABASE_URL ?? '', 'crash');
	} else {
		dataDir = mkdtempSync(join(tmpdir(), 'vj-crash-'));
	}
	server = await startServer({
		databaseUrl,
		dataDir: dataDir || undefined,
		seedJobCount: 200,
		env
	});
	for (const citizen of CITIZENS) {
		cookies.set(citizen, await loginThroughLocalIdp(server.baseUrl, citizen));
	}
});

afterAll(async () => {
	await server?.stop();
	if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe(`a kill -9 under load, on ${inject('dbKind')}`, () => {
	it('keeps every acknowledged write once, settles every retry and drains the outbox', async () => {
		const writes: Write[] = [];
		let acknowledged = 0;
		let running = true;

		// The outbox: changes queued offline by one citizen, replayed while the others write.
		const outboxDb = await openUserDb('crash', `vj-crash-${Date.now()}`);
		for (let n = 0; n < OUTBOX_CHANGES; n++) {
			await addJoblogEntry(outboxDb, {
				appliedOn: '2026-11-21',
				jobTitle: `Outbox ${n}`,
				employer: 'Køen A/S',
				method: 'advertised'
			});
		}
		const engine = new SyncEngine(outboxDb, {
			baseUrl: server.baseUrl,
			fetch: (url, init) =>
				fetch(url, {
					...init,
					headers: {
						...(init.headers as Record<string, string>),
						cookie: cookies.get('anna') ?? '',
						origin: server.baseUrl
					}
				}),
			adapters: { joblog: adapterFor(joblog) },
			locks: inProcessLock(),
			channel: null,
			events: null,
			// Short backoff, so the engine keeps knocking through the restart instead of sleeping minutes.
			baseDelayMs: 100,
			maxDelayMs: 1_000,
			requestTimeoutMs: 10_000
		});
		const drained = engine.drain(10_000);

		const lane = async (citizen: string, laneNo: number) => {
			for (let n = 0; running; n++) {
				const write =
					laneNo === 0 && n === 5
						? await sickLeaveWrite(citizen).catch(() => null)
						: n % 10 === 9
							? savedSearchWrite(citizen, laneNo, n)
							: joblogWrite(citizen, laneNo, n);
				if (!write) return;
				writes.push(write);
				try {
					const answer = await send(write);
					if (answer.status >= 200 && answer.status < 300) {
						write.acknowledged = answer;
						acknowledged++;
					}
				} catch {
					return; // the server is gone; what was in flight stays unacknowledged
				}
			}
		};
		const lanes = CITIZENS.flatMap((citizen) =>
			Array.from({ length: LANES_PER_CITIZEN }, (_, laneNo) => lane(citizen, laneNo))
		);

		const started = Date.now();
		while (acknowledged < KILL_AT_ACKNOWLEDGED && Date.now() - started < KILL_AFTER_MS) {
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
		await server.kill();
		running = false;
		const outboxAtKill = (await listOutbox(outboxDb)).length;
		await Promise.all(lanes);
		const sentBeforeCrash = writes.length;
		const inFlight = writes.filter((write) => !write.acknowledged).length;

		const port = Number(new URL(server.baseUrl).port);
		server = await startServer({
			databaseUrl,
			dataDir: dataDir || undefined,
			port,
			seedJobCount: 200,
			env
		});

		// Every acknowledged write survived, once; nothing is there twice.
		const after = await presence(writes);
		const lost = writes.filter((write) => write.acknowledged && after.get(write) !== 1);
		const doubled = writes.filter((write) => (after.get(write) ?? 0) > 1);

		// Every write sent again with its key: the stored answer, or applied now; none stuck at 409.
		let stuck = 0;
		let changedAnswer = 0;
		let appliedOnRetry = 0;
		await Promise.all(
			CITIZENS.map(async (citizen) => {
				for (const write of writes.filter((w) => w.citizen === citizen)) {
					const answer = await retry(write);
					if (!answer) stuck++;
					else if (write.acknowledged) {
						if (
							answer.status !== write.acknowledged.status ||
							JSON.stringify(answer.body) !== JSON.stringify(write.acknowledged.body)
						) {
							changedAnswer++;
						}
					} else if (answer.status >= 200 && answer.status < 300 && after.get(write) === 0) {
						appliedOnRetry++;
					}
				}
			})
		);
		const final = await presence(writes);
		const notOnce = writes.filter((write) => final.get(write) !== 1);

		const outcome = await drained;
		await engine.stop();
		const outboxLeft = (await listOutbox(outboxDb)).length;
		const outboxTitles = (await joblogTitles('anna')).filter((title) =>
			title.startsWith('Outbox ')
		);
		outboxDb.close();

		console.table({
			database: inject('dbKind'),
			'writes sent before the crash': sentBeforeCrash,
			acknowledged,
			'in flight at the kill (unacknowledged)': inFlight,
			'acknowledged and present once after restart': acknowledged - lost.length,
			'present twice': doubled.length,
			'retried with the same key': writes.length,
			'keys still claimed by the killed process': heldByTheDead,
			'applied only on retry': appliedOnRetry,
			'stuck at 409 past the lease': stuck,
			'retry answer differed from the acknowledged one': changedAnswer,
			'outbox changes queued': OUTBOX_CHANGES,
			'outbox changes unsent at the kill': outboxAtKill,
			'outbox left after draining': outboxLeft,
			'outbox entries on the server': outboxTitles.length
		});

		expect(acknowledged).toBeGreaterThan(0);
		expect(lost.map((write) => write.marker)).toEqual([]);
		expect(doubled.map((write) => write.marker)).toEqual([]);
		expect(stuck).toBe(0);
		expect(changedAnswer).toBe(0);
		expect(notOnce.map((write) => write.marker)).toEqual([]);
		expect(outcome.outcome).toBe('idle');
		expect(outboxLeft).toBe(0);
		expect(outboxTitles.sort()).toEqual(
			Array.from({ length: OUTBOX_CHANGES }, (_, n) => `Outbox ${n}`).sort()
		);
	}, 150_000);
});
