import { error, json, redirect } from '@sveltejs/kit';
import { clearSessionCookies } from '$lib/server/auth/login-cookie';
import { endSessionUrl } from '$lib/server/auth/relying-party';
import { endSession, SESSION_COOKIE } from '$lib/server/auth/sessions';
import { getRuntime } from '$lib/server/runtime';
import type { RequestHandler } from './$types';
import { errorSummary } from '$lib/server/log';

/** Ends the session here and at the provider (RP-initiated logout), then lands on /logget-ud. */
export const POST: RequestHandler = async ({ url, cookies, request }) => {
	const origin = request.headers.get('origin');
	if (origin !== null && origin !== url.origin) error(403, { message: 'Forkert oprindelse' });
	const { db, config } = await getRuntime();
	const token = cookies.get(SESSION_COOKIE);
	const idToken = token ? await endSession(db, token) : null;
	clearSessionCookies(cookies, url);
	const loggedOut = `${url.origin}/logget-ud`;
	let target = loggedOut;
	if (config.oidc && token) {
		try {
			target = (await endSessionUrl(config.oidc, idToken, loggedOut))?.href ?? loggedOut;
		} catch (cause) {
			console.error(`Provider logout unavailable: ${errorSummary(cause)}`);
		}
	}
	// fetch() from the app gets the address as JSON: a redirect to another origin would be blocked by CSP.
	if (request.headers.get('accept')?.includes('application/json'))
		return json({ redirectTo: target });
	redirect(303, target);
};
