import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { JoblogEntryInput } from '../domain/joblog';
import { openUserDb, userDbName, type UserDb } from './db';
import { FakeJobcenter, type Fault } from './fake-jobcenter.testkit';
import {
	addJoblogEntry,
	listJoblogEntries,
	removeJoblogEntry,
	updateJoblogEntry
} from './joblog-store';
import { adapterFor } from './entity-adapters';
import { joblog } from '../domain/entities';
import { listOutbox, pendingEntityKeys } from './outbox';
import {
	BroadcastLeaderLock,
	CHANGES_CURSOR,
	inProcessLock,
	SyncEngine,
	type FetchLike,
	type LockProvider,
	type SyncEngineOptions
} from './sync';
import { seededRandom } from '../domain/random';

function input(n: number, extra: Partial<JoblogEntryInput> = {}): JoblogEntryInput {
	return {
		appliedOn: `2026-02-${String((n % 28) + 1).padStart(2, '0')}`,
		jobTitle: `Stilling ${n}`,
		employer: `Firma ${n} ApS`,
		method: 'advertised',
		...extra
	};
}

async function setup(options: SyncEngineOptions & { name?: string } = {}) {
	const server = new FakeJobcenter();
	const name = options.name ?? userDbName(`sync-${crypto.randomUUID()}`);
	const db = await openUserDb('t', name);
	const clock = { now: Date.parse('2026-03-01T09:00:00.000Z') };
	const sleeps: number[] = [];
	const engine = makeEngine(db, server.fetch, clock, sleeps, options);
	return { server, db, name, clock, sleeps, engine };
}

function makeEngine(
	db: UserDb,
	fetch: FetchLike,
	clock: { now: number },
	sleeps: number[],
	options: SyncEngineOptions = {}
) {
	return new SyncEngine(db, {
		fetch,
		now: () => clock.now,
		random: () => 0.999999,
		sleep: async (ms) => {
			sleeps.push(ms);
			clock.now += ms;
		},
		locks: inProcessLock(),
		channel: null,
		events: null,
		adapters: { joblog: adapterFor(joblog) },
		...options
	});
}

/** Faults for the first `count` requests matching `when`. */
function faultFirst(count: number, fault: Fault, when: (method: string) => boolean = () => true) {
	let left = count;
	return ({ method }: { method: string }) => {
		if (left > 0 && when(method)) {
			left--;
			return fault;
		}
		return undefined;
	};
}

const mutations = (server: FakeJobcenter) =>
	server.seen.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);

