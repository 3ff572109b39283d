/**
 * What the CV editor does to the lists in a CV: new empty entries, moving one up or down, taking one
 * out and putting it back (undo). Pure and immutable, so the state class can snapshot before and after.
 */
import type { Certificate, Cv, Education, Experience, LanguageSkill } from './model';

/** The CV's lists whose entries carry an id (reorderable, mergeable by id). */
export type EntryList = 'experience' | 'education' | 'languages' | 'certificates';
export type EntryOf<K extends EntryList> = Cv[K][number];

export const entryLists: readonly EntryList[] = [
	'experience',
	'education',
	'languages',
	'certificates'
];

/** A new, empty entry: start dates are blank so the editor asks for them instead of guessing. */
export function newEntry<K extends EntryList>(list: K, id: string): EntryOf<K> {
	const entries: { [L in EntryList]: EntryOf<L> } = {
		experience: {
			id,
			title: '',
			employer: '',
			hideEmployer: false,
			start: '',
			end: null,
			description: ''
		} satisfies Experience,
		education: {
			id,
			title: '',
			institution: '',
			start: '',
			end: null,
			finished: false,
			description: ''
		} satisfies Education,
		languages: { id, language: '', level: 'B1', native: false } satisfies LanguageSkill,
		certificates: { id, name: '', issuer: '', date: null } satisfies Certificate
	};
	return entries[list] as EntryOf<K>;
}

/** The list with the item at `index` moved `by` places (clamped to the ends); the same list if it cannot move. */
export function moveItem<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
	const target = index + by;
	if (index < 0 || index >= items.length || target < 0 || target >= items.length) {
		return [...items];
	}
	const copy = [...items];
	const [item] = copy.splice(index, 1) as [T];
	copy.splice(target, 0, item);
	return copy;
}

/** A removed item and where it was, so "Fortryd" puts it back in its place. */
export interface Removed<T> {
	item: T;
	index: number;
}

export function removeAt<T>(
	items: readonly T[],
	index: number
): { items: T[]; removed: Removed<T> | null } {
	if (index < 0 || index >= items.length) return { items: [...items], removed: null };
	const copy = [...items];
	const [item] = copy.splice(index, 1) as [T];
	return { items: copy, removed: { item, index } };
}

/** Puts a removed item back at its old place (or last, if the list has shrunk meanwhile). */
export function restoreAt<T>(items: readonly T[], removed: Removed<T>): T[] {
	const copy = [...items];
	copy.splice(Math.min(removed.index, copy.length), 0, removed.item);
	return copy;
}

/** A word list (skills, job titles): the new word trimmed, once (case-insensitive), never empty. */
export function addWord(words: readonly string[], word: string): string[] {
	const trimmed = word.trim().replace(/\s+/g, ' ');
	if (trimmed === '') return [...words];
	const lower = trimmed.toLocaleLowerCase('da');
	if (words.some((existing) => existing.toLocaleLowerCase('da') === lower)) return [...words];
	return [...words, trimmed];
}
