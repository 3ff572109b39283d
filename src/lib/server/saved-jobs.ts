import { and, desc, eq } from 'drizzle-orm';
import type { SavedJob } from '../domain/jobs';
import type { Database } from './db';
import { savedJobs } from './db/schema';
import { HttpProblem } from './http';
import { savedJobs as savedJobsEntity } from '../domain/entities';
import { findJobAd, findJobAds } from './jobs';
import { inChangeOrder } from './change-order';
import { clearDeletion } from './tombstones';
import { deleteOwned, ensureRoom, syncedTable } from './synced-table';

/** Each saved job with the ad as it is now (null once the ad is gone from the database). */
async function toSavedJobs(
	db: Database,
	rows: (typeof savedJobs.$inferSelect)[]
): Promise<SavedJob[]> {
	const ads = await findJobAds(
		db,
		rows.map((row) => row.jobId)
	);
	return rows.map((row) => ({
		jobId: row.jobId,
		savedAt: row.savedAt.toISOString(),
		job: ads.get(row.jobId) ?? null
	}));
}

export const savedJobsTable = syncedTable({
	definition: savedJobsEntity,
	table: savedJobs,
	key: savedJobs.jobId,
	owner: savedJobs.userId,
	changeSeq: savedJobs.changeSeq,
	toData: toSavedJobs
});

export async function listSavedJobs(db: Database, userId: string): Promise<SavedJob[]> {
	const rows = await db
		.select()
		.from(savedJobs)
		.where(eq(savedJobs.userId, userId))
		.orderBy(desc(savedJobs.savedAt));
	return toSavedJobs(db, rows);
}

export async function getSavedJob(db: Database, userId: string, jobId: string): Promise<SavedJob> {
	const [row] = await db
		.select()
		.from(savedJobs)
		.where(and(eq(savedJobs.userId, userId), eq(savedJobs.jobId, jobId)));
	if (!row) throw new HttpProblem(404, { detail: 'Jobbet er ikke gemt.' });
	return { jobId, savedAt: row.savedAt.toISOString(), job: await findJobAd(db, jobId) };
}

/** Saving twice keeps the first save: PUT is idempotent by nature. Beyond the limit: 409. */
export async function saveJob(
	db: Database,
	userId: string,
	jobId: string
): Promise<{ saved: SavedJob; created: boolean }> {
	const job = await findJobAd(db, jobId);
	if (!job) throw new HttpProblem(404, { detail: 'Jobannoncen findes ikke.' });
	const inserted = await inChangeOrder(db, userId, async (tx) => {
		const [existing] = await tx
			.select({ jobId: savedJobs.jobId })
			.from(savedJobs)
			.where(and(eq(savedJobs.userId, userId), eq(savedJobs.jobId, jobId)));
		if (existing) return undefined;
		await ensureRoom(tx, savedJobsTable, userId);
		const [row] = await tx.insert(savedJobs).values({ userId, jobId }).returning();
		await clearDeletion(tx, userId, 'savedJobs', jobId);
		return row;
	});
	if (inserted) {
		return { saved: { jobId, savedAt: inserted.savedAt.toISOString(), job }, created: true };
	}
	return { saved: await getSavedJob(db, userId, jobId), created: false };
}

/** Removing a job that is not saved is fine: the citizen's wish (not saved) holds either way. */
export function unsaveJob(db: Database, userId: string, jobId: string): Promise<void> {
	return deleteOwned(db, savedJobsTable, userId, jobId);
}
