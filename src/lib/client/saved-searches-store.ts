import { savedSearchInputSchema } from '../domain/saved-search-input';
import { savedSearchListSchema, type SavedSearch } from '../domain/saved-searches';
import { fieldErrors, type FieldError } from '../domain/validation';
import type { UserDb } from './db';
import { enqueue, entityKeyOf, pendingEntityKeys } from './outbox';
import type { FetchLike } from './sync';

const SAVED_SEARCHES_PATH = '/api/v1/me/saved-searches';

/** The input did not pass the domain schema; `errors` name the field like the API's problem does. */
export class SavedSearchValidationError extends Error {
	constructor(readonly errors: FieldError[]) {
		super(errors.map((e) => `${e.field}: ${e.message}`).join('; '));
		this.name = 'SavedSearchValidationError';
	}
}

/**
 * Saves (or renames, or marks as seen) a search locally at once and queues the POST. A new search
 * is seen from the moment it is saved, so it starts with no new ads.
 */
export async function putSavedSearch(
	db: UserDb,
	input: { id?: string; name: string; query: string; lastSeenAt?: string },
	now = new Date()
): Promise<SavedSearch> {
	const id = input.id ?? crypto.randomUUID();
	const existing = await db.get('savedSearches', id);
	const parsed = savedSearchInputSchema.safeParse({
		...input,
		id,
		lastSeenAt: input.lastSeenAt ?? existing?.lastSeenAt ?? now.toISOString()
	});
	if (!parsed.success) throw new SavedSearchValidationError(fieldErrors(parsed.error));
	const body = parsed.data;
	const lastSeenAt = body.lastSeenAt ?? now.toISOString();
	const search: SavedSearch = {
		id,
		name: body.name,
		query: body.query,
		createdAt: existing?.createdAt ?? now.toISOString(),
		lastSeenAt,
		// Renamed only: the count stands. Seen anew: nothing is new any more.
		newCount: existing && existing.lastSeenAt === lastSeenAt ? existing.newCount : 0
	};
	await enqueue(db, {
		method: 'POST',
		path: SAVED_SEARCHES_PATH,
		body,
		entity: 'savedSearches',
		entityId: body.id,
		local: { op: 'put', store: 'savedSearches', value: search }
	});
	return search;
}

/** The citizen opened the search: its "nye job" are seen from now on. */
export function markSavedSearchSeen(db: UserDb, search: SavedSearch, now = new Date()) {
	return putSavedSearch(
		db,
		{ id: search.id, name: search.name, query: search.query, lastSeenAt: now.toISOString() },
		now
	);
}

export async function deleteSavedSearch(db: UserDb, id: string): Promise<void> {
	await enqueue(db, {
		method: 'DELETE',
		path: `${SAVED_SEARCHES_PATH}/${id}`,
		entity: 'savedSearches',
		entityId: id,
		local: { op: 'delete', store: 'savedSearches', key: id }
	});
}

/** Newest first, as the server lists them. */
export async function listSavedSearches(db: UserDb): Promise<SavedSearch[]> {
	const all = await db.getAll('savedSearches');
	return all.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}

/**
 * Fetches fresh "nye job" counts. The counts change as ads are posted, without any change of the
 * citizen's own, so the delta feed does not carry them; the list asks when it is shown online.
 * Searches with changes still in the outbox keep their local version.
 */
export async function refreshSavedSearchCounts(
	db: UserDb,
	fetcher: FetchLike = (input, init) => fetch(input, init)
): Promise<boolean> {
	const response = await fetcher(SAVED_SEARCHES_PATH, {
		headers: { accept: 'application/json' }
	}).catch(() => null);
	if (!response?.ok) return false;
	const parsed = savedSearchListSchema.safeParse(await response.json().catch(() => null));
	if (!parsed.success) return false;
	const pending = await pendingEntityKeys(db);
	const tx = db.transaction('savedSearches', 'readwrite');
	for (const search of parsed.data.items) {
		if (pending.has(entityKeyOf('savedSearches', search.id))) continue;
		await tx.store.put(search);
	}
	await tx.done;
	return true;
}
