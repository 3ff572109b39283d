/**
 * The checks every language file must pass against the Danish source (locales.test.ts and
 * plurals.test.ts run them on the real files and on broken samples). Keys are compared without
 * their plural suffix, since Ukrainian and Arabic have more plural forms than Danish.
 */
import type { Texts } from './index';

/** i18next's JSON v4 plural suffixes, i.e. the CLDR plural categories. */
export const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every text with its full key, plural suffix kept ("auth.unsentTitle_one"). */
export function flatten(tree: Texts, prefix = ''): [string, string][] {
	return Object.entries(tree).flatMap(([key, value]) =>
		typeof value === 'object'
			? flatten(value, `${prefix}${key}.`)
			: [[`${prefix}${key}`, value] as [string, string]]
	);
}

const baseOf = (key: string) => key.replace(PLURAL_SUFFIX, '');

/** Keys the source has and the translation lacks, and keys only the translation has. */
export function keyDifferences(source: Texts, translation: Texts) {
	const sourceKeys = new Set(flatten(source).map(([key]) => baseOf(key)));
	const translatedKeys = new Set(flatten(translation).map(([key]) => baseOf(key)));
	return {
		missing: [...sourceKeys].filter((key) => !translatedKeys.has(key)).sort(),
		extra: [...translatedKeys].filter((key) => !sourceKeys.has(key)).sort()
	};
}

/**
 * Plural forms a language needs but a key lacks (CLDR's categories for the language, e.g. Ukrainian
 * one/few/many/other), and forms the language never uses. `_zero` is allowed in every language:
 * i18next uses it for a count of 0 whatever the language.
 */
export function pluralProblems(lang: string, translation: Texts) {
	const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
	const keys = new Set(flatten(translation).map(([key]) => key));
	const groups = new Set([...keys].filter((key) => PLURAL_SUFFIX.test(key)).map(baseOf));
	const missing: string[] = [];
	const unused: string[] = [];
	for (const base of groups) {
		for (const form of needed) if (!keys.has(`${base}_${form}`)) missing.push(`${base}_${form}`);
	}
	for (const key of keys) {
		const form = PLURAL_SUFFIX.exec(key)?.[1];
		if (form && form !== 'zero' && !needed.includes(form)) unused.push(key);
	}
	return { missing: missing.sort(), unused: unused.sort() };
}

const variablesIn = (text: string) =>
	[...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((match) => match[1]!);

/** The variables that carry a plural's number: i18next's `count`, and `n` where a text shows it. */
const NUMBER_VARIABLES = new Set(['count', 'n']);

/**
 * Texts whose `{{variables}}` differ from the Danish text of the same key (a plural form from the
 * Danish `_other`). In a plural form the number may be left out ("one child" as "ét barn", Arabic's
 * dual) or shown where Danish writes "1" (Ukrainian's `_one` also covers 21); every other variable
 * must be there, and none may be added.
 */
export function variableMismatches(source: Texts, translation: Texts): string[] {
	const danish = new Map(flatten(source));
	const mismatches: string[] = [];
	for (const [key, text] of flatten(translation)) {
		const original = danish.get(key) ?? danish.get(`${baseOf(key)}_other`);
		if (original === undefined) continue;
		const expected = new Set(variablesIn(original));
		const found = new Set(variablesIn(text));
		const plural = PLURAL_SUFFIX.test(key);
		const free = (name: string) => plural && NUMBER_VARIABLES.has(name);
		const lacking = [...expected].filter((name) => !free(name) && !found.has(name));
		const added = [...found].filter((name) => !free(name) && !expected.has(name));
		if (lacking.length > 0 || added.length > 0) mismatches.push(key);
	}
	return mismatches.sort();
}
