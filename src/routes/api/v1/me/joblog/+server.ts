import { joblogEntryInputSchema } from '$lib/domain/joblog';
import { requireUser } from '$lib/server/auth/guard';
import { apiRoute, json, readJson } from '$lib/server/http';
import { idempotentMutation } from '$lib/server/idempotency';
import { createJoblogEntry, listJoblog } from '$lib/server/joblog';
import { decodeCursor, parseLimit } from '$lib/server/paging';
import { getRuntime } from '$lib/server/runtime';

export const GET = apiRoute(async (event) => {
	const user = requireUser(event, 'citizen');
	const { db } = await getRuntime();
	const limit = parseLimit(event.url);
	const after = decodeCursor(event.url.searchParams.get('cursor'));
	return json(await listJoblog(db, user.id, limit, after));
});

export const POST = apiRoute(async (event) => {
	const user = requireUser(event, 'citizen');
	const { db } = await getRuntime();
	return idempotentMutation(db, event.request, user.id, async (request) => {
		const input = await readJson(request, joblogEntryInputSchema);
		const { entry, created } = await createJoblogEntry(db, user.id, input);
		return json(entry, {
			status: created ? 201 : 200,
			headers: { location: `/api/v1/me/joblog/${entry.id}` }
		});
	});
});
