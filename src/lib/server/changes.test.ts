/**
 * The delta feed against a real database: a temporary PGlite always, and PostgreSQL when
 * TEST_DATABASE_URL is set (in a database of its own beside it). What only concurrency can break —
 * a device's cursor passing a change that commits late — is tested where writes really run at
 * once, on PostgreSQL; PGlite runs one statement at a time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { joblogEntryInputSchema } from '../domain/joblog';
import {
	insertCitizen,
	openTemporaryPglite,
	postgresForSuite
} from '../../../tests/support/databases';
import { inChangeOrder } from './change-order';
import { changesSince, parseChangesCursor, type Change } from './changes';
import type { DatabaseHandle } from './db';
import { createJoblogEntry, deleteJoblogEntry, updateJoblogEntry } from './joblog';

type EntryInput = z.output<typeof joblogEntryInputSchema>;

const entry = (jobTitle: string): EntryInput => ({
	appliedOn: '2026-11-20',
	jobTitle,
	employer: 'Testfirma ApS',
	method: 'advertised',
	status: 'sent',
	note: '',
	jobId: null
});

/** Every change after `since`, page by page as a device reads it, and the cursor it ends on. */
async function readAll(handle: DatabaseHandle, userId: string, since: number, limit = 200) {
	const changes: Change[] = [];
	let cursor = since;
	for (;;) {
		const page = await changesSince(handle.db, userId, cursor, limit);
		changes.push(...page.changes);
		cursor = parseChangesCursor(page.cursor);
		if (!page.hasMore) return { changes, cursor };
	}
}

function defineFeedSuite(name: string, open: () => Promise<DatabaseHandle>) {
	describe(`the delta feed on ${name}`, () => {
		let handle: DatabaseHandle;
		let citizen = 0;
		/** A new citizen per test, so no test sees another's changes. */
		const newCitizen = () => insertCitizen(handle.db, `feed-test-${++citizen}`);

		beforeAll(async () => {
			handle = await open();
		}, 60_000);
		afterAll(async () => {
			await handle?.close();
		});

		it('pages through writes and deletions in change order, each once', async () => {
			const userId = await newCitizen();
			const ids: string[] = [];
			for (let i = 0; i < 7; i++) {
				ids.push((await createJoblogEntry(handle.db, userId, entry(`Job ${i}`))).entry.id);
			}
			await deleteJoblogEntry(handle.db, userId, ids[1]!);
			await updateJoblogEntry(handle.db, userId, ids[0]!, { status: 'interview' });
			await deleteJoblogEntry(handle.db, userId, ids[4]!);

			const { changes } = await readAll(handle, userId, 0, 3);
			const versions = changes.map((change) => change.version);
			expect(versions).toEqual([...versions].sort((a, b) => a - b));
			expect(new Set(versions).size).toBe(versions.length);
			expect(changes.map((change) => `${change.op} ${change.id}`)).toEqual([
				...[2, 3, 5, 6].map((i) => `upsert ${ids[i]}`),
				`delete ${ids[1]}`,
				`upsert ${ids[0]}`,
				`delete ${ids[4]}`
			]);
		});

		if (name !== 'PostgreSQL') return;

		it("holds a citizen's second write until her first has committed, so her changes commit in number order", async () => {
			const userId = await newCitizen();
			const { cursor: start } = await readAll(handle, userId, 0);
			let release!: () => void;
			const gate = new Promise<void>((resolve) => (release = resolve));
			let firstWritten!: () => void;
			const written = new Promise<void>((resolve) => (firstWritten = resolve));
			// The first write takes its number, then stays uncommitted until the gate opens.
			const first = inChangeOrder(handle.db, userId, async (tx) => {
				const created = await createJoblogEntry(tx, userId, entry('Første'));
				firstWritten();
				await gate;
				return created.entry;
			});
			await written;
			let secondDone = false;
			const second = createJoblogEntry(handle.db, userId, entry('Anden')).then((created) => {
				secondDone = true;
				return created.entry;
			});
			// Another citizen is not held up.
			const other = await newCitizen();
			await createJoblogEntry(handle.db, other, entry('Ikke ventet'));
			await new Promise((resolve) => setTimeout(resolve, 300));
			expect(secondDone).toBe(false);
			// A device reading now sees neither, so its cursor cannot pass the first.
			expect((await changesSince(handle.db, userId, start)).changes).toEqual([]);

			release();
			const [a, b] = await Promise.all([first, second]);
			const { changes } = await readAll(handle, userId, start);
			expect(changes.map((change) => change.id)).toEqual([a.id, b.id]);
		});

		it('a device reading while two devices write gets every change exactly once', async () => {
			const userId = await newCitizen();
			let writing = true;
			const device = async (name: string) => {
				for (let i = 0; i < 25; i++) {
					const { entry: created } = await createJoblogEntry(
						handle.db,
						userId,
						entry(`${name} ${i}`)
					);
					if (i % 3 === 0) await deleteJoblogEntry(handle.db, userId, created.id);
				}
			};
			const seen: Change[] = [];
			let cursor = 0;
			const reader = (async () => {
				while (writing) {
					const page = await readAll(handle, userId, cursor, 5);
					seen.push(...page.changes);
					cursor = page.cursor;
				}
			})();
			await Promise.all([device('telefon'), device('computer')]);
			writing = false;
			await reader;
			seen.push(...(await readAll(handle, userId, cursor)).changes);

			const everything = (await readAll(handle, userId, 0)).changes;
			const key = (change: Change) => `${change.op} ${change.id} ${change.version}`;
			// Each change the feed holds now was handed to the reading device, none twice.
			const seenKeys = seen.map(key);
			expect(new Set(seenKeys).size).toBe(seenKeys.length);
			for (const change of everything) expect(seenKeys).toContain(key(change));
			expect(everything.filter((change) => change.op === 'delete')).toHaveLength(18);
		}, 60_000);
	});
}

defineFeedSuite('PGlite', () => openTemporaryPglite('feed-test'));

const openPostgres = postgresForSuite('feed');
if (openPostgres) defineFeedSuite('PostgreSQL', openPostgres);
