import { savedJobs } from '$lib/domain/entities';
import { citizenQuery } from '$lib/server/api-route';
import { json } from '$lib/server/http';
import { listSavedJobs } from '$lib/server/saved-jobs';

export const GET = citizenQuery(savedJobs.operations.list, async ({ db, user }) =>
	json({ items: await listSavedJobs(db, user.id) })
);
