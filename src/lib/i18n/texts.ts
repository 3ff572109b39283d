import type { TOptions } from 'i18next';
import type { TextGroup } from './groups';
import { createTranslator, type Language } from './index';
import type { PageTexts } from './load';

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

	constructor(lang: Language) {
		this.#instance = createTranslator(lang, {});
	}

	/** Adds a page's texts; groups it has already are left as they are. */
	add({ lang, groups, texts }: PageTexts) {
		let have = this.#loaded.get(lang);
		if (!have) this.#loaded.set(lang, (have = new Set()));
		if (groups.every((group) => have.has(group))) return;
		this.#instance.addResourceBundle(lang, 'translation', texts, true, true);
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
		return this.#instance.t(key, { ...options, lng: lang });
	}
}
