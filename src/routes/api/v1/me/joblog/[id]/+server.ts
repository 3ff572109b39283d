import { joblogEntryPatchSchema } from '$lib/domain/joblog';
import { requireUser } from '$lib/server/auth/guard';
import { apiRoute, json, readJson } from '$lib/server/http';
import { idempotentMutation } from '$lib/server/idempotency';
import { deleteJoblogEntry, parseEntryId, updateJoblogEntry } from '$lib/server/joblog';
import { getRuntime } from '$lib/server/runtime';

export const PATCH = apiRoute(async (event) => {
	const user = requireUser(event, 'citizen');
	const id = parseEntryId(event.params.id ?? '');
	const { db } = await getRuntime();
	return idempotentMutation(db, event.request, user.id, async (request) => {
		const patch = await readJson(request, joblogEntryPatchSchema);
		return json(await updateJoblogEntry(db, user.id, id, patch));
	});
});

export const DELETE = apiRoute(async (event) => {
	const user = requireUser(event, 'citizen');
	const id = parseEntryId(event.params.id ?? '');
	const { db } = await getRuntime();
	return idempotentMutation(db, event.request, user.id, async () => {
		await deleteJoblogEntry(db, user.id, id);
		return new Response(null, { status: 204 });
	});
});
