import { requireUser } from '$lib/server/auth/guard';
import { changesSince, parseChangesCursor } from '$lib/server/changes';
import { apiRoute, json } from '$lib/server/http';
import { parseLimit } from '$lib/server/paging';
import { getRuntime } from '$lib/server/runtime';

export const GET = apiRoute(async (event) => {
	const user = requireUser(event);
	const since = parseChangesCursor(event.url.searchParams.get('since'));
	const limit = parseLimit(event.url, 100);
	const { db } = await getRuntime();
	return json(await changesSince(db, user.id, since, limit));
});