describe('SyncEngine: replay', () => {
	it('replays create → update → delete of one entry in that order', async () => {
		const { server, db, engine } = await setup();
		server.fault = faultFirst(1, 'network');
		const a = await addJoblogEntry(db, input(1));
		expect((await engine.runOnce()).outcome).toBe('waiting');
		await updateJoblogEntry(db, a.id, { status: 'interview' });
		const b = await addJoblogEntry(db, input(2));
		await updateJoblogEntry(db, a.id, { note: 'Samtale tirsdag' });
		await removeJoblogEntry(db, a.id);
		expect((await engine.drain()).outcome).toBe('idle');
		expect(server.applied.map((r) => `${r.method} ${r.path}`)).toEqual([
			'POST /api/v1/me/joblog',
			`PATCH /api/v1/me/joblog/${a.id}`,
			'POST /api/v1/me/joblog',
			`PATCH /api/v1/me/joblog/${a.id}`,
			`DELETE /api/v1/me/joblog/${a.id}`
		]);
		expect([...server.entries.keys()]).toEqual([b.id]);
		expect(await listJoblogEntries(db)).toEqual([server.entries.get(b.id)]);
		expect(await listOutbox(db)).toEqual([]);
		expect(engine.snapshot).toMatchObject({ pending: 0, failedCount: 0, needsLogin: false });
		// One backoff of 999 ms (the first attempt's network error) passed on the injected clock.
		expect(engine.snapshot.lastSyncedAt).toBe('2026-03-01T09:00:00.999Z');
	});

	it('retries with the same key when the answer is lost, and the server keeps the entry once', async () => {
		const { server, db, engine } = await setup();
		server.fault = faultFirst(1, 'lose-response');
		const a = await addJoblogEntry(db, input(1), { now: () => Date.parse('2026-03-01T07:00:00Z') });
		expect((await engine.drain()).outcome).toBe('idle');
		const posts = server.seen.filter((r) => r.method === 'POST');
		expect(posts).toHaveLength(2);
		expect(posts[0]!.key).toBe(posts[1]!.key);
		expect(posts[0]!.body).toEqual(posts[1]!.body);
		expect(server.applied).toHaveLength(1);
		expect(server.entries.size).toBe(1);
		// The server's answer (its timestamps) replaced the local draft.
		expect(await db.get('joblog', a.id)).toEqual(server.entries.get(a.id));
		expect(server.entries.get(a.id)?.createdAt).not.toBe(a.createdAt);
	});

	it('backs off exponentially with full jitter, capped at 5 minutes, without skipping ahead', async () => {
		const { server, db, engine, sleeps } = await setup();
		server.fault = faultFirst(12, { status: 503 });
		const a = await addJoblogEntry(db, input(1));
		const b = await addJoblogEntry(db, input(2));
		expect((await engine.drain()).outcome).toBe('idle');
		expect(sleeps).toEqual([
			999, 1999, 3999, 7999, 15999, 31999, 63999, 127999, 255999, 299999, 299999, 299999
		]);
		const posts = server.seen.filter((r) => r.method === 'POST');
		expect(posts.slice(0, 13).every((r) => (r.body as { id: string }).id === a.id)).toBe(true);
		expect(new Set(posts.slice(0, 13).map((r) => r.key)).size).toBe(1);
		expect((posts[13]!.body as { id: string }).id).toBe(b.id);
		expect(server.entries.size).toBe(2);
	});

	it('waits at least what retry-after says on a 409 (first request still running)', async () => {
		const { server, db, engine, sleeps } = await setup({ random: () => 0 });
		server.fault = faultFirst(2, { status: 409, headers: { 'retry-after': '3' } });
		await addJoblogEntry(db, input(1));
		expect((await engine.drain()).outcome).toBe('idle');
		expect(sleeps).toEqual([3000, 3000]);
		expect(server.entries.size).toBe(1);
	});

	it('treats a timeout like a network error', async () => {
		const hanging: FetchLike = (_input, init) =>
			new Promise((_resolve, reject) =>
				init.signal?.addEventListener('abort', () =>
					reject(new DOMException('aborted', 'AbortError'))
				)
			);
		const { db, engine } = await setup({ fetch: hanging, requestTimeoutMs: 20 });
		await addJoblogEntry(db, input(1));
		const result = await engine.runOnce();
		expect(result.outcome).toBe('waiting');
		expect(engine.snapshot.lastError).toBe('timeout after 20 ms');
		expect((await listOutbox(db))[0]).toMatchObject({
			attempts: 1,
			lastError: 'timeout after 20 ms'
		});
	});

	it('continues after a reload: a new engine on the same database keeps order, key and backoff', async () => {
		const first = await setup();
		first.server.fault = faultFirst(1, 'network');
		await addJoblogEntry(first.db, input(1));
		await addJoblogEntry(first.db, input(2));
		const waiting = await first.engine.runOnce();
		expect(waiting.outcome).toBe('waiting');
		const before = await listOutbox(first.db);
		first.db.close();

		const db = await openUserDb('t', first.name);
		const sleeps: number[] = [];
		const engine = makeEngine(db, first.server.fetch, first.clock, sleeps);
		expect((await engine.runOnce()).outcome).toBe('waiting');
		await engine.refreshStatus();
		expect(engine.snapshot.pending).toBe(2);
		expect(engine.snapshot.nextAttemptAt).toBe(waiting.nextAttemptAt);
		expect((await engine.drain()).outcome).toBe('idle');
		expect(sleeps).toEqual([999]);
		expect(first.server.seen.filter((r) => r.method === 'POST').map((r) => r.key)).toEqual(
			before.map((item) => item.key)
		);
		expect(first.server.entries.size).toBe(2);
	});
});

