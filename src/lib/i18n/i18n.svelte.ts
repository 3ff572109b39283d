import { getContext, setContext, untrack } from 'svelte';
import type { TOptions } from 'i18next';
import { APP_TIME_ZONE } from '../domain/local-time';
import { directions, formatKr, LANGUAGE_COOKIE, type Language } from './index';
import { dateFormat, numberFormat } from './formats';
import type { TextGroup } from './groups';
import { loadPageTexts, type PageTexts } from './load';
import { TextStore } from './texts';

const key = Symbol('i18n');

/** The language chosen in this browser since the page loaded (null: still the server's). */
let chosenLanguage: Language | null = null;

/** The language the next page's texts are loaded in: the one chosen here, else the server's. */
export function languageInUse(serverLanguage: Language): Language {
	return chosenLanguage ?? serverLanguage;
}

/** The page's language as reactive state; `t` re-renders every text when the language changes. */
export class I18n {
	lang = $state<Language>('da');
	/** The language asked for last: a slower chunk for an earlier choice must not win. */
	#wanted: Language;
	readonly #texts: TextStore;
	/** The current page's texts (the root layout's data), read whenever a text is asked for. */
	readonly #pageTexts: () => PageTexts;
	#synced: PageTexts | null = null;
	#offline: { groups: TextGroup[]; keep: (lang: Language, groups: TextGroup[]) => void } | null =
		null;

	/**
	 * `pageTexts` gives the texts the current page shows, loaded before it renders (the root
	 * layout's load, on the server for the HTML and in the browser before hydration and each
	 * navigation), so the server and the browser show the same texts.
	 */
	constructor(lang: Language, pageTexts: () => PageTexts) {
		this.lang = lang;
		this.#wanted = lang;
		this.#pageTexts = pageTexts;
		this.#texts = new TextStore(lang);
	}

	/**
	 * Takes in a new page's texts before its first text is shown. Untracked: a navigation must not
	 * re-render every text already on the screen.
	 */
	#sync() {
		const page = untrack(this.#pageTexts);
		if (page === this.#synced) return;
		this.#synced = page;
		this.#texts.add(page);
	}

	/**
	 * Loads these groups in the page's language, for a part of the page that loads later than the
	 * page (the signed-in layer's status bar).
	 */
	async need(groups: readonly TextGroup[]): Promise<void> {
		const lang = this.lang;
		const missing = this.#texts.missing(lang, groups);
		if (missing.length > 0) this.#texts.add(await loadPageTexts(lang, missing));
	}

	/**
	 * Has `keep` ask the service worker to keep these groups in her language (the pages she may
	 * open offline), and again in each language she changes to.
	 */
	keepOffline(groups: TextGroup[], keep: (lang: Language, groups: TextGroup[]) => void): void {
		this.#offline = { groups, keep };
		keep(this.lang, groups);
	}

	get dir(): 'ltr' | 'rtl' {
		return directions[this.lang];
	}

	t = (key: string, options?: TOptions): string => {
		this.#sync();
		return this.#texts.t(this.lang, key, options);
	};

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

	/** Fetches this page's texts in the language if they are not here yet, then switches every text. */
	async setLanguage(lang: Language): Promise<void> {
		this.#wanted = lang;
		this.#sync();
		// A page reached while they loaded may have needed more groups: load until none is missing.
		for (let missing = this.#texts.missing(lang); missing.length > 0;) {
			this.#texts.add(await loadPageTexts(lang, missing));
			if (this.#wanted !== lang) return;
			missing = this.#texts.missing(lang);
		}
		if (this.#wanted !== lang) return;
		chosenLanguage = lang;
		this.lang = lang;
		document.documentElement.lang = lang;
		document.documentElement.dir = directions[lang];
		document.cookie = `${LANGUAGE_COOKIE}=${lang}; path=/; max-age=31536000; samesite=lax`;
		if (this.#offline) this.keepOffline(this.#offline.groups, this.#offline.keep);
	}
}

export function setI18n(i18n: I18n) {
	return setContext(key, i18n);
}

export function getI18n(): I18n {
	return getContext<I18n>(key);
}
