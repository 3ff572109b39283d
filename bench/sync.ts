// 1,000 changes queued offline, then replayed by the real sync engine against the embedded server.
import 'fake-indexeddb/auto';
import { openUserDb } from '../src/lib/client/db';
import { addJoblogEntry } from '../src/lib/client/joblog-store';
import { adapterFor } from '../src/lib/client/entity-adapters';
import { joblog } from '../src/lib/domain/entities';
import { listOutbox } from '../src/lib/client/outbox';
import { inProcessLock, SyncEngine } from '../src/lib/client/sync';
import { loginThroughLocalIdp } from '../tests/support/oidc-login';
import { startServer } from '../tests/support/server';

const CHANGES = 1_000;
const TARGET_SECONDS = 10;

const server = await startServer({ seedJobCount: 200 });
try {
	const cookie = await loginThroughLocalIdp(server.baseUrl, 'anna');
	const db = await openUserDb('bench', `vj-bench-${Date.now()}`);

	const queued = performance.now();
	for (let n = 0; n < CHANGES; n++) {
		await addJoblogEntry(db, {
			appliedOn: '2026-11-20',
			jobTitle: `Benchmarkjob ${n}`,
			employer: 'Målefirmaet ApS',
			method: 'jobnet'
		});
	}
	const queueSeconds = (performance.now() - queued) / 1000;

	const engine = new SyncEngine(db, {
		baseUrl: server.baseUrl,
		fetch: (url, init) =>
			fetch(url, {
				...init,
				headers: { ...(init.headers as Record<string, string>), cookie, origin: server.baseUrl }
			}),
		adapters: { joblog: adapterFor(joblog) },
		locks: inProcessLock(),
		channel: null,
		events: null
	});
	const started = performance.now();
	const result = await engine.drain();
	const seconds = (performance.now() - started) / 1000;
	await engine.stop();
	const left = (await listOutbox(db)).length;

	let onServer = 0;
	let cursor: string | null = null;
	do {
		const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
		const response = await fetch(`${server.baseUrl}/api/v1/me/joblog?limit=100${query}`, {
			headers: { cookie }
		});
		const page = (await response.json()) as {
			items: { jobTitle: string }[];
			nextCursor: string | null;
		};
		onServer += page.items.filter((item) => item.jobTitle.startsWith('Benchmarkjob ')).length;
		cursor = page.nextCursor;
	} while (cursor);

	const ok = left === 0 && onServer === CHANGES && seconds < TARGET_SECONDS;
	console.table([
		{
			measure: 'changes queued locally (IndexedDB + outbox)',
			value: CHANGES,
			seconds: queueSeconds.toFixed(2)
		},
		{
			measure: `outbox emptied (${result.outcome})`,
			value: CHANGES - left,
			seconds: seconds.toFixed(2)
		},
		{ measure: 'changes per second', value: Math.round(CHANGES / seconds), seconds: '' },
		{ measure: 'entries on the server afterwards', value: onServer, seconds: '' },
		{
			measure: `target: < ${TARGET_SECONDS} s, nothing lost or doubled`,
			value: ok ? 'met' : 'MISSED',
			seconds: ''
		}
	]);
	if (!ok) process.exitCode = 1;
} finally {
	await server.stop();
}