describe('SyncEngine: failures', () => {
	it('a 4xx holds back only that entry: its later changes wait, the others are sent; discard continues', async () => {
		const { server, db, engine } = await setup();
		const bad = await addJoblogEntry(db, input(1, { jobTitle: 'AFVIST' }));
		const good = await addJoblogEntry(db, input(2));
		expect((await engine.drain()).outcome).toBe('failed');
		expect(mutations(server)).toEqual(['POST /api/v1/me/joblog', 'POST /api/v1/me/joblog']);
		expect([...server.entries.keys()]).toEqual([good.id]);
		// A later change of the rejected entry waits behind it (it could only fail, or worse).
		await updateJoblogEntry(db, bad.id, { note: 'Ringede i går' });
		const later = await addJoblogEntry(db, input(3));
		expect((await engine.drain()).outcome).toBe('failed');
		expect(mutations(server)).toHaveLength(3);
		expect([...server.entries.keys()].sort()).toEqual([good.id, later.id].sort());
		expect(engine.snapshot.failedCount).toBe(1);
		expect(engine.snapshot.pending).toBe(1);
		const [failure] = engine.snapshot.failures;
		expect(failure).toMatchObject({
			entityKey: `joblog:${bad.id}`,
			method: 'POST',
			problem: {
				status: 400,
				errors: [{ field: 'jobTitle', message: 'Stillingen kan ikke bruges' }]
			}
		});
		expect(await pendingEntityKeys(db)).toEqual(new Set([`joblog:${bad.id}`]));
		// Still held: nothing is silently dropped, and the rejected entry's change is not sent.
		expect((await engine.drain()).outcome).toBe('failed');
		expect(mutations(server)).toHaveLength(3);

		await engine.discard(failure!.seq);
		expect(await db.get('joblog', bad.id)).toBeUndefined();
		expect((await engine.drain()).outcome).toBe('idle');
		expect([...server.entries.keys()].sort()).toEqual([good.id, later.id].sort());
		expect(engine.snapshot.failedCount).toBe(0);
	});

	it('tells when the next entry is retried, also when a failed one stands before it', async () => {
		const { server, db, engine } = await setup();
		await addJoblogEntry(db, input(1, { jobTitle: 'AFVIST' }));
		expect((await engine.drain()).outcome).toBe('failed');
		server.fault = faultFirst(1, 'network');
		await addJoblogEntry(db, input(2));
		const waiting = await engine.runOnce();
		expect(waiting.outcome).toBe('waiting');
		await engine.refreshStatus();
		expect(engine.snapshot.nextAttemptAt).toBe(waiting.nextAttemptAt);
		expect(engine.snapshot.failedCount).toBe(1);
	});

	it('retry after editing sends the corrected body under a new key', async () => {
		const { server, db, engine } = await setup();
		const bad = await addJoblogEntry(db, input(1, { jobTitle: 'AFVIST' }));
		await engine.drain();
		const [item] = await listOutbox(db);
		await updateJoblogEntry(db, bad.id, { jobTitle: 'Chauffør' });
		// The UI folds the edit into the failed create, then retries it.
		await engine.retry(item!.seq, { body: { ...(item!.body as object), jobTitle: 'Chauffør' } });
		expect((await engine.drain()).outcome).toBe('idle');
		const posts = server.seen.filter((r) => r.method === 'POST');
		expect(posts).toHaveLength(2);
		expect(posts[1]!.key).not.toBe(posts[0]!.key);
		expect(server.entries.get(bad.id)?.jobTitle).toBe('Chauffør');
		expect(await db.get('joblog', bad.id)).toEqual(server.entries.get(bad.id));
	});

	it('pauses on 401 and reports needsLogin; the outbox waits for a login', async () => {
		const { server, db, engine } = await setup();
		server.fault = faultFirst(1, { status: 401 });
		await addJoblogEntry(db, input(1));
		expect((await engine.drain()).outcome).toBe('needs-login');
		expect(engine.snapshot.needsLogin).toBe(true);
		expect((await engine.drain()).outcome).toBe('needs-login');
		expect(server.seen).toHaveLength(1);
		expect(await listOutbox(db)).toHaveLength(1);
		engine.resumeAfterLogin();
		expect((await engine.drain()).outcome).toBe('idle');
		expect(server.entries.size).toBe(1);
	});

	it('counts a 404 on DELETE as done (already gone)', async () => {
		const { server, db, engine } = await setup();
		const a = await addJoblogEntry(db, input(1));
		await engine.drain();
		server.serverDelete(a.id);
		await removeJoblogEntry(db, a.id);
		expect((await engine.drain()).outcome).toBe('idle');
		expect(await listOutbox(db)).toEqual([]);
	});

	it('a PATCH to an entry deleted elsewhere fails with 404; discarding removes it locally', async () => {
		const { server, db, engine } = await setup();
		const a = await addJoblogEntry(db, input(1));
		await engine.drain();
		server.serverDelete(a.id);
		await updateJoblogEntry(db, a.id, { note: 'x' });
		expect((await engine.drain()).outcome).toBe('failed');
		expect(engine.snapshot.failures[0]?.problem.status).toBe(404);
		await engine.discard(engine.snapshot.failures[0]!.seq);
		expect(await db.get('joblog', a.id)).toBeUndefined();
		expect((await engine.drain()).outcome).toBe('idle');
	});

	it('discarding a failed PATCH brings the server copy back with a full pull', async () => {
		const { server, db, engine } = await setup();
		const a = await addJoblogEntry(db, input(1));
		await engine.drain();
		server.fault = ({ method }) =>
			method === 'PATCH'
				? { status: 422, body: { type: 'x', title: 'Nej', status: 422 } }
				: undefined;
		await updateJoblogEntry(db, a.id, { note: 'lokal' });
		expect((await engine.drain()).outcome).toBe('failed');
		await engine.discard(engine.snapshot.failures[0]!.seq);
		expect(await db.get('meta', CHANGES_CURSOR)).toBeUndefined();
		expect((await engine.drain()).outcome).toBe('idle');
		expect((await db.get('joblog', a.id))?.note).toBe('');
	});
});

