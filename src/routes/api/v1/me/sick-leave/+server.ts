import { sickLeave } from '$lib/domain/entities';
import { citizenMutation, citizenQuery } from '$lib/server/api-route';
import { etagOf } from '$lib/server/etag';
import { json } from '$lib/server/http';
import { checkIfMatch, getSickLeave, saveSickLeave, toResource } from '$lib/server/sick-leave';

export const GET = citizenQuery(sickLeave.operations.get, async ({ db, user }) => {
	const stored = await getSickLeave(db, user.id);
	return json(toResource(stored), {
		headers: { etag: etagOf(stored.version), 'cache-control': 'private, no-cache' }
	});
});

export const PUT = citizenMutation(
	sickLeave.operations.put,
	async ({ db, user, body, request }) => {
		const current = await getSickLeave(db, user.id);
		checkIfMatch(request, current);
		const saved = await saveSickLeave(db, user.id, body, current.version);
		return json(toResource(saved), { headers: { etag: etagOf(saved.version) } });
	}
);
