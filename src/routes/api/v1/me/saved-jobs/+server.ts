import { requireUser } from '$lib/server/auth/guard';
import { apiRoute, json } from '$lib/server/http';
import { getRuntime } from '$lib/server/runtime';
import { listSavedJobs } from '$lib/server/saved-jobs';

export const GET = apiRoute(async (event) => {
	const user = requireUser(event, 'citizen');
	const { db } = await getRuntime();
	return json({ items: await listSavedJobs(db, user.id) });
});