describe('SyncEngine: delta pull', () => {
	it('pulls every page, stores the cursor and applies upserts and deletes', async () => {
		const { server, db, engine } = await setup();
		server.pageSize = 2;
		const mine = await addJoblogEntry(db, input(9));
		const ids = Array.from({ length: 4 }, () => crypto.randomUUID());
		ids.forEach((id, i) =>
			server.serverUpsert({
				...input(i),
				id,
				status: 'sent',
				note: 'fra en anden enhed',
				jobId: null,
				createdAt: '2026-02-01T00:00:00.000Z',
				updatedAt: '2026-02-01T00:00:00.000Z'
			} as never)
		);
		server.serverDelete(ids[0]!);
		expect((await engine.drain()).outcome).toBe('idle');
		const gets = server.seen.filter((r) => r.method === 'GET').map((r) => r.path);
		expect(gets[0]).toBe('/api/v1/me/changes');
		// Versions: 1 = mine, 2–5 = the others, 6 = the delete that replaced version 2.
		expect(gets.slice(1)).toEqual(['/api/v1/me/changes?since=3', '/api/v1/me/changes?since=5']);
		const local = (await listJoblogEntries(db)).map((e) => e.id).sort();
		expect(local).toEqual([mine.id, ...ids.slice(1)].sort());
		expect(await db.get('meta', CHANGES_CURSOR)).toBe('6');

		server.serverDelete(ids[1]!);
		await engine.drain();
		expect(server.seen.at(-1)?.path).toBe('/api/v1/me/changes?since=6');
		expect(await db.get('joblog', ids[1]!)).toBeUndefined();
	});

	it('never overwrites an entry with a pending local change', async () => {
		let target: FetchLike = () => Promise.reject(new Error('not ready'));
		let editDuringPull: (() => Promise<unknown>) | null = null;
		const fetch: FetchLike = async (url, init) => {
			if (url.includes('/changes') && editDuringPull) {
				const edit = editDuringPull;
				editDuringPull = null;
				await edit();
			}
			return target(url, init);
		};
		const { server, db, engine } = await setup({ fetch });
		target = server.fetch;
		const a = await addJoblogEntry(db, input(1));
		await engine.drain();
		// Another device changes the note while this one edits the status offline, during the pull.
		server.serverUpsert({ ...server.entries.get(a.id)!, note: 'fra telefonen' });
		editDuringPull = () => updateJoblogEntry(db, a.id, { status: 'interview' });
		const result = await engine.runOnce();
		expect(result.outcome).toBe('idle');
		expect(result.pulled).toBe(0);
		expect(await db.get('joblog', a.id)).toMatchObject({ status: 'interview', note: '' });
		// Once the PATCH is through, its answer (and the next pull) bring the merged state.
		expect((await engine.drain()).outcome).toBe('idle');
		expect(await db.get('joblog', a.id)).toMatchObject({
			status: 'interview',
			note: 'fra telefonen'
		});
		expect(await db.get('joblog', a.id)).toEqual(server.entries.get(a.id));
	});
});

