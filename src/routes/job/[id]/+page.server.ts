import { error } from '@sveltejs/kit';
import { findJobAd } from '$lib/server/jobs';
import { getRuntime } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const { db } = await getRuntime();
	const job = await findJobAd(db, params.id);
	if (!job) error(404, { message: 'Jobannoncen findes ikke. Den kan være taget ned.' });
	return { job };
};
