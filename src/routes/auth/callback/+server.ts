import { error, redirect } from '@sveltejs/kit';
import {
	safeReturnPath,
	setSessionCookies,
	takeLoginTransaction
} from '$lib/server/auth/login-cookie';
import { completeLogin, userForClaims } from '$lib/server/auth/relying-party';
import { createSession } from '$lib/server/auth/sessions';
import { carryLanguageAtLogin } from '$lib/server/auth/login-language';
import { getRuntime } from '$lib/server/runtime';
import type { RequestHandler } from './$types';
import { errorSummary } from '$lib/server/log';

export const GET: RequestHandler = async ({ url, cookies }) => {
	const { db, config } = await getRuntime();
	if (!config.oidc) error(503, { message: 'Log ind er ikke sat op på denne server.' });
	const transaction = takeLoginTransaction(cookies, url);
	if (!transaction) redirect(303, '/login');
	if (url.searchParams.has('error')) redirect(303, '/?login=afbrudt');

	// Checked again here, before any session row is made: the redirect must be a safe, sendable path.
	const returnTo = safeReturnPath(transaction.returnTo, '/min-side');
	let target: string;
	try {
		const { claims, idToken } = await completeLogin(config.oidc, url, transaction);
		const user = await userForClaims(db, claims);
		const session = await createSession(db, user.id, idToken, config.sessionDays);
		setSessionCookies(cookies, url, session.token, session.expiresAt);
		carryLanguageAtLogin(user, cookies, url);
		target = user.role === 'caseworker' && returnTo === '/min-side' ? '/medarbejder' : returnTo;
	} catch (cause) {
		console.error(`Login could not complete: ${errorSummary(cause)}`);
		error(400, { message: 'Log ind blev ikke gennemført. Prøv igen.' });
	}
	redirect(303, target);
};
