import { savedSearches } from '$lib/domain/entities';
import { savedSearchInputSchema } from '$lib/domain/saved-search-input';
import { citizenMutation, citizenQuery } from '$lib/server/api-route';
import { json, parseOrThrow } from '$lib/server/http';
import { listSavedSearches, saveSearch } from '$lib/server/saved-searches';

export const GET = citizenQuery(savedSearches.operations.list, async ({ db, user }) =>
	json({ items: await listSavedSearches(db, user.id) })
);

export const POST = citizenMutation(savedSearches.operations.create, async ({ db, user, body }) => {
	// The body has the wire shape; the query is checked against the search model and made canonical.
	const input = parseOrThrow(savedSearchInputSchema, body);
	const { search, created } = await saveSearch(db, user.id, input);
	return json(search, { status: created ? 201 : 200 });
});
