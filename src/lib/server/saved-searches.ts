import { and, desc, eq, sql } from 'drizzle-orm';
import { fromSearchParams } from '../domain/job-search';
import type { SavedSearchInput } from '../domain/saved-search-input';
import type { SavedSearch } from '../domain/saved-searches';
import { savedSearches as savedSearchesEntity } from '../domain/entities';
import type { Database } from './db';
import { savedSearches } from './db/schema';
import { countJobs } from './search';
import { inChangeOrder } from './change-order';
import { clearDeletion } from './tombstones';
import { deleteOwned, ensureRoom, syncedTable } from './synced-table';

type Row = typeof savedSearches.$inferSelect;

/**
 * How long a counted "N nye job" is shown before it is counted again. A count costs a search (5–10
 * ms on PGlite, more for common words), so a citizen with 50 searches opening her list often, or
 * several devices pulling the feed, would otherwise run 50 searches each time. The count is kept in
 * the row (`new_count`, `counted_at`), so every app process shares it; saving the search clears it.
 */
export const COUNT_FRESH_MS = 60_000;

/** Ads matching the saved query that were posted after the citizen last looked. */
async function countNew(db: Database, row: Row, now: Date): Promise<number> {
	const parsed = fromSearchParams(new URLSearchParams(row.query));
	// Stored queries were valid when saved; one that a later taxonomy no longer knows counts nothing.
	if (!parsed.success) return 0;
	return countJobs(db, parsed.data, { postedAfter: row.lastSeenAt, now });
}

function isFresh(row: Row, now: Date): boolean {
	return (
		row.newCount !== null &&
		row.countedAt !== null &&
		now.getTime() - row.countedAt.getTime() < COUNT_FRESH_MS
	);
}

/** Counts the rows whose count is missing or stale, one after another, and keeps each count. */
async function refreshCounts(db: Database, rows: Row[], now: Date): Promise<Map<string, number>> {
	const counts = new Map<string, number>();
	// One at a time: on PGlite every query waits in one line, and 50 counts queued at once would
	// make everyone else's search wait behind them.
	for (const row of rows) {
		if (isFresh(row, now)) {
			counts.set(row.id, row.newCount!);
			continue;
		}
		const count = await countNew(db, row, now);
		counts.set(row.id, count);
		// Kept only while the search is as counted: a save in between (a new change number) wins.
		await db
			.update(savedSearches)
			.set({ newCount: count, countedAt: now })
			.where(
				and(
					eq(savedSearches.userId, row.userId),
					eq(savedSearches.id, row.id),
					eq(savedSearches.changeSeq, row.changeSeq)
				)
			);
	}
	return counts;
}

/** One counting per citizen at a time in this process: her list asked twice at once counts once. */
const counting = new Map<string, Promise<Map<string, number>>>();

async function countsFor(db: Database, rows: Row[], now: Date): Promise<Map<string, number>> {
	if (rows.every((row) => isFresh(row, now))) return refreshCounts(db, rows, now);
	const userId = rows[0]!.userId;
	const running = counting.get(userId);
	if (running) {
		const shared = await running;
		if (rows.every((row) => shared.has(row.id))) return shared;
	}
	const mine: Promise<Map<string, number>> = refreshCounts(db, rows, now).finally(() => {
		if (counting.get(userId) === mine) counting.delete(userId);
	});
	counting.set(userId, mine);
	return mine;
}

async function toSavedSearches(
	db: Database,
	rows: Row[],
	count: typeof countsFor = countsFor
): Promise<SavedSearch[]> {
	if (rows.length === 0) return [];
	const counts = await count(db, rows, new Date());
	return rows.map((row) => ({
		id: row.id,
		name: row.name,
		query: row.query,
		createdAt: row.createdAt.toISOString(),
		lastSeenAt: row.lastSeenAt.toISOString(),
		newCount: counts.get(row.id) ?? 0
	}));
}

export const savedSearchesTable = syncedTable({
	definition: savedSearchesEntity,
	table: savedSearches,
	key: savedSearches.id,
	owner: savedSearches.userId,
	changeSeq: savedSearches.changeSeq,
	toData: (db, rows) => toSavedSearches(db, rows)
});

export async function listSavedSearches(db: Database, userId: string): Promise<SavedSearch[]> {
	const rows = await db
		.select()
		.from(savedSearches)
		.where(eq(savedSearches.userId, userId))
		.orderBy(desc(savedSearches.createdAt), desc(savedSearches.id));
	return toSavedSearches(db, rows);
}

/**
 * Creates the search under the client's id, or updates name, query and last seen when the citizen
 * already has it. `lastSeenAt` only moves forward, so an old outbox item arriving late cannot bring
 * back "new" ads she has seen. Ids are hers alone (the key is user and id): another citizen's id is
 * as free as any. Beyond the limit (50) a new search is refused (`ensureRoom`).
 */
export async function saveSearch(
	db: Database,
	userId: string,
	input: SavedSearchInput
): Promise<{ search: SavedSearch; created: boolean }> {
	const seenAt = input.lastSeenAt ? new Date(input.lastSeenAt) : new Date();
	const mine = and(eq(savedSearches.userId, userId), eq(savedSearches.id, input.id));
	const saved = await inChangeOrder(db, userId, async (tx) => {
		const [existing] = await tx.select({ id: savedSearches.id }).from(savedSearches).where(mine);
		if (existing) {
			const [updated] = await tx
				.update(savedSearches)
				.set({
					name: input.name,
					query: input.query,
					lastSeenAt: sql`greatest(${savedSearches.lastSeenAt}, ${seenAt.toISOString()}::timestamptz)`,
					// Counted again below: the query or "seen" may have changed.
					newCount: null,
					countedAt: null,
					changeSeq: sql`nextval('change_seq')`
				})
				.where(mine)
				.returning();
			return { row: updated!, created: false };
		}
		await ensureRoom(tx, savedSearchesTable, userId);
		const [inserted] = await tx
			.insert(savedSearches)
			.values({ id: input.id, userId, name: input.name, query: input.query, lastSeenAt: seenAt })
			.returning();
		await clearDeletion(tx, userId, 'savedSearches', input.id);
		return { row: inserted!, created: true };
	});
	// Counted on its own, not shared with a list counted before this save.
	const [search] = await toSavedSearches(db, [saved.row], refreshCounts);
	return { search: search!, created: saved.created };
}

/** Deleting what is not there is fine: the citizen's wish (gone) holds either way. */
export function deleteSavedSearch(db: Database, userId: string, id: string): Promise<void> {
	return deleteOwned(db, savedSearchesTable, userId, id);
}
