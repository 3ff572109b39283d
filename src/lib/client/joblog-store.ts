import { fieldErrors } from '../domain/validation';
import {
	joblogEntryInputSchema,
	joblogEntryPatchSchema,
	joblogEntrySchema,
	type JoblogEntry,
	type JoblogEntryInput
} from '../domain/joblog';
import type { UserDb } from './db';
import { enqueue, entityKeyOf, pendingEntityKeys } from './outbox';
import type { EntityAdapter } from './sync';

export { pendingEntityKeys };

const JOBLOG_PATH = '/api/v1/me/joblog';

export type JoblogEntryPatch = Partial<Omit<JoblogEntryInput, 'id'>>;

/** The input did not pass the domain schema; `errors` has the same shape as the API's problem. */
export class JoblogValidationError extends Error {
	constructor(readonly errors: { field: string; message: string }[]) {
		super(errors.map((e) => `${e.field}: ${e.message}`).join('; '));
		this.name = 'JoblogValidationError';
	}
}

/** Stores what the server says about joblog entries (its answers and the delta feed). */
export const joblogAdapter: EntityAdapter = {
	store: 'joblog',
	parse(data) {
		const parsed = joblogEntrySchema.safeParse(data);
		return parsed.success ? parsed.data : null;
	}
};

export function joblogEntityKey(id: string) {
	return entityKeyOf('joblog', id);
}

interface WriteOptions {
	now?: () => number;
}

/** Saves a new entry locally at once, with its final id, and queues the POST. */
export async function addJoblogEntry(
	db: UserDb,
	input: JoblogEntryInput,
	options: WriteOptions = {}
): Promise<JoblogEntry> {
	const parsed = joblogEntryInputSchema.safeParse(input);
	if (!parsed.success) throw new JoblogValidationError(fieldErrors(parsed.error));
	const id = parsed.data.id ?? crypto.randomUUID();
	const at = new Date((options.now ?? Date.now)()).toISOString();
	const body = { ...parsed.data, id };
	const entry: JoblogEntry = { ...body, createdAt: at, updatedAt: at };
	await enqueue(
		db,
		{
			method: 'POST',
			path: JOBLOG_PATH,
			body,
			entity: 'joblog',
			entityId: id,
			local: { store: 'joblog', op: 'put', value: entry }
		},
		options
	);
	return entry;
}

/**
 * Changes the fields given (only those: the patch schema would fill the others with defaults), locally
 * at once, and queues the PATCH. Throws LocalNotFoundError if the entry is not here.
 */
export async function updateJoblogEntry(
	db: UserDb,
	id: string,
	patch: JoblogEntryPatch,
	options: WriteOptions = {}
): Promise<JoblogEntry> {
	const parsed = joblogEntryPatchSchema.safeParse(patch);
	if (!parsed.success) throw new JoblogValidationError(fieldErrors(parsed.error));
	const given = Object.keys(patch).filter(
		(key) => patch[key as keyof JoblogEntryPatch] !== undefined
	) as (keyof typeof parsed.data)[];
	// The patch schema fills missing fields with defaults, so its own "nothing to change" never fires.
	if (given.length === 0) {
		throw new JoblogValidationError([{ field: '(body)', message: 'Intet at ændre' }]);
	}
	const body = Object.fromEntries(given.map((key) => [key, parsed.data[key]])) as Partial<
		Omit<JoblogEntry, 'id' | 'createdAt' | 'updatedAt'>
	>;
	const updatedAt = new Date((options.now ?? Date.now)()).toISOString();
	await enqueue(
		db,
		{
			method: 'PATCH',
			path: `${JOBLOG_PATH}/${encodeURIComponent(id)}`,
			body,
			entity: 'joblog',
			entityId: id,
			local: { store: 'joblog', op: 'patch', key: id, patch: { ...body, updatedAt } }
		},
		options
	);
	const entry = await db.get('joblog', id);
	if (!entry) throw new Error(`joblog/${id} disappeared`);
	return entry;
}

/** Removes the entry locally at once and queues the DELETE (or drops its never-sent create). */
export async function removeJoblogEntry(
	db: UserDb,
	id: string,
	options: WriteOptions = {}
): Promise<void> {
	await enqueue(
		db,
		{
			method: 'DELETE',
			path: `${JOBLOG_PATH}/${encodeURIComponent(id)}`,
			entity: 'joblog',
			entityId: id,
			local: { store: 'joblog', op: 'delete', key: id }
		},
		options
	);
}

export function getJoblogEntry(db: UserDb, id: string): Promise<JoblogEntry | undefined> {
	return db.get('joblog', id);
}

/** Newest application first (appliedOn, then id, both descending: the API's order). */
export async function listJoblogEntries(db: UserDb): Promise<JoblogEntry[]> {
	const entries: JoblogEntry[] = [];
	let cursor = await db.transaction('joblog').store.index('byAppliedOn').openCursor(null, 'prev');
	while (cursor) {
		entries.push(cursor.value);
		cursor = await cursor.continue();
	}
	return entries;
}
