/**
 * The app's languages and their directions, without i18next: the database schema, the API's
 * operations and the server's hooks need these names and nothing else.
 */
export const languages = ['da', 'en', 'uk', 'ar'] as const;
export type Language = (typeof languages)[number];
/** Danish is the source language: every key exists in da.json first. */
export const SOURCE_LANGUAGE: Language = 'da';
export const LANGUAGE_COOKIE = 'lang';

/** Arabic is written right to left; `<html dir>` and `I18n.setLanguage` follow this. */
export const directions: Record<Language, 'ltr' | 'rtl'> = {
	da: 'ltr',
	en: 'ltr',
	uk: 'ltr',
	ar: 'rtl'
};

/** Each language's name in itself: what the picker shows, whatever the page's language. */
export const languageNames: Record<Language, string> = {
	da: 'Dansk',
	en: 'English',
	uk: 'Українська',
	ar: 'العربية'
};

export function isLanguage(value: unknown): value is Language {
	return typeof value === 'string' && (languages as readonly string[]).includes(value);
}
