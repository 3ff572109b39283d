import { describe, expect, it } from 'vitest';
import { createTranslator, resources } from './index';

function keysOf(tree: object, prefix = ''): string[] {
	return Object.entries(tree).flatMap(([key, value]) =>
		typeof value === 'object' && value !== null
			? keysOf(value, `${prefix}${key}.`)
			: [`${prefix}${key}`]
	);
}

describe('translations', () => {
	it('has every Danish key in English and nothing English-only', () => {
		expect(keysOf(resources.en).sort()).toEqual(keysOf(resources.da).sort());
	});

	it('has no empty texts', () => {
		for (const [lang, tree] of Object.entries(resources)) {
			const flat = keysOf(tree);
			for (const key of flat) {
				const value = key
					.split('.')
					.reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree);
				expect(String(value).trim(), `${lang}:${key}`).not.toBe('');
			}
		}
	});

	it('translates with interpolation and Danish plurals', () => {
		const da = createTranslator('da');
		expect(da.t('minSide.greeting', { name: 'Anna Jensen' })).toBe('Hej Anna Jensen');
		expect(da.t('profile.children', { count: 1 })).toBe('1 barn');
		expect(da.t('profile.children', { count: 2 })).toBe('2 børn');
		expect(createTranslator('en').t('profile.children', { count: 2 })).toBe('2 children');
	});
});
