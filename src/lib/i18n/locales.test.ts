import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator, resources } from './all';
import { createTranslator as translatorWith, languages, type Texts } from './index';
import { flatten, keyDifferences, variableMismatches } from './locale-checks';

const translations = languages.filter((lang) => lang !== 'da');

describe('translations', () => {
	for (const lang of translations) {
		it(`${lang} has every Danish key and nothing the Danish lacks`, () => {
			expect(keyDifferences(resources.da, resources[lang])).toEqual({ missing: [], extra: [] });
		});

		it(`${lang} keeps the Danish texts' {{variables}}`, () => {
			expect(variableMismatches(resources.da, resources[lang])).toEqual([]);
		});
	}

	it('has no empty texts', () => {
		for (const lang of languages) {
			for (const [key, text] of flatten(resources[lang])) {
				expect(text.trim(), `${lang}:${key}`).not.toBe('');
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

describe('the checks catch a broken translation', () => {
	const source: Texts = {
		title: 'Job',
		greeting: 'Hej {{name}}',
		jobs_one: '{{count}} job',
		jobs_other: '{{count}} job'
	};
	const broken: Texts = {
		greeting: 'Привіт {{navn}}',
		jobs_one: '{{count}} вакансія',
		jobs_other: '{{count}} вакансії {{extra}}',
		onlyHere: 'Зайве'
	};

	it('names a missing key and one the source lacks', () => {
		expect(keyDifferences(source, broken)).toEqual({ missing: ['title'], extra: ['onlyHere'] });
	});

	it('names a text whose variables differ from the Danish', () => {
		expect(variableMismatches(source, broken)).toEqual(['greeting', 'jobs_other']);
	});

	it('lets a plural form leave out the count, but no other variable', () => {
		const dual: Texts = {
			greeting: 'مرحبا {{name}}',
			jobs_two: 'وظيفتان',
			jobs_other: '{{count}}'
		};
		expect(variableMismatches(source, dual)).toEqual([]);
	});

	it('lets a plural form show the number where Danish writes it out, but add nothing else', () => {
		const danish: Texts = { fields_one: '1 felt', fields_other: '{{count}} felter' };
		const ukrainian: Texts = { fields_one: '{{count}} поле', fields_few: '{{count}} поля {{x}}' };
		expect(variableMismatches(danish, ukrainian)).toEqual(['fields_few']);
	});
});

/** Source files the browser runs: everything but tests, server code and this folder's all.ts. */
function browserSources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory())
			return path.endsWith(join('lib', 'server')) ? [] : browserSources(path);
		const source = /\.(svelte|ts|js)$/.test(entry.name);
		const notBrowser = /\.test\.ts$|\.testkit\.ts$|\.server\.ts$|^all\.ts$/.test(entry.name);
		return source && !notBrowser ? [path] : [];
	});
}

describe('only the chosen language is downloaded', () => {
	it('no browser code imports every language or a locale file statically', () => {
		const offenders = browserSources('src').filter((file) =>
			/^\s*import\s[^;]*from\s+['"][^'"]*(i18n\/all|locales\/\w+\.json)['"]/m.test(
				readFileSync(file, 'utf8')
			)
		);
		expect(offenders).toEqual([]);
	});

	it('a translator holds only the language it was given', () => {
		const t = translatorWith('da', { hello: 'Hej' });
		expect(t.t('hello')).toBe('Hej');
		// No fallback to another language's texts: a missing key shows as itself.
		expect(t.t('hello', { lng: 'en' })).toBe('hello');
	});
});
