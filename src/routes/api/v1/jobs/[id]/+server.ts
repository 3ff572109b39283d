import { apiRoute, HttpProblem, json } from '$lib/server/http';
import { findJobAd } from '$lib/server/jobs';
import { getRuntime } from '$lib/server/runtime';

export const GET = apiRoute(async ({ params }) => {
	const { db } = await getRuntime();
	const job = await findJobAd(db, params.id ?? '');
	if (!job)
		throw new HttpProblem(404, { detail: 'Jobannoncen findes ikke. Den kan være taget ned.' });
	return json(job, { headers: { 'cache-control': 'public, max-age=300' } });
});
