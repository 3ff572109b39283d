import { savedSearchInputSchema } from '$lib/domain/saved-search-input';
import { requireUser } from '$lib/server/auth/guard';
import { apiRoute, json, readJson } from '$lib/server/http';
import { idempotentMutation } from '$lib/server/idempotency';
import { getRuntime } from '$lib/server/runtime';
import { listSavedSearches, saveSearch } from '$lib/server/saved-searches';

export const GET = apiRoute(async (event) => {
	const user = requireUser(event, 'citizen');
	const { db } = await getRuntime();
	return json({ items: await listSavedSearches(db, user.id) });
});

export const POST = apiRoute(async (event) => {
	const user = requireUser(event, 'citizen');
	const { db } = await getRuntime();
	return idempotentMutation(db, event.request, user.id, async (request) => {
		const input = await readJson(request, savedSearchInputSchema);
		const { search, created } = await saveSearch(db, user.id, input);
		return json(search, { status: created ? 201 : 200 });
	});
});
