import { describe, expect, it, vi } from 'vitest';
import { resources } from './all';
import { textsOfGroup } from './groups';
import { TextStore } from './texts';

const group = (name: 'common' | 'calculator' | 'job') => ({
	lang: 'da' as const,
	groups: [name],
	texts: textsOfGroup(resources.da, name)
});

describe('TextStore.t', () => {
	it('looks a text up once for the same key, language and options', async () => {
		const i18next = await import('i18next');
		const created = vi.spyOn(i18next.default, 'createInstance');
		const store = new TextStore('da');
		const instance = created.mock.results[0]!.value as { t: (...args: unknown[]) => string };
		created.mockRestore();
		store.add(group('job'));
		const lookups = vi.spyOn(instance, 't');
		for (let i = 0; i < 20; i++) {
			store.t('da', 'search.filters');
			store.t('da', 'search.count', { count: 3, n: '3' });
		}
		expect(lookups).toHaveBeenCalledTimes(2);
		// Other options are another text.
		expect(store.t('da', 'search.count', { count: 1, n: '1' })).not.toBe(
			store.t('da', 'search.count', { count: 3, n: '3' })
		);
		expect(lookups).toHaveBeenCalledTimes(3);
	});

	it('looks a text up again once texts are added (a text missing before is there now)', () => {
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		try {
			const store = new TextStore('da');
			store.add(group('common'));
			expect(store.t('da', 'calculator.intro')).toBe('calculator.intro');
			store.add(group('calculator'));
			expect(store.t('da', 'calculator.intro')).toBe(
				(resources.da.calculator as Record<string, string>).intro
			);
		} finally {
			error.mockRestore();
		}
	});

	it('keeps each language apart', () => {
		const store = new TextStore('da');
		store.add(group('job'));
		store.add({ lang: 'en', groups: ['job'], texts: textsOfGroup(resources.en, 'job') });
		expect(store.t('da', 'search.filters')).toBe(
			(resources.da.search as Record<string, string>).filters
		);
		expect(store.t('en', 'search.filters')).toBe(
			(resources.en.search as Record<string, string>).filters
		);
	});
});
