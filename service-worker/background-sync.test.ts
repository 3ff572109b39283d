import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openUserDb, userDbName } from '../src/lib/client/db';
import { FakeJobcenter } from '../src/lib/client/fake-jobcenter.testkit';
import { addJoblogEntry, listJoblogEntries } from '../src/lib/client/joblog-store';
import { listOutbox } from '../src/lib/client/outbox';
import { inProcessLock } from '../src/lib/client/sync';
import { replayOutboxes } from './background-sync';

const entry = {
	appliedOn: '2026-11-20',
	jobTitle: 'Chauffør',
	employer: 'Fragt A/S',
	method: 'jobnet' as const
};

describe('Background Sync in the service worker', () => {
	it('sends every waiting change of the signed-in user once, and empties the outbox', async () => {
		const server = new FakeJobcenter();
		const name = userDbName(`bg-${crypto.randomUUID()}`);
		const db = await openUserDb('bg', name);
		await addJoblogEntry(db, entry);
		await addJoblogEntry(db, { ...entry, jobTitle: 'Lagermedarbejder' });

		const result = await replayOutboxes({
			databases: async () => [{ name }, { name: 'someone-elses-db' }],
			fetch: server.fetch,
			locks: inProcessLock()
		});

		expect(result.sent).toBe(2);
		expect(await listOutbox(db)).toEqual([]);
		expect([...server.entries.values()].map((e) => e.jobTitle).sort()).toEqual([
			'Chauffør',
			'Lagermedarbejder'
		]);
		expect((await listJoblogEntries(db)).length).toBe(2);
		db.close();
	});

	it('asks the browser to retry when the network is still down', async () => {
		const server = new FakeJobcenter();
		server.fault = () => 'network';
		const name = userDbName(`bg-${crypto.randomUUID()}`);
		const db = await openUserDb('bg', name);
		await addJoblogEntry(db, entry);
		await expect(
			replayOutboxes({
				databases: async () => [{ name }],
				fetch: server.fetch,
				locks: inProcessLock()
			})
		).rejects.toThrow(/try again/);
		expect(await listOutbox(db)).toHaveLength(1);
		db.close();
	});
});
