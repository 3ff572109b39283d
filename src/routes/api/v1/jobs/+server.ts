import { searchJobs as searchJobsOperation } from '$lib/domain/api/operations';
import { fromSearchParams, isListView } from '$lib/domain/job-search';
import { toJobSearchList } from '$lib/domain/jobs';
import { publicQuery } from '$lib/server/api-route';
import { json, validationProblem } from '$lib/server/http';
import { searchJobs } from '$lib/server/search';

/** Job search: public, and the same for everyone, so shared caches may keep it for a minute. */
export const GET = publicQuery(searchJobsOperation, async ({ db, event }) => {
	const parsed = fromSearchParams(event.url.searchParams);
	if (!parsed.success) throw validationProblem(parsed.errors);
	const result = await searchJobs(db, parsed.data);
	return json(isListView(event.url.searchParams) ? toJobSearchList(result) : result, {
		headers: { 'cache-control': 'public, max-age=60' }
	});
});
