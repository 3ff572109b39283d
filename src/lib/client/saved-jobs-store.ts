import { savedJobs } from '../domain/entities';
import type { JobAd, SavedJob } from '../domain/jobs';
import { nowIso } from '../domain/local-time';
import { collectionStore } from './collection-store';
import type { UserDb } from './db';

const saved = collectionStore<SavedJob>(savedJobs);

/** Saved jobs go through the outbox like every change: saved locally at once, sent when online. */
export function saveJob(db: UserDb, job: JobAd): Promise<SavedJob> {
	return saved.put(db, { jobId: job.id, savedAt: nowIso(), job });
}

export function unsaveJob(db: UserDb, jobId: string): Promise<void> {
	return saved.remove(db, jobId);
}

export async function listSavedJobs(db: UserDb): Promise<SavedJob[]> {
	const all = await saved.list(db);
	return all.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export async function isJobSaved(db: UserDb, jobId: string): Promise<boolean> {
	return (await saved.get(db, jobId)) !== undefined;
}
