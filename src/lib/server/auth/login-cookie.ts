import type { Cookies } from '@sveltejs/kit';
import { z } from 'zod';
import { SIGNED_IN_HINT_COOKIE } from '../../domain/signed-in-hint';
import type { LoginTransaction } from './relying-party';
import { SESSION_COOKIE } from './sessions';

const LOGIN_COOKIE = 'vj_login';
const transactionSchema = z.object({
	codeVerifier: z.string(),
	state: z.string(),
	nonce: z.string(),
	returnTo: z.string()
});

export function cookieOptions(url: URL, path = '/') {
	return { path, httpOnly: true, sameSite: 'lax' as const, secure: url.protocol === 'https:' };
}

/** The session cookie, and beside it the readable hint that a session exists (signed-in-hint.ts). */
export function setSessionCookies(cookies: Cookies, url: URL, token: string, expires: Date) {
	cookies.set(SESSION_COOKIE, token, { ...cookieOptions(url), expires });
	setSignedInHint(cookies, url, expires);
}

export function setSignedInHint(cookies: Cookies, url: URL, expires: Date) {
	cookies.set(SIGNED_IN_HINT_COOKIE, '1', { ...cookieOptions(url), httpOnly: false, expires });
}

export function clearSessionCookies(cookies: Cookies, url: URL) {
	cookies.delete(SESSION_COOKIE, cookieOptions(url));
	cookies.delete(SIGNED_IN_HINT_COOKIE, { ...cookieOptions(url), httpOnly: false });
}

/** The PKCE verifier, state and nonce wait in a short-lived httpOnly cookie during the round trip. */
export function saveLoginTransaction(cookies: Cookies, url: URL, transaction: LoginTransaction) {
	cookies.set(LOGIN_COOKIE, Buffer.from(JSON.stringify(transaction)).toString('base64url'), {
		...cookieOptions(url, '/auth'),
		maxAge: 10 * 60
	});
}

export function takeLoginTransaction(cookies: Cookies, url: URL): LoginTransaction | null {
	const raw = cookies.get(LOGIN_COOKIE);
	cookies.delete(LOGIN_COOKIE, cookieOptions(url, '/auth'));
	if (!raw) return null;
	try {
		return transactionSchema.parse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
	} catch {
		return null;
	}
}

/** Only paths on this site: never an open redirect. */
export function safeReturnPath(value: string | null, fallback: string): string {
	if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
		return fallback;
	}
	return value;
}
