import { sickLeaveStatusSchema } from '$lib/domain/sick-leave';
import { requireUser } from '$lib/server/auth/guard';
import { etagOf } from '$lib/server/etag';
import { apiRoute, json, readJson } from '$lib/server/http';
import { idempotentMutation } from '$lib/server/idempotency';
import { getRuntime } from '$lib/server/runtime';
import { checkIfMatch, getSickLeave, saveSickLeave, toResource } from '$lib/server/sick-leave';

export const GET = apiRoute(async (event) => {
	const user = requireUser(event, 'citizen');
	const { db } = await getRuntime();
	const stored = await getSickLeave(db, user.id);
	return json(toResource(stored), {
		headers: { etag: etagOf(stored.version), 'cache-control': 'private, no-cache' }
	});
});

export const PUT = apiRoute(async (event) => {
	const user = requireUser(event, 'citizen');
	const { db } = await getRuntime();
	return idempotentMutation(db, event.request, user.id, async (request) => {
		const current = await getSickLeave(db, user.id);
		checkIfMatch(request, current);
		const document = await readJson(request, sickLeaveStatusSchema);
		const saved = await saveSickLeave(db, user.id, document, current.version);
		return json(toResource(saved), { headers: { etag: etagOf(saved.version) } });
	});
});