describe('SyncEngine: tabs and triggers', () => {
	it('lets only one engine sync at a time', async () => {
		const { server, db, name, clock } = await setup();
		const locks: LockProvider = inProcessLock();
		const slow: FetchLike = async (url, init) => {
			await new Promise((r) => setTimeout(r, 5));
			return server.fetch(url, init);
		};
		const db2 = await openUserDb('t', name);
		const one = makeEngine(db, slow, clock, [], { locks });
		const two = makeEngine(db2, slow, clock, [], { locks });
		await addJoblogEntry(db, input(1));
		const results = await Promise.all([one.runOnce(), two.runOnce()]);
		expect(results.map((r) => r.outcome).sort()).toEqual(['idle', 'skipped']);
		expect(server.seen.filter((r) => r.method === 'POST')).toHaveLength(1);
	});

	it('BroadcastChannel leader claim: of two tabs claiming at once exactly one runs', async () => {
		const channelName = `leader-${crypto.randomUUID()}`;
		const tabs = [
			new BroadcastLeaderLock(new BroadcastChannel(channelName), 30),
			new BroadcastLeaderLock(new BroadcastChannel(channelName), 30)
		];
		let running = 0;
		let maxRunning = 0;
		const work = async () => {
			running++;
			maxRunning = Math.max(maxRunning, running);
			await new Promise((r) => setTimeout(r, 60));
			running--;
			return 'ran';
		};
		const results = await Promise.all(tabs.map((tab) => tab.run('vj-sync', work)));
		expect(results.filter((r) => r.acquired)).toHaveLength(1);
		expect(maxRunning).toBe(1);
		// A claim while the other holds the lock is denied; after release it succeeds.
		const holder = tabs[0]!.run('vj-sync', work);
		await new Promise((r) => setTimeout(r, 40));
		expect((await tabs[1]!.run('vj-sync', work)).acquired).toBe(false);
		await holder;
		expect((await tabs[1]!.run('vj-sync', work)).acquired).toBe(true);
		tabs.forEach((tab) => tab.close());
	});

	it('broadcasts results on the vj-sync channel for other tabs', async () => {
		const channelName = `vj-sync-${crypto.randomUUID()}`;
		const send = new BroadcastChannel(channelName);
		const receive = new BroadcastChannel(channelName);
		const heard: unknown[] = [];
		receive.addEventListener('message', (event) => heard.push(event.data));
		const { db, engine } = await setup({ channel: send });
		await addJoblogEntry(db, input(1, { jobTitle: 'AFVIST' }));
		await engine.drain();
		await vi.waitFor(() => expect(heard.length).toBeGreaterThan(0));
		expect(heard.at(-1)).toMatchObject({
			type: 'synced',
			pending: 0,
			failedCount: 1,
			failures: [{ method: 'POST', problem: { status: 400 } }],
			needsLogin: false
		});
		send.close();
		receive.close();
	});

	it('start() syncs at once, after every local write, and when the browser comes online', async () => {
		const events = new EventTarget();
		const { server, db, engine } = await setup({
			sleep: undefined,
			events,
			now: Date.now,
			baseDelayMs: 60_000
		});
		server.fault = faultFirst(1, 'network');
		await addJoblogEntry(db, input(1));
		engine.start();
		await vi.waitFor(() => expect(engine.snapshot.nextAttemptAt).not.toBeNull());
		expect(server.entries.size).toBe(0);
		events.dispatchEvent(new Event('online'));
		await vi.waitFor(() => expect(server.entries.size).toBe(1));
		await addJoblogEntry(db, input(2));
		await vi.waitFor(() => expect(server.entries.size).toBe(2));
		await vi.waitFor(() => expect(engine.snapshot.pending).toBe(0));
		await engine.stop();
	});
});

