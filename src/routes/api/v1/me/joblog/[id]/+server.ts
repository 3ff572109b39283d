import { joblog } from '$lib/domain/entities';
import { citizenMutation } from '$lib/server/api-route';
import { json } from '$lib/server/http';
import { deleteJoblogEntry, updateJoblogEntry } from '$lib/server/joblog';

export const PATCH = citizenMutation(joblog.operations.patch, async ({ db, user, params, body }) =>
	json(await updateJoblogEntry(db, user.id, params.id!, body))
);

export const DELETE = citizenMutation(joblog.operations.remove, async ({ db, user, params }) => {
	await deleteJoblogEntry(db, user.id, params.id!);
	return new Response(null, { status: 204 });
});
