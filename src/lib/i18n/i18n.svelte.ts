import { getContext, setContext } from 'svelte';
import type { TOptions } from 'i18next';
import { APP_TIME_ZONE } from '../domain/local-time';
import {
	createTranslator,
	directions,
	formatKr,
	LANGUAGE_COOKIE,
	type Language,
	type Texts
} from './index';
import { dateFormat, numberFormat } from './formats';
import { loadLanguage } from './load';

const key = Symbol('i18n');

/** The page's language as reactive state; `t` re-renders every text when the language changes. */
export class I18n {
	lang = $state<Language>('da');
	readonly #instance;
	/** The language asked for last: a slower chunk for an earlier choice must not win. */
	#wanted: Language;

	/** `texts` are `lang`'s, loaded before the first render so hydration matches the server's. */
	constructor(lang: Language, texts: Texts) {
		this.lang = lang;
		this.#wanted = lang;
		this.#instance = createTranslator(lang, texts);
	}

	get dir(): 'ltr' | 'rtl' {
		return directions[this.lang];
	}

	t = (key: string, options?: TOptions): string =>
		this.#instance.t(key, { ...options, lng: this.lang });

	/** Formats kroner the one way the app does in every language ("3.412 kr."): see `formatKr`. */
	kr = (amount: number): string => formatKr(this.lang, amount);

	/** Formats a count in the page language's own way ("1.234", "1 234"; Western digits in Arabic). */
	count = (n: number): string => numberFormat(this.lang).format(n);

	/**
	 * Formats a local date (`YYYY-MM-DD`, or `YYYY-MM` for a month) in the page's language. It is read
	 * as noon UTC and shown in UTC, so no time zone can move it to another day.
	 */
	localDate = (localDate: string, options: Intl.DateTimeFormatOptions): string => {
		const day = localDate.length === 7 ? `${localDate}-15` : localDate;
		return dateFormat(this.lang, { ...options, timeZone: 'UTC' }).format(
			Date.parse(`${day}T12:00:00Z`)
		);
	};

	/** Formats an instant (ISO) as wall-clock time in Denmark, the time zone of every booking. */
	dateTime = (instant: string, options: Intl.DateTimeFormatOptions): string =>
		dateFormat(this.lang, { ...options, timeZone: APP_TIME_ZONE }).format(Date.parse(instant));

	/**
	 * The `lang` attribute for content written in another language than the page's (job ads are
	 * Danish): undefined when they are the same, so a screen reader switches voice only when needed.
	 */
	langOf = (contentLang: Language = 'da'): Language | undefined =>
		contentLang === this.lang ? undefined : contentLang;

	/** The `dir` attribute for such content: Danish ads stay left to right on an Arabic page. */
	dirOf = (contentLang: Language = 'da'): 'ltr' | 'rtl' | undefined =>
		directions[contentLang] === this.dir ? undefined : directions[contentLang];

	/** Fetches the language's texts if this page has not got them yet, then switches every text. */
	async setLanguage(lang: Language): Promise<void> {
		this.#wanted = lang;
		if (!this.#instance.hasResourceBundle(lang, 'translation')) {
			const texts = await loadLanguage(lang);
			this.#instance.addResourceBundle(lang, 'translation', texts);
		}
		if (this.#wanted !== lang) return;
		this.lang = lang;
		document.documentElement.lang = lang;
		document.documentElement.dir = directions[lang];
		document.cookie = `${LANGUAGE_COOKIE}=${lang}; path=/; max-age=31536000; samesite=lax`;
	}
}

export function setI18n(i18n: I18n) {
	return setContext(key, i18n);
}

export function getI18n(): I18n {
	return getContext<I18n>(key);
}
