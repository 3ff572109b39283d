import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { openUserDb, userDbName } from './db';
import { FakeJobcenter } from './fake-jobcenter.testkit';
import { addJoblogEntry } from './joblog-store';
import { adapterFor } from './entity-adapters';
import { joblog } from '../domain/entities';
import { inProcessLock, SyncEngine } from './sync';
import { requestPersistentStorage, SyncStatus } from './sync-status.svelte';

describe('SyncStatus', () => {
	it('follows this tab’s engine and other tabs’ broadcasts', async () => {
		const server = new FakeJobcenter();
		const db = await openUserDb('t', userDbName(`status-${crypto.randomUUID()}`));
		const engine = new SyncEngine(db, {
			fetch: server.fetch,
			locks: inProcessLock(),
			channel: null,
			events: null,
			adapters: { joblog: adapterFor(joblog) }
		});
		const channelName = `vj-sync-${crypto.randomUUID()}`;
		const otherTab = new BroadcastChannel(channelName);
		const mine = new BroadcastChannel(channelName);
		const events = new EventTarget();
		const status = new SyncStatus();
		const disconnect = status.connect({ engine, channel: mine, events });

		await addJoblogEntry(db, {
			appliedOn: '2026-03-01',
			jobTitle: 'AFVIST',
			employer: 'E',
			method: 'other'
		});
		await engine.refreshStatus();
		expect(status.pending).toBe(1);
		await status.syncNow();
		expect(status).toMatchObject({ pending: 0, failedCount: 1, syncing: false });
		expect(status.failures[0]?.problem.status).toBe(400);

		otherTab.postMessage({
			type: 'synced',
			pending: 3,
			failedCount: 0,
			failures: [],
			lastSyncedAt: '2026-03-01T10:00:00.000Z',
			needsLogin: true
		});
		await vi.waitFor(() => expect(status.pending).toBe(3));
		expect(status).toMatchObject({ failedCount: 0, needsLogin: true });

		events.dispatchEvent(new Event('offline'));
		expect(status.online).toBe(false);
		events.dispatchEvent(new Event('online'));
		expect(status.online).toBe(true);
		disconnect();
		otherTab.close();
		mine.close();
	});

	it('asks for persistent storage once', async () => {
		const persist = vi.fn(async () => true);
		vi.stubGlobal('navigator', { storage: { persisted: async () => false, persist } });
		expect(await requestPersistentStorage()).toBe(true);
		expect(await requestPersistentStorage()).toBe(true);
		expect(persist).toHaveBeenCalledTimes(1);
		vi.unstubAllGlobals();
	});
});
