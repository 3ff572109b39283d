import { saveJobInputSchema } from '$lib/domain/jobs';
import { requireUser } from '$lib/server/auth/guard';
import { apiRoute, json, readJson } from '$lib/server/http';
import { idempotentMutation } from '$lib/server/idempotency';
import { getRuntime } from '$lib/server/runtime';
import { getSavedJob, parseJobId, saveJob, unsaveJob } from '$lib/server/saved-jobs';

export const GET = apiRoute(async (event) => {
	const user = requireUser(event, 'citizen');
	const jobId = parseJobId(event.params.jobId);
	const { db } = await getRuntime();
	return json(await getSavedJob(db, user.id, jobId));
});

export const PUT = apiRoute(async (event) => {
	const user = requireUser(event, 'citizen');
	const jobId = parseJobId(event.params.jobId);
	const { db } = await getRuntime();
	return idempotentMutation(db, event.request, user.id, async (request) => {
		if (request.headers.get('content-length') !== '0' && request.body) {
			await readJson(request, saveJobInputSchema);
		}
		const { saved, created } = await saveJob(db, user.id, jobId);
		return json(saved, { status: created ? 201 : 200 });
	});
});

export const DELETE = apiRoute(async (event) => {
	const user = requireUser(event, 'citizen');
	const jobId = parseJobId(event.params.jobId);
	const { db } = await getRuntime();
	return idempotentMutation(db, event.request, user.id, async () => {
		await unsaveJob(db, user.id, jobId);
		return new Response(null, { status: 204 });
	});
});
