import { error, redirect } from '@sveltejs/kit';
import { saveLoginTransaction, safeReturnPath } from '$lib/server/auth/login-cookie';
import { beginLogin } from '$lib/server/auth/relying-party';
import { getRuntime } from '$lib/server/runtime';
import type { RequestHandler } from './$types';
import { errorSummary } from '$lib/server/log';

export const GET: RequestHandler = async ({ url, cookies }) => {
	const { config } = await getRuntime();
	if (!config.oidc) error(503, { message: 'Log ind er ikke sat op på denne server.' });
	const returnTo = safeReturnPath(url.searchParams.get('returnTo'), '/min-side');
	let authorizationUrl: URL;
	try {
		const started = await beginLogin(config.oidc, `${url.origin}/auth/callback`, returnTo);
		saveLoginTransaction(cookies, url, started.transaction);
		authorizationUrl = started.url;
	} catch (cause) {
		console.error(`Login could not start: ${errorSummary(cause)}`);
		error(503, { message: 'Log ind er ikke tilgængeligt lige nu. Prøv igen om lidt.' });
	}
	redirect(303, authorizationUrl.href);
};
