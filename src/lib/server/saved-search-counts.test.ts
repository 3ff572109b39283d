/**
 * "N nye job" is kept in the saved search's row for a minute, so a list does not run a search per
 * saved search every time it is shown; saving the search counts it anew at once. On a temporary
 * PGlite with a few hundred seeded ads (and PostgreSQL with TEST_DATABASE_URL).
 */
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTemporaryPglite, postgresForSuite } from '../../../tests/support/databases';
import type { DatabaseHandle } from './db';
import { jobs, savedSearches, users } from './db/schema';
import { COUNT_FRESH_MS, listSavedSearches, saveSearch } from './saved-searches';
import { seedDatabase } from './seed';

function defineCountSuite(name: string, open: () => Promise<DatabaseHandle>) {
	describe(`kept "N nye job" counts on ${name}`, () => {
		let handle: DatabaseHandle;
		let userId: string;

		beforeAll(async () => {
			handle = await open();
			await seedDatabase(handle.db, { jobCount: 100 });
			const [anna] = await handle.db
				.select({ id: users.id })
				.from(users)
				.where(eq(users.subject, 'demo-anna'));
			userId = anna!.id;
		}, 240_000);
		afterAll(async () => {
			await handle?.close();
		});

		const countedAt = async (id: string) => {
			const [row] = await handle.db
				.select({ countedAt: savedSearches.countedAt, newCount: savedSearches.newCount })
				.from(savedSearches)
				.where(and(eq(savedSearches.userId, userId), eq(savedSearches.id, id)));
			return row!;
		};

		it('shows the kept count for a minute, then counts again; saving counts at once', async () => {
			const id = crypto.randomUUID();
			const longAgo = '2000-01-01T00:00:00.000Z';
			const saved = await saveSearch(handle.db, userId, {
				id,
				name: 'Alt',
				query: 'v=1',
				lastSeenAt: longAgo
			});
			const everything = saved.search.newCount!;
			expect(everything).toBeGreaterThan(10);
			const kept = await countedAt(id);
			expect(kept.newCount).toBe(everything);

			// Ads taken down: a list within the minute shows the kept count and counts nothing.
			await handle.db.execute(
				sql`delete from ${jobs} where ${jobs.id} in (select ${jobs.id} from ${jobs} limit 10)`
			);
			const [listed] = await listSavedSearches(handle.db, userId);
			expect(listed).toMatchObject({ id, newCount: everything });
			expect((await countedAt(id)).countedAt).toEqual(kept.countedAt);

			// A minute later the list counts again and keeps the new count.
			await handle.db
				.update(savedSearches)
				.set({ countedAt: new Date(Date.now() - COUNT_FRESH_MS - 1000) })
				.where(eq(savedSearches.id, id));
			const [recounted] = await listSavedSearches(handle.db, userId);
			// (Some of the ten may have been past their deadline, counted nowhere.)
			expect(recounted!.newCount).toBeLessThan(everything);
			expect(await countedAt(id)).toMatchObject({ newCount: recounted!.newCount });
			expect((await countedAt(id)).countedAt!.getTime()).toBeGreaterThan(kept.countedAt!.getTime());

			// Seen now: counted at once, not a minute later.
			const seen = await saveSearch(handle.db, userId, {
				id,
				name: 'Alt',
				query: 'v=1',
				lastSeenAt: new Date().toISOString()
			});
			expect(seen.search.newCount).toBe(0);
			expect((await listSavedSearches(handle.db, userId))[0]!.newCount).toBe(0);
		}, 60_000);
	});
}

defineCountSuite('PGlite', () => openTemporaryPglite('count-test'));
const openPostgres = postgresForSuite('counts');
if (openPostgres) defineCountSuite('PostgreSQL', openPostgres);
