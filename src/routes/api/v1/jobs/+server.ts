import { fromSearchParams } from '$lib/domain/job-search';
import { apiRoute, json, validationProblem } from '$lib/server/http';
import { getRuntime } from '$lib/server/runtime';
import { searchJobs } from '$lib/server/search';

/** Job search: public, and the same for everyone, so shared caches may keep it for a minute. */
export const GET = apiRoute(async ({ url }) => {
	const parsed = fromSearchParams(url.searchParams);
	if (!parsed.success) throw validationProblem(parsed.errors);
	const { db } = await getRuntime();
	const result = await searchJobs(db, parsed.data);
	return json(result, { headers: { 'cache-control': 'public, max-age=60' } });
});
