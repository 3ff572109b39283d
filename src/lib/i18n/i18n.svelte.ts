import { getContext, setContext } from 'svelte';
import type { TOptions } from 'i18next';
import { createTranslator, LANGUAGE_COOKIE, type Language } from './index';

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

	/** Formats whole kroner; `en-DK` keeps Danish separators ("3.412 kr."), as Danish payslips show them. */
	kr = (amount: number): string =>
		new Intl.NumberFormat(this.lang === 'da' ? 'da-DK' : 'en-DK', {
			style: 'currency',
			currency: 'DKK',
			maximumFractionDigits: 0
		}).format(amount);

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
