import { jobAd } from '$lib/domain/api/operations';
import { publicQuery } from '$lib/server/api-route';
import { HttpProblem, json } from '$lib/server/http';
import { findJobAd } from '$lib/server/jobs';

export const GET = publicQuery(jobAd, async ({ db, params }) => {
	const job = await findJobAd(db, params.id!);
	if (!job) throw new HttpProblem(404, { detail: jobAd.notFound });
	return json(job, { headers: { 'cache-control': 'public, max-age=300' } });
});
