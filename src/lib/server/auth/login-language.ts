import type { Cookies } from '@sveltejs/kit';
import { LANGUAGE_COOKIE } from '../../i18n/languages';
import type { User } from '../db/schema';

/** A year, as the page sets it (I18n.setLanguage). */
const LANGUAGE_COOKIE_SECONDS = 365 * 24 * 60 * 60;

/**
 * At login the language she chose while signed in (PUT /api/v1/me/language) becomes this device's,
 * so a new phone opens in Ukrainian when she chose Ukrainian on the old one. Not the other way
 * round: a language left in a shared computer's cookie by someone else must not become hers.
 */
export function carryLanguageAtLogin(user: User, cookies: Cookies, url: URL) {
	if (!user.language || cookies.get(LANGUAGE_COOKIE) === user.language) return;
	cookies.set(LANGUAGE_COOKIE, user.language, {
		path: '/',
		httpOnly: false,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		maxAge: LANGUAGE_COOKIE_SECONDS
	});
}
