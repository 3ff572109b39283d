import { requireUser } from '$lib/server/auth/guard';
import { apiRoute, json } from '$lib/server/http';
import { getRuntime } from '$lib/server/runtime';
import { profileOf } from '$lib/server/users';

export const GET = apiRoute(async (event) => {
	const user = requireUser(event);
	const { db } = await getRuntime();
	return json(await profileOf(db, user));
});
