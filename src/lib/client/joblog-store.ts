import { joblog } from '../domain/entities';
import {
	joblogEntryInputSchema,
	joblogEntryPatchSchema,
	type JoblogEntry,
	type JoblogEntryInput
} from '../domain/joblog';
import { collectionStore, EntityValidationError, validated } from './collection-store';
import type { UserDb } from './db';
import { entityKeyOf, type EnqueueOptions } from './outbox';

export type JoblogEntryPatch = Partial<Omit<JoblogEntryInput, 'id'>>;

const entries = collectionStore<JoblogEntry>(joblog);

export function joblogEntityKey(id: string) {
	return entityKeyOf(joblog.name, id);
}

/** Adds of one ad under way in this tab, so two quick taps on "Jeg har søgt" make one entry. */
const addingForJob = new Map<string, Promise<JoblogEntry>>();

/**
 * Saves a new entry locally at once, with its final id, and queues the POST. An entry for an ad she
 * already has in her joblog (same `jobId`) is not made twice: the existing one is returned, since the
 * joblog is the record the jobcentre reads and one ad is one application.
 */
export async function addJoblogEntry(
	db: UserDb,
	input: JoblogEntryInput,
	options: EnqueueOptions = {}
): Promise<JoblogEntry> {
	const parsed = validated(joblogEntryInputSchema, input);
	const jobId = parsed.jobId;
	if (!jobId) return addParsed(db, parsed, options);
	const under = addingForJob.get(jobId);
	if (under) return under;
	const adding = (async () =>
		(await findJoblogEntryForJob(db, jobId)) ?? addParsed(db, parsed, options))();
	addingForJob.set(jobId, adding);
	try {
		return await adding;
	} finally {
		addingForJob.delete(jobId);
	}
}

async function addParsed(
	db: UserDb,
	parsed: ReturnType<typeof joblogEntryInputSchema.parse>,
	options: EnqueueOptions
): Promise<JoblogEntry> {
	const id = parsed.id ?? crypto.randomUUID();
	const at = new Date((options.now ?? Date.now)()).toISOString();
	const body = { ...parsed, id };
	return entries.put(db, { ...body, createdAt: at, updatedAt: at }, body, options);
}

/**
 * Changes the fields given (only those: the patch schema would fill the others with defaults), locally
 * at once, and queues the PATCH. Throws LocalNotFoundError if the entry is not here.
 */
export async function updateJoblogEntry(
	db: UserDb,
	id: string,
	patch: JoblogEntryPatch,
	options: EnqueueOptions = {}
): Promise<JoblogEntry> {
	const parsed = validated(joblogEntryPatchSchema, patch);
	const given = Object.keys(patch).filter(
		(key) => patch[key as keyof JoblogEntryPatch] !== undefined
	) as (keyof typeof parsed)[];
	// The patch schema fills missing fields with defaults, so its own "nothing to change" never fires.
	if (given.length === 0) {
		throw new EntityValidationError([{ field: '(body)', message: 'Intet at ændre' }]);
	}
	const body = Object.fromEntries(given.map((key) => [key, parsed[key]])) as Partial<
		Omit<JoblogEntry, 'id' | 'createdAt' | 'updatedAt'>
	>;
	const updatedAt = new Date((options.now ?? Date.now)()).toISOString();
	await entries.patch(db, id, body, { ...body, updatedAt }, options);
	const entry = await entries.get(db, id);
	if (!entry) throw new Error(`joblog/${id} disappeared`);
	return entry;
}

/** Removes the entry locally at once and queues the DELETE (or drops its never-sent create). */
export function removeJoblogEntry(
	db: UserDb,
	id: string,
	options: EnqueueOptions = {}
): Promise<void> {
	return entries.remove(db, id, options);
}

/** Her entry for an ad, if she has one (the joblog is small: a scan, no index needed). */
export async function findJoblogEntryForJob(
	db: UserDb,
	jobId: string
): Promise<JoblogEntry | undefined> {
	return (await entries.list(db)).find((entry) => entry.jobId === jobId);
}

export function getJoblogEntry(db: UserDb, id: string): Promise<JoblogEntry | undefined> {
	return entries.get(db, id);
}

/** Newest application first (appliedOn, then id, both descending: the API's order). */
export async function listJoblogEntries(db: UserDb): Promise<JoblogEntry[]> {
	const all: JoblogEntry[] = [];
	let cursor = await db.transaction('joblog').store.index('byAppliedOn').openCursor(null, 'prev');
	while (cursor) {
		all.push(cursor.value);
		cursor = await cursor.continue();
	}
	return all;
}
