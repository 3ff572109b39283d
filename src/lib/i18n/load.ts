import { loaders } from 'virtual:texts';
import { mergeTexts, type TextGroup } from './groups';
import type { Language, Texts } from './index';

/**
 * A language's texts, group by group (groups.ts): each group of each language is a chunk of its
 * own, fetched when a page shows it, so a Danish visitor of the front page downloads the Danish
 * layout and front page texts and nothing else. Nothing in the browser may import locales/*.json
 * (groups.test.ts checks it); the server and the tests use `all.ts`.
 */
const loaded = new Map<string, Promise<Texts>>();

function loadGroup(lang: Language, group: TextGroup): Promise<Texts> {
	const key = `${lang}/${group}`;
	let texts = loaded.get(key);
	if (!texts) {
		texts = loaders[key]!().then((module) => module.default);
		// A failed fetch (offline, a new version) may be tried again.
		texts.catch(() => loaded.delete(key));
		loaded.set(key, texts);
	}
	return texts;
}

/** The texts of these groups in one language: fetched at once, together, as one tree. */
export async function loadTexts(lang: Language, groups: readonly TextGroup[]): Promise<Texts> {
	const parts = await Promise.all(groups.map((group) => loadGroup(lang, group)));
	return parts.reduce<Texts>((all, part) => mergeTexts(all, part), {});
}

/** A page's texts: which groups of which language they are. */
export interface PageTexts {
	lang: Language;
	groups: readonly TextGroup[];
	texts: Texts;
}

export async function loadPageTexts(
	lang: Language,
	groups: readonly TextGroup[]
): Promise<PageTexts> {
	return { lang, groups, texts: await loadTexts(lang, groups) };
}
