/**
 * A cookie that only says "a login session was set here", readable by scripts (the session cookie
 * is httpOnly). Job search is public and most visitors never log in; without the hint every page
 * would ask the server who they are and get a 401 back. It grants nothing: the server decides by
 * the session cookie alone, and a stale hint costs one question to the server, as before.
 */
import { readCookie } from './cookie';

export const SIGNED_IN_HINT_COOKIE = 'vj_signed_in';

/** Whether `document.cookie` (or a Cookie header) carries the hint. */
export function hasSignedInHint(cookies: string): boolean {
	return readCookie(cookies, SIGNED_IN_HINT_COOKIE) === '1';
}
