import { requireUser } from '$lib/server/auth/guard';
import { apiRoute } from '$lib/server/http';
import { idempotentMutation } from '$lib/server/idempotency';
import { getRuntime } from '$lib/server/runtime';
import { deleteSavedSearch, parseSavedSearchId } from '$lib/server/saved-searches';

export const DELETE = apiRoute(async (event) => {
	const user = requireUser(event, 'citizen');
	const id = parseSavedSearchId(event.params.id);
	const { db } = await getRuntime();
	return idempotentMutation(db, event.request, user.id, async () => {
		await deleteSavedSearch(db, user.id, id);
		return new Response(null, { status: 204 });
	});
});
