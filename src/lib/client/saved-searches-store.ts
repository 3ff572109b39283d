import { savedSearches } from '../domain/entities';
import { savedSearchInputSchema } from '../domain/saved-search-input';
import type { SavedSearch } from '../domain/saved-searches';
import { call, type FetchLike } from './api';
import { collectionStore, validated } from './collection-store';
import type { UserDb } from './db';
import { entityKeyOf, pendingEntityKeys } from './outbox';

const searches = collectionStore<SavedSearch>(savedSearches);

/**
 * Saves (or renames, or marks as seen) a search locally at once and queues the POST. A new search
 * is seen from the moment it is saved, so it starts with no new ads. The query is checked against
 * the search model and stored in canonical form, as the server does.
 */
export async function putSavedSearch(
	db: UserDb,
	input: { id?: string; name: string; query: string; lastSeenAt?: string },
	now = new Date()
): Promise<SavedSearch> {
	const id = input.id ?? crypto.randomUUID();
	const existing = await searches.get(db, id);
	const body = validated(savedSearchInputSchema, {
		...input,
		id,
		lastSeenAt: input.lastSeenAt ?? existing?.lastSeenAt ?? now.toISOString()
	});
	const lastSeenAt = body.lastSeenAt ?? now.toISOString();
	return searches.put(
		db,
		{
			id,
			name: body.name,
			query: body.query,
			createdAt: existing?.createdAt ?? now.toISOString(),
			lastSeenAt,
			// Renamed only: the count stands. Seen anew: nothing is new any more.
			newCount: existing && existing.lastSeenAt === lastSeenAt ? existing.newCount : 0
		},
		body
	);
}

/** The citizen opened the search: its "nye job" are seen from now on. */
export function markSavedSearchSeen(db: UserDb, search: SavedSearch, now = new Date()) {
	return putSavedSearch(
		db,
		{ id: search.id, name: search.name, query: search.query, lastSeenAt: now.toISOString() },
		now
	);
}

export function deleteSavedSearch(db: UserDb, id: string): Promise<void> {
	return searches.remove(db, id);
}

/** Newest first, as the server lists them. */
export async function listSavedSearches(db: UserDb): Promise<SavedSearch[]> {
	const all = await searches.list(db);
	return all.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}

/**
 * Fetches fresh "nye job" counts. The counts change as ads are posted, without any change of the
 * citizen's own, so the delta feed does not carry them; the list asks when it is shown online.
 * Searches with changes still in the outbox keep their local version.
 */
export async function refreshSavedSearchCounts(db: UserDb, fetch?: FetchLike): Promise<boolean> {
	const answer = await call(savedSearches.operations.list, fetch ? { fetch } : {});
	if (!answer.ok) return false;
	const pending = await pendingEntityKeys(db);
	const tx = db.transaction('savedSearches', 'readwrite');
	for (const search of answer.data.items) {
		if (pending.has(entityKeyOf(savedSearches.name, search.id))) continue;
		await tx.store.put(search);
	}
	await tx.done;
	return true;
}
