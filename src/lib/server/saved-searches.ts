import { and, desc, eq, sql } from 'drizzle-orm';
import { fromSearchParams } from '../domain/job-search';
import type { SavedSearchInput } from '../domain/saved-search-input';
import type { SavedSearch } from '../domain/saved-searches';
import { isUuid } from '../domain/validation';
import type { Database } from './db';
import { savedSearches } from './db/schema';
import { HttpProblem } from './http';
import { countJobs } from './search';
import { inChangeOrder } from './change-order';
import { clearDeletion, recordDeletion } from './tombstones';

/** Enough for every real use; a bound keeps "N nye job" for the whole list cheap to count. */
export const MAX_SAVED_SEARCHES = 50;

type Row = typeof savedSearches.$inferSelect;

function notFound() {
	return new HttpProblem(404, { detail: 'Den gemte søgning findes ikke.' });
}

export function parseSavedSearchId(value: string | undefined): string {
	if (!value || !isUuid(value)) throw notFound();
	return value;
}

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
export async function deleteSavedSearch(db: Database, userId: string, id: string): Promise<void> {
	await inChangeOrder(db, userId, async (tx) => {
		const removed = await tx
			.delete(savedSearches)
			.where(and(eq(savedSearches.id, id), eq(savedSearches.userId, userId)))
			.returning({ id: savedSearches.id });
		if (removed.length === 0) return;
		await recordDeletion(tx, userId, 'savedSearches', id);
	});
}
