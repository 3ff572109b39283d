import { savedJobs } from '$lib/domain/entities';
import { citizenMutation, citizenQuery } from '$lib/server/api-route';
import { json } from '$lib/server/http';
import { getSavedJob, saveJob, unsaveJob } from '$lib/server/saved-jobs';

export const GET = citizenQuery(savedJobs.operations.get, async ({ db, user, params }) =>
	json(await getSavedJob(db, user.id, params.jobId!))
);

export const PUT = citizenMutation(savedJobs.operations.create, async ({ db, user, params }) => {
	const { saved, created } = await saveJob(db, user.id, params.jobId!);
	return json(saved, { status: created ? 201 : 200 });
});

export const DELETE = citizenMutation(savedJobs.operations.remove, async ({ db, user, params }) => {
	await unsaveJob(db, user.id, params.jobId!);
	return new Response(null, { status: 204 });
});
