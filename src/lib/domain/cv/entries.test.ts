import { describe, expect, it } from 'vitest';
import { addWord, entryLists, moveItem, newEntry, removeAt, restoreAt } from './entries';
import { cvSchema, emptyCv } from './model';

const id = '7a1c2f0e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';

describe('moveItem', () => {
	it.each([
		{ items: ['a', 'b', 'c'], index: 1, by: -1, result: ['b', 'a', 'c'] },
		{ items: ['a', 'b', 'c'], index: 1, by: 1, result: ['a', 'c', 'b'] },
		{ items: ['a', 'b', 'c'], index: 0, by: -1, result: ['a', 'b', 'c'] },
		{ items: ['a', 'b', 'c'], index: 2, by: 1, result: ['a', 'b', 'c'] },
		{ items: ['a'], index: 0, by: 1, result: ['a'] },
		{ items: ['a', 'b'], index: 5, by: -1, result: ['a', 'b'] }
	] as const)('$items: item $index by $by → $result', ({ items, index, by, result }) => {
		expect(moveItem(items, index, by)).toEqual(result);
	});

	it('never changes the list it is given', () => {
		const items = ['a', 'b'];
		moveItem(items, 0, 1);
		expect(items).toEqual(['a', 'b']);
	});
});

describe('removeAt and restoreAt', () => {
	it.each([
		{ items: ['a', 'b', 'c'], index: 0 },
		{ items: ['a', 'b', 'c'], index: 1 },
		{ items: ['a', 'b', 'c'], index: 2 }
	])('undo puts $items[$index] back where it was', ({ items, index }) => {
		const { items: left, removed } = removeAt(items, index);
		expect(left).toHaveLength(items.length - 1);
		expect(left).not.toContain(items[index]);
		expect(restoreAt(left, removed!)).toEqual(items);
	});

	it('removing outside the list removes nothing', () => {
		expect(removeAt(['a'], 3)).toEqual({ items: ['a'], removed: null });
	});

	it('restores at the end when the list has shrunk meanwhile', () => {
		expect(restoreAt(['a'], { item: 'z', index: 4 })).toEqual(['a', 'z']);
	});
});

describe('addWord', () => {
	it.each([
		{ words: [], word: ' Truckkort ', result: ['Truckkort'] },
		{ words: ['Truckkort'], word: 'truckkort', result: ['Truckkort'] },
		{ words: ['Excel'], word: '   ', result: ['Excel'] },
		{ words: ['Excel'], word: 'Kunde   service', result: ['Excel', 'Kunde service'] },
		{ words: ['Æblehøst'], word: 'æblehøst', result: ['Æblehøst'] }
	])('$word added to $words → $result', ({ words, word, result }) => {
		expect(addWord(words, word)).toEqual(result);
	});
});

describe('newEntry', () => {
	it.each(entryLists)('a new %s entry carries its id and needs filling in', (list) => {
		const entry = newEntry(list, id);
		expect(entry.id).toBe(id);
		const cv = { ...emptyCv(), [list]: [entry] };
		const parsed = cvSchema.safeParse(cv);
		// Languages and courses are valid at once; jobs and educations ask for their start date.
		if (list === 'experience' || list === 'education') {
			expect(parsed.success).toBe(false);
			expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
				`${list}.0.start`
			]);
		} else {
			expect(parsed.success).toBe(true);
		}
	});
});
