import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from './all';
import { createTranslator, languages, type Texts } from './index';
import { flatten, PLURAL_SUFFIX, pluralProblems } from './locale-checks';

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.(svelte|ts)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
	});
}

describe('plurals go through i18next, not by hand', () => {
	for (const lang of languages) {
		it(`${lang}: a text with a count has every plural form ${lang} needs`, () => {
			const withCountButNoForms = flatten(resources[lang])
				.filter(([key, text]) => /\{\{\s*count\s*\}\}/.test(text) && !PLURAL_SUFFIX.test(key))
				.map(([key]) => key);
			expect(withCountButNoForms).toEqual([]);
			expect(pluralProblems(lang, resources[lang])).toEqual({ missing: [], unused: [] });
		});
	}

	it('the code passes `count` to every text with plural forms', () => {
		const pluralKeys = new Set(
			flatten(resources.da)
				.filter(([key]) => PLURAL_SUFFIX.test(key))
				.map(([key]) => key.replace(PLURAL_SUFFIX, ''))
		);
		const withoutCount: string[] = [];
		for (const file of sourceFiles('src')) {
			const source = readFileSync(file, 'utf8');
			// t('key') or t('key', { … }) with a literal key; keys built at run time are not checked.
			for (const call of source.matchAll(/\bt\(\s*'([\w.]+)'\s*(?:,\s*(\{[^}]*\}))?/g)) {
				const [, key, options = ''] = call;
				if (pluralKeys.has(key!) && !/\bcount\b/.test(options))
					withoutCount.push(`${file}: ${key}`);
			}
		}
		expect(withoutCount).toEqual([]);
	});
});

describe('the plural check catches a broken translation', () => {
	it('names the forms Ukrainian and Arabic need and a key lacks', () => {
		const englishShaped: Texts = { jobs_one: '{{count}} job', jobs_other: '{{count}} jobs' };
		expect(pluralProblems('uk', englishShaped).missing).toEqual(['jobs_few', 'jobs_many']);
		expect(pluralProblems('ar', englishShaped).missing).toEqual([
			'jobs_few',
			'jobs_many',
			'jobs_two',
			'jobs_zero'
		]);
		expect(pluralProblems('da', englishShaped)).toEqual({ missing: [], unused: [] });
	});

	it('names a form the language never uses (but allows `_zero` everywhere)', () => {
		const texts: Texts = { x_zero: 'ingen', x_one: 'en', x_few: 'få', x_other: 'flere' };
		expect(pluralProblems('da', texts)).toEqual({ missing: [], unused: ['x_few'] });
	});
});

describe('i18next v27 picks the CLDR plural form by the JSON v4 suffixes', () => {
	const forms = ['zero', 'one', 'two', 'few', 'many', 'other'];
	const texts: Texts = Object.fromEntries(forms.map((form) => [`x_${form}`, form]));
	const formFor = (lang: 'uk' | 'ar', count: number) =>
		createTranslator(lang, texts).t('x', { count });

	it('Ukrainian: 1 one, 3 few, 5 many, 21 one, 1.5 other', () => {
		expect([1, 3, 5, 11, 21, 22, 1.5].map((n) => formFor('uk', n))).toEqual([
			'one',
			'few',
			'many',
			'many',
			'one',
			'few',
			'other'
		]);
	});

	it('Arabic: 0 zero, 1 one, 2 two, 3 few, 11 many, 100 other', () => {
		expect([0, 1, 2, 3, 11, 100].map((n) => formFor('ar', n))).toEqual([
			'zero',
			'one',
			'two',
			'few',
			'many',
			'other'
		]);
	});
});
