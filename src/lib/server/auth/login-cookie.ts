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

/** Any origin will do: only whether the parsed URL stays on it matters. */
const probeOrigin = 'https://return-to.invalid';

/**
 * Only a path on this site: never an open redirect, and always a value a Location header can carry.
 * The value is parsed the way a browser will parse the redirect (WHATWG URL against our origin), so
 * `/\t/evil.example` (the browser drops the tab) or `/\\evil.example` cannot leave the site. Control
 * characters and backslashes are refused outright; what comes back is the parsed, percent-encoded
 * path, so non-ASCII characters never reach a header raw.
 */
export function safeReturnPath(value: string | null, fallback: string): string {
	if (!value || !value.startsWith('/') || value.includes('\\')) return fallback;
	for (let i = 0; i < value.length; i++) {
		const unit = value.charCodeAt(i);
		if (unit < 0x20 || unit === 0x7f) return fallback;
	}
	let parsed: URL;
	try {
		parsed = new URL(value, probeOrigin);
	} catch {
		return fallback;
	}
	if (parsed.origin !== probeOrigin || parsed.pathname.startsWith('//')) return fallback;
	const path = `${parsed.pathname}${parsed.search}${parsed.hash}`;
	// Percent-encoding leaves only ASCII, but a lone surrogate cannot be encoded: refuse anything else.
	return /^[\x21-\x7e]*$/.test(path) ? path : fallback;
}
