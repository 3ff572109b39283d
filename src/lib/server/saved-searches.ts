import { desc, eq, sql } from 'drizzle-orm';
import { fromSearchParams } from '../domain/job-search';
import type { SavedSearchInput } from '../domain/saved-search-input';
import type { SavedSearch } from '../domain/saved-searches';
import { savedSearches as savedSearchesEntity } from '../domain/entities';
import type { Database } from './db';
import { savedSearches } from './db/schema';
import { HttpProblem } from './http';
import { countJobs } from './search';
import { inChangeOrder } from './change-order';
import { clearDeletion } from './tombstones';
import { deleteOwned, syncedTable } from './synced-table';

/** Enough for every real use; a bound keeps "N nye job" for the whole list cheap to count. */
export const MAX_SAVED_SEARCHES = 50;

type Row = typeof savedSearches.$inferSelect;

/** Ads matching the saved query that were posted after the citizen last looked. */
async function newCount(db: Database, row: Row, now: Date): Promise<number> {
	const parsed = fromSearchParams(new URLSearchParams(row.query));
	// Stored queries were valid when saved; one that a later taxonomy no longer knows counts nothing.
	if (!parsed.success) return 0;
	return countJobs(db, parsed.data, { postedAfter: row.lastSeenAt, now });
}

export async function toSavedSearch(
	db: Database,
	row: Row,
	now = new Date()
): Promise<SavedSearch> {
	return {
		id: row.id,
		name: row.name,
		query: row.query,
		createdAt: row.createdAt.toISOString(),
		lastSeenAt: row.lastSeenAt.toISOString(),
		newCount: await newCount(db, row, now)
	};
}

export const savedSearchesTable = syncedTable({
	definition: savedSearchesEntity,
	table: savedSearches,
	key: savedSearches.id,
	owner: savedSearches.userId,
	changeSeq: savedSearches.changeSeq,
	toData: (db, rows) => {
		const now = new Date();
		return Promise.all(rows.map((row) => toSavedSearch(db, row, now)));
	}
});

export async function listSavedSearches(db: Database, userId: string): Promise<SavedSearch[]> {
	const rows = await db
		.select()
		.from(savedSearches)
		.where(eq(savedSearches.userId, userId))
		.orderBy(desc(savedSearches.createdAt), desc(savedSearches.id));
	const now = new Date();
	return Promise.all(rows.map((row) => toSavedSearch(db, row, now)));
}

/**
 * Creates the search under the client's id, or updates name, query and last seen when the citizen
 * already has it. `lastSeenAt` only moves forward, so an old outbox item arriving late cannot bring
 * back "new" ads she has seen. An id another citizen uses is 409, as for the joblog.
 */
export async function saveSearch(
	db: Database,
	userId: string,
	input: SavedSearchInput
): Promise<{ search: SavedSearch; created: boolean }> {
	const seenAt = input.lastSeenAt ? new Date(input.lastSeenAt) : new Date();
	const saved = await inChangeOrder(db, userId, async (tx) => {
		const [existing] = await tx
			.select({ userId: savedSearches.userId })
			.from(savedSearches)
			.where(eq(savedSearches.id, input.id))
			.for('update');
		if (existing && existing.userId !== userId) {
			throw new HttpProblem(409, {
				detail: 'Id’et er allerede brugt. Lav et nyt id.',
				errors: [{ field: 'id', message: 'Allerede brugt' }]
			});
		}
		if (existing) {
			const [updated] = await tx
				.update(savedSearches)
				.set({
					name: input.name,
					query: input.query,
					lastSeenAt: sql`greatest(${savedSearches.lastSeenAt}, ${seenAt.toISOString()}::timestamptz)`,
					changeSeq: sql`nextval('change_seq')`
				})
				.where(eq(savedSearches.id, input.id))
				.returning();
			return { row: updated!, created: false };
		}
		const [{ count }] = (await tx
			.select({ count: sql<number>`count(*)::int` })
			.from(savedSearches)
			.where(eq(savedSearches.userId, userId))) as [{ count: number }];
		if (count >= MAX_SAVED_SEARCHES) {
			throw new HttpProblem(409, {
				detail: `Du kan højst gemme ${MAX_SAVED_SEARCHES} søgninger. Slet en, du ikke bruger, og prøv igen.`
			});
		}
		const [inserted] = await tx
			.insert(savedSearches)
			.values({ id: input.id, userId, name: input.name, query: input.query, lastSeenAt: seenAt })
			.returning();
		await clearDeletion(tx, userId, 'savedSearches', input.id);
		return { row: inserted!, created: true };
	});
	return { search: await toSavedSearch(db, saved.row), created: saved.created };
}

/** Deleting what is not there is fine: the citizen's wish (gone) holds either way. */
export function deleteSavedSearch(db: Database, userId: string, id: string): Promise<void> {
	return deleteOwned(db, savedSearchesTable, userId, id);
}
