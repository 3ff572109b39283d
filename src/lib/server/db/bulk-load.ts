import { sql } from 'drizzle-orm';
import type { Database } from './index';
import { SEARCH_GIN_PENDING_LIST_KB } from './schema';

/** The job search's GIN indexes (schema.ts), whose pending lists searches must scan. */
const searchGinIndexes = ['jobs_search_vector_idx', 'jobs_title_trgm_idx'] as const;
/** Large enough that a load of 50,000 ads merges into the indexes a few times, not thousands. */
const BULK_PENDING_LIST_KB = 64 * 1024;

async function setPendingListLimit(db: Database, kilobytes: number) {
	for (const index of searchGinIndexes) {
		await db.execute(
			sql.raw(`alter index "${index}" set (gin_pending_list_limit = ${Math.trunc(kilobytes)})`)
		);
	}
}

/**
 * Runs a large load of job ads (seed, import) with big GIN pending lists, then merges them into the
 * indexes once and puts the small limit back. With the small limit searches need, the indexes are
 * merged every few hundred rows and seeding 50,000 ads took over a minute instead of seconds.
 */
export async function withBulkJobLoad<T>(db: Database, work: () => Promise<T>): Promise<T> {
	await setPendingListLimit(db, BULK_PENDING_LIST_KB);
	try {
		return await work();
	} finally {
		await setPendingListLimit(db, SEARCH_GIN_PENDING_LIST_KB);
		await db.execute(
			sql`select ${sql.join(
				searchGinIndexes.map((index) => sql`gin_clean_pending_list(${index}::regclass)`),
				sql`, `
			)}`
		);
	}
}
