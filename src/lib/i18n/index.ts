import i18next, { type TOptions } from 'i18next';
import da from './locales/da.json';
import en from './locales/en.json';

export const languages = ['da', 'en'] as const;
export type Language = (typeof languages)[number];
/** Danish is the source language: every key exists in da.json first. */
export const SOURCE_LANGUAGE: Language = 'da';
export const LANGUAGE_COOKIE = 'lang';

export function isLanguage(value: unknown): value is Language {
	return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

export type TranslationKey = string;
export type Translate = (key: TranslationKey, options?: TOptions) => string;

/** One i18next instance per translator: on the server each request renders with its own language. */
export function createTranslator(lang: Language) {
	const instance = i18next.createInstance();
	void instance.init({
		lng: lang,
		fallbackLng: SOURCE_LANGUAGE,
		resources: { da: { translation: da }, en: { translation: en } },
		initAsync: false,
		interpolation: { escapeValue: false },
		returnNull: false
	});
	return instance;
}

export const resources = { da, en };
