import { joblog } from '$lib/domain/entities';
import { citizenMutation, citizenQuery } from '$lib/server/api-route';
import { json } from '$lib/server/http';
import { createJoblogEntry, listJoblog } from '$lib/server/joblog';
import { decodeCursor, parseLimit } from '$lib/server/paging';

export const GET = citizenQuery(joblog.operations.list, async ({ db, user, event }) => {
	const limit = parseLimit(event.url);
	const after = decodeCursor(event.url.searchParams.get('cursor'));
	return json(await listJoblog(db, user.id, limit, after));
});

export const POST = citizenMutation(joblog.operations.create, async ({ db, user, body }) => {
	const { entry, created } = await createJoblogEntry(db, user.id, body);
	return json(entry, {
		status: created ? 201 : 200,
		headers: { location: `${joblog.path}/${entry.id}` }
	});
});
