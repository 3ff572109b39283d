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

/** U+2212: a minus sign, not a hyphen, before a negative amount (screen readers say "minus"). */
export const MINUS = '\u2212';

const krFormats = new Map<string, Intl.NumberFormat>();

function krFormat(lang: Language, withOere: boolean): Intl.NumberFormat {
	const key = `${lang}:${withOere}`;
	let format = krFormats.get(key);
	if (!format) {
		// en-DK writes kroner as Danish payslips do ("3.412 kr."), so a page never mixes "DKK 100"
		// with "4.037 kr.": one money format, whatever the language.
		format = new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-DK', {
			style: 'currency',
			currency: 'DKK',
			minimumFractionDigits: withOere ? 2 : 0,
			maximumFractionDigits: withOere ? 2 : 0
		});
		krFormats.set(key, format);
	}
	return format;
}

/**
 * The app's one money format: "3.412 kr."; amounts with øre keep two decimals ("46,58 kr."); a
 * minus sign (−), not a hyphen. `I18n.kr` and the calculator both format through it.
 */
export function formatKr(lang: Language, amount: number): string {
	return krFormat(lang, !Number.isInteger(amount)).format(amount).replace('-', MINUS);
}
