import { browser } from '$app/environment';
import { error } from '@sveltejs/kit';
import { parseJobAd, type JobAd } from '$lib/domain/jobs';
import type { PageLoad } from './$types';

export interface JobAdPageData {
	job: JobAd;
	/** Read from the phone because the network failed: the ad may have changed since. */
	fromPhone: boolean;
}

/**
 * Universal, so that a client-side visit asks the API directly and, with no network, opens the ad
 * from the phone (opened before, saved, or on a result page) instead of failing.
 */
export const load: PageLoad = async ({ params, fetch }): Promise<JobAdPageData> => {
	const response = await fetch(`/api/v1/jobs/${encodeURIComponent(params.id)}`).catch(() => null);
	if (response?.ok) return { job: parseJobAd(await response.json()), fromPhone: false };
	if (response?.status === 404) {
		error(404, { message: 'Jobannoncen findes ikke. Den kan være taget ned.' });
	}
	if (browser) {
		const { findJobOnPhone } = await import('$lib/client/job-cache');
		const job = await findJobOnPhone(params.id);
		if (job) return { job, fromPhone: true };
	}
	error(503, { message: 'Annoncen kan ikke hentes lige nu. Prøv igen, når du har net.' });
};