describe('SyncEngine: randomized', () => {
	const op = fc.oneof(
		{ arbitrary: fc.record({ kind: fc.constant('add' as const), n: fc.nat(99) }), weight: 3 },
		{
			arbitrary: fc.record({
				kind: fc.constant('update' as const),
				pick: fc.nat(),
				patch: fc.record(
					{
						status: fc.constantFrom('sent', 'interview', 'rejected', 'hired'),
						note: fc.string({ maxLength: 20 }),
						jobTitle: fc.constantFrom('Pædagog', 'Tømrer', 'Kok')
					},
					{ requiredKeys: [] }
				)
			}),
			weight: 4
		},
		{ arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }), weight: 2 },
		{ arbitrary: fc.record({ kind: fc.constant('sync' as const) }), weight: 3 }
	);

	it('200 operations with network errors, lost answers and 503s: server and client agree', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(op, { minLength: 200, maxLength: 200 }),
				fc.integer(),
				async (ops, seed) => {
					const { server, db, engine } = await setup();
					const roll = seededRandom(seed);
					server.fault = () => {
						const r = roll();
						if (r < 0.15) return 'network';
						if (r < 0.3) return 'lose-response';
						if (r < 0.4) return { status: 503 };
						return undefined;
					};
					const model = new Map<string, Record<string, unknown>>();
					for (const step of ops) {
						const ids = [...model.keys()].sort();
						if (step.kind === 'add' || (ids.length === 0 && step.kind !== 'sync')) {
							if (ids.length >= 6) continue;
							const entry = await addJoblogEntry(db, input(step.kind === 'add' ? step.n : 0));
							const { createdAt: _c, updatedAt: _u, ...fields } = entry;
							model.set(entry.id, fields);
						} else if (step.kind === 'update') {
							const id = ids[step.pick % ids.length]!;
							if (Object.keys(step.patch).length === 0) continue;
							await updateJoblogEntry(db, id, step.patch);
							model.set(id, { ...model.get(id), ...step.patch });
						} else if (step.kind === 'delete') {
							const id = ids[step.pick % ids.length]!;
							await removeJoblogEntry(db, id);
							model.delete(id);
						} else {
							await engine.syncNow();
						}
					}
					server.fault = null;
					expect((await engine.drain()).outcome).toBe('idle');

					const byId = <T extends { id: string }>(list: T[]) =>
						[...list].sort((a, b) => a.id.localeCompare(b.id));
					const local = byId(await listJoblogEntries(db));
					const remote = byId([...server.entries.values()]);
					expect(local).toEqual(remote);
					expect(remote.map(({ createdAt: _c, updatedAt: _u, ...fields }) => fields)).toEqual(
						byId([...model.values()] as { id: string }[])
					);
					// Nothing doubled: the handler ran at most once per idempotency key.
					const keys = server.applied.map((r) => r.key);
					expect(new Set(keys).size).toBe(keys.length);
					expect(await listOutbox(db)).toEqual([]);
					db.close();
				}
			),
			{ numRuns: 8 }
		);
	}, 120_000);
});
