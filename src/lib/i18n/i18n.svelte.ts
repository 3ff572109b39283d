import { getContext, setContext } from 'svelte';
import type { TOptions } from 'i18next';
import { APP_TIME_ZONE } from '../domain/local-time';
import { createTranslator, formatKr, LANGUAGE_COOKIE, type Language } from './index';

const key = Symbol('i18n');

/** The page's language as reactive state; `t` re-renders every text when the language changes. */
export class I18n {
	lang = $state<Language>('da');
	readonly #instance;

	constructor(lang: Language) {
		this.lang = lang;
		this.#instance = createTranslator(lang);
	}

	t = (key: string, options?: TOptions): string =>
		this.#instance.t(key, { ...options, lng: this.lang });

	/** Formats kroner the one way the app does in every language ("3.412 kr."): see `formatKr`. */
	kr = (amount: number): string => formatKr(this.lang, amount);

	/** Formats a count ("1.234"): Danish digit grouping in both languages, like `kr`. */
	count = (n: number): string =>
		new Intl.NumberFormat(this.lang === 'da' ? 'da-DK' : 'en-DK').format(n);

	/**
	 * Formats a local date (`YYYY-MM-DD`, or `YYYY-MM` for a month) in the page's language. It is read
	 * as noon UTC and shown in UTC, so no time zone can move it to another day.
	 */
	localDate = (localDate: string, options: Intl.DateTimeFormatOptions): string => {
		const day = localDate.length === 7 ? `${localDate}-15` : localDate;
		return new Intl.DateTimeFormat(this.lang === 'da' ? 'da-DK' : 'en-GB', {
			...options,
			timeZone: 'UTC'
		}).format(Date.parse(`${day}T12:00:00Z`));
	};

	/** Formats an instant (ISO) as wall-clock time in Denmark, the time zone of every booking. */
	dateTime = (instant: string, options: Intl.DateTimeFormatOptions): string =>
		new Intl.DateTimeFormat(this.lang === 'da' ? 'da-DK' : 'en-GB', {
			...options,
			timeZone: APP_TIME_ZONE
		}).format(Date.parse(instant));

	/**
	 * The `lang` attribute for content written in another language than the page's (job ads are
	 * Danish): undefined when they are the same, so a screen reader switches voice only when needed.
	 */
	langOf = (contentLang: Language = 'da'): Language | undefined =>
		contentLang === this.lang ? undefined : contentLang;

	setLanguage(lang: Language) {
		this.lang = lang;
		document.documentElement.lang = lang;
		document.cookie = `${LANGUAGE_COOKIE}=${lang}; path=/; max-age=31536000; samesite=lax`;
	}
}

export function setI18n(i18n: I18n) {
	return setContext(key, i18n);
}

export function getI18n(): I18n {
	return getContext<I18n>(key);
}
