import { savedJobSchema, type JobAd, type SavedJob } from '../domain/jobs';
import { nowIso } from '../domain/local-time';
import type { UserDb } from './db';
import { enqueue } from './outbox';
import type { EntityAdapter } from './sync';

/** Saved jobs go through the outbox like every change: saved locally at once, sent when online. */
export async function saveJob(db: UserDb, job: JobAd): Promise<SavedJob> {
	const saved: SavedJob = { jobId: job.id, savedAt: nowIso(), job };
	await enqueue(db, {
		method: 'PUT',
		path: `/api/v1/me/saved-jobs/${job.id}`,
		entity: 'savedJobs',
		entityId: job.id,
		local: { op: 'put', store: 'savedJobs', value: saved }
	});
	return saved;
}

export async function unsaveJob(db: UserDb, jobId: string): Promise<void> {
	await enqueue(db, {
		method: 'DELETE',
		path: `/api/v1/me/saved-jobs/${jobId}`,
		entity: 'savedJobs',
		entityId: jobId,
		local: { op: 'delete', store: 'savedJobs', key: jobId }
	});
}

export async function listSavedJobs(db: UserDb): Promise<SavedJob[]> {
	const all = await db.getAll('savedJobs');
	return all.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export async function isJobSaved(db: UserDb, jobId: string): Promise<boolean> {
	return (await db.count('savedJobs', jobId)) > 0;
}

export const savedJobsAdapter: EntityAdapter = {
	store: 'savedJobs',
	parse(data) {
		const parsed = savedJobSchema.safeParse(data);
		return parsed.success ? parsed.data : null;
	}
};
