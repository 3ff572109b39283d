import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openUserDb, userDbName, type UserDb } from './db';
import { HeldDeletion } from './held-deletion';
import {
	addJoblogEntry,
	getJoblogEntry,
	listJoblogEntries,
	removeJoblogEntry
} from './joblog-store';
import { listOutbox } from './outbox';

/** Local storage as a page sees it; shared by the "pages" of one test like the real one. */
function memoryStorage() {
	const map = new Map<string, string>();
	return {
		getItem: (key: string) => map.get(key) ?? null,
		setItem: (key: string, value: string) => void map.set(key, value),
		removeItem: (key: string) => void map.delete(key)
	};
}

/** A page's joblog deletions over one database, with a clock the test moves. */
function page(db: UserDb, storage: ReturnType<typeof memoryStorage>) {
	type Timer = { run: () => void; at: number };
	const timers: Timer[] = [];
	let now = 0;
	const held = new HeldDeletion({
		storage,
		storageKey: 'held',
		delayMs: 10_000,
		async deleteNow(id) {
			if (await getJoblogEntry(db, id)) await removeJoblogEntry(db, id);
		},
		setTimer: (run, ms) => {
			const timer = { run, at: now + ms };
			timers.push(timer);
			return timer;
		},
		clearTimer: (timer) => {
			if (timers.includes(timer as Timer)) timers.splice(timers.indexOf(timer as Timer), 1);
		}
	});
	return {
		held,
		async advance(ms: number) {
			now += ms;
			for (const timer of timers.filter((t) => t.at <= now)) {
				timers.splice(timers.indexOf(timer), 1);
				timer.run();
			}
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
	};
}

async function sentEntry(db: UserDb, jobTitle: string) {
	const entry = await addJoblogEntry(db, {
		appliedOn: '2026-03-01',
		jobTitle,
		employer: 'E',
		method: 'other'
	});
	// As if synced: the POST has left, so a delete must go to the server as a DELETE.
	await db.clear('outbox');
	return entry;
}

const fresh = () => openUserDb('t', userDbName(`held-${crypto.randomUUID()}`));
const deletes = async (db: UserDb) =>
	(await listOutbox(db)).filter((item) => item.method === 'DELETE').map((item) => item.entityId);

describe('held deletion (Fortryd)', () => {
	it('queues nothing while undo is offered, and nothing at all after Fortryd', async () => {
		const db = await fresh();
		const entry = await sentEntry(db, 'Kok');
		const tab = page(db, memoryStorage());
		await tab.held.hold(entry.id);
		await tab.advance(9_000);
		expect(tab.held.held).toBe(entry.id);
		expect(await deletes(db)).toEqual([]);
		expect(tab.held.undo()).toBe(entry.id);
		await tab.advance(5_000);
		expect(await deletes(db)).toEqual([]);
		expect(await listJoblogEntries(db)).toHaveLength(1);
		expect(tab.held.waiting()).toEqual([]);
	});

	it('deletes once when the time is up, also if the page then leaves', async () => {
		const db = await fresh();
		const entry = await sentEntry(db, 'Kok');
		const tab = page(db, memoryStorage());
		await tab.held.hold(entry.id);
		await tab.advance(10_000);
		await tab.held.finish(); // the page is left afterwards
		expect(await deletes(db)).toEqual([entry.id]);
		expect(await listJoblogEntries(db)).toEqual([]);
		expect(tab.held.waiting()).toEqual([]);
	});

	it('a reload in the undo time neither loses the deletion nor queues it twice', async () => {
		const db = await fresh();
		const [a, b] = [await sentEntry(db, 'A'), await sentEntry(db, 'B')];
		const storage = memoryStorage();
		// Page 1 holds A and is gone before anything was written (no pagehide ran).
		await page(db, storage).held.hold(a.id);
		expect(await deletes(db)).toEqual([]);
		// Page 2 opens and finishes A; it holds B, and its pagehide delete of B lands, but the page
		// is gone before it could forget B.
		const second = page(db, storage);
		await second.held.finishLeftovers();
		await second.held.hold(b.id);
		expect(await deletes(db)).toEqual([a.id]);
		await removeJoblogEntry(db, b.id);
		// Page 3 opens: what is left is finished, and B is not queued a second time.
		const third = page(db, storage);
		await third.held.finishLeftovers();
		await third.held.finishLeftovers();
		expect(await deletes(db)).toEqual([a.id, b.id]);
		expect(await listJoblogEntries(db)).toEqual([]);
		expect(third.held.waiting()).toEqual([]);
	});
});
