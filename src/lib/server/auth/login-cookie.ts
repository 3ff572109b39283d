import type { Cookies } from '@sveltejs/kit';
import { z } from 'zod';
import type { LoginTransaction } from './relying-party';

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
