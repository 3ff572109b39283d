import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { clearSessionCookies, setSignedInHint } from '$lib/server/auth/login-cookie';
import { findSessionUser, SESSION_COOKIE } from '$lib/server/auth/sessions';
import { SIGNED_IN_HINT_COOKIE } from '$lib/domain/signed-in-hint';
import { discardBody, isApiPath, MAX_BODY_BYTES, problem } from '$lib/server/http';
import { logServerError } from '$lib/server/log';
import { hstsHeader, securityHeaders } from '$lib/server/security-headers';
import { getRuntime } from '$lib/server/runtime';
import { directions, isLanguage, LANGUAGE_COOKIE, SOURCE_LANGUAGE } from '$lib/i18n';

export const init: ServerInit = async () => {
	if (!building) await getRuntime();
};

const mutatingMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const handle: Handle = async ({ event, resolve }) => {
	const { request, url, cookies } = event;
	const api = isApiPath(url.pathname);
	const langCookie = cookies.get(LANGUAGE_COOKIE);
	event.locals.lang = isLanguage(langCookie) ? langCookie : SOURCE_LANGUAGE;
	event.locals.user = null;
	event.locals.sessionToken = null;

	const early = isCrossSiteForm(request, url)
		? crossSiteForbidden(api)
		: api
			? await rejectEarly(request, url)
			: null;
	const token = cookies.get(SESSION_COOKIE);
	let sessionCookiesChanged = false;
	if (!early && token && !building) {
		const { db } = await getRuntime();
		const found = await findSessionUser(db, token);
		if (found) {
			event.locals.user = found.user;
			event.locals.sessionToken = token;
			// Sessions made before the hint existed get it, so their pages keep asking who is here.
			if (!cookies.get(SIGNED_IN_HINT_COOKIE)) {
				setSignedInHint(cookies, url, found.expiresAt);
				sessionCookiesChanged = true;
			}
		} else {
			// Ended or expired: the hint must not outlive the session.
			clearSessionCookies(cookies, url);
			sessionCookiesChanged = true;
		}
	}

	const response =
		early ??
		(await resolve(event, {
			transformPageChunk: ({ html }) =>
				html.replace('%lang%', event.locals.lang).replace('%dir%', directions[event.locals.lang])
		}));
	const final = api ? await asProblemIfNeeded(response) : response;
	for (const [name, value] of Object.entries(securityHeaders)) final.headers.set(name, value);
	if (url.protocol === 'https:') {
		final.headers.set('strict-transport-security', hstsHeader);
	}
	if (api) final.headers.set('cache-control', final.headers.get('cache-control') ?? 'no-store');
	// An answer that sets this visitor's cookies is hers alone, whatever the route would allow.
	if (sessionCookiesChanged) final.headers.set('cache-control', 'private, no-store');
	return final;
};

/** What a plain HTML form can send to another site without asking (SvelteKit's list). */
const formContentTypes = new Set([
	'application/x-www-form-urlencoded',
	'multipart/form-data',
	'text/plain',
	'application/x-sveltekit-formdata'
]);

/**
 * SvelteKit's own CSRF check for form submissions, done here instead (svelte.config.js turns it
 * off): SvelteKit answers it before any hook runs, in plain text, where the API promises
 * problem+json. The rule is the same: a form-encodable write whose Origin is not ours, or missing.
 */
function isCrossSiteForm(request: Request, url: URL): boolean {
	if (!mutatingMethods.has(request.method)) return false;
	const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
	return formContentTypes.has(type) && request.headers.get('origin') !== url.origin;
}

function crossSiteForbidden(api: boolean): Response {
	const detail = 'Forespørgslen kom fra et andet website.';
	return api ? problem(403, { detail }) : new Response(detail, { status: 403 });
}

/**
 * Checks every API request before routing: oversized bodies, and cookie-authenticated JSON mutations
 * from another origin (SvelteKit's own origin check covers form posts only).
 */
async function rejectEarly(request: Request, url: URL): Promise<Response | null> {
	if (Number(request.headers.get('content-length') ?? '0') > MAX_BODY_BYTES) {
		if (request.body) await discardBody(request.body.getReader());
		return problem(413, { detail: 'Indholdet må højst fylde 1 MiB.' });
	}
	if (mutatingMethods.has(request.method) && request.headers.has('cookie')) {
		const origin = request.headers.get('origin');
		if (origin !== null && origin !== url.origin) {
			return problem(403, { detail: 'Forespørgslen kom fra et andet website.' });
		}
	}
	return null;
}

/** SvelteKit's own 404/405 answers and errors become problem+json, so the API speaks one error format. */
async function asProblemIfNeeded(response: Response): Promise<Response> {
	if (response.status < 400) return response;
	const type = response.headers.get('content-type') ?? '';
	if (type.includes('application/problem+json')) return response;
	const allow = response.headers.get('allow');
	const status = response.status >= 500 ? 500 : response.status;
	return problem(
		status,
		status === 404 ? { detail: 'Der findes ingen API-adresse her.' } : {},
		allow ? { allow } : {}
	);
}

export const handleError: HandleServerError = ({ error, event, status }) => {
	// The route pattern and the error class only: never the path's ids, the query or the message.
	if (status !== 404)
		logServerError({ method: event.request.method, route: event.route.id }, error);
	return { message: status === 404 ? 'Siden findes ikke' : 'Der skete en fejl hos os' };
};
