import { changes } from '$lib/domain/api/operations';
import { signedInQuery } from '$lib/server/api-route';
import { changesSince, parseChangesCursor } from '$lib/server/changes';
import { json } from '$lib/server/http';
import { parseLimit } from '$lib/server/paging';

export const GET = signedInQuery(changes, async ({ db, user, event }) => {
	const since = parseChangesCursor(event.url.searchParams.get('since'));
	const limit = parseLimit(event.url, 100);
	return json(await changesSince(db, user.id, since, limit));
});
