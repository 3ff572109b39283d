import type { TOptions } from 'i18next';
import type { TextGroup } from './groups';
import { createTranslator, type Language } from './index';
import type { PageTexts } from './load';

/** Past this many texts the cache starts again, so a long-open page does not keep every date shown. */
const CACHE_LIMIT = 2_000;

/**
 * The cache key of a text asked for, or null when its options are not plain values (a nested
 * object, a function) and the text is looked up each time.
 */
function cacheKey(lang: Language, key: string, options?: TOptions): string | null {
	if (options === undefined) return `${lang}\u0000${key}`;
	for (const value of Object.values(options)) {
		const type = typeof value;
		if (type !== 'string' && type !== 'number' && type !== 'boolean' && value !== undefined) {
			return null;
		}
	}
	return `${lang}\u0000${key}\u0000${JSON.stringify(options)}`;
}

/**
 * The texts a page has in the browser (or one request's on the server), group by group: the
 * i18next instance they go into, which groups of which language it holds, and which groups the
 * pages have shown so far (another language loads all of them). Plain bookkeeping, nothing
 * reactive: `I18n` re-renders by its `lang`.
 */
export class TextStore {
	readonly #instance;
	readonly #shown = new Set<TextGroup>();
	readonly #loaded = new Map<Language, Set<TextGroup>>();
	/**
	 * Texts already looked up. i18next's lookup (key parsing, plurals, interpolation) is most of
	 * the cost of a text, and hydration asks for the same ones many times (20 results with the
	 * same labels); on a cheap phone it was about a fifth of /job's start-up task.
	 */
	readonly #cache = new Map<string, string>();

	constructor(lang: Language) {
		this.#instance = createTranslator(lang, {});
	}

	/** Adds a page's texts; groups it has already are left as they are. */
	add({ lang, groups, texts }: PageTexts) {
		let have = this.#loaded.get(lang);
		if (!have) this.#loaded.set(lang, (have = new Set()));
		if (groups.every((group) => have.has(group))) return;
		this.#instance.addResourceBundle(lang, 'translation', texts, true, true);
		// A text missing until now, or replaced, must be looked up again.
		this.#cache.clear();
		for (const group of groups) {
			have.add(group);
			this.#shown.add(group);
		}
	}

	/** Of these groups (all the pages have shown, if none given), those not loaded in `lang`. */
	missing(lang: Language, groups: Iterable<TextGroup> = this.#shown): TextGroup[] {
		const have = this.#loaded.get(lang);
		return [...groups].filter((group) => !have?.has(group));
	}

	t(lang: Language, key: string, options?: TOptions): string {
		const cached = cacheKey(lang, key, options);
		if (cached === null) return this.#instance.t(key, { ...options, lng: lang });
		let text = this.#cache.get(cached);
		if (text === undefined) {
			text = this.#instance.t(key, { ...options, lng: lang });
			if (this.#cache.size >= CACHE_LIMIT) this.#cache.clear();
			this.#cache.set(cached, text);
		}
		return text;
	}
}
