import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from './index';

/** Every text key with its text, plural suffixes kept ("auth.unsentText_one"). */
function texts(tree: object, prefix = ''): [string, string][] {
	return Object.entries(tree).flatMap(([key, value]) =>
		typeof value === 'object' && value !== null
			? texts(value, `${prefix}${key}.`)
			: [[`${prefix}${key}`, String(value)] as [string, string]]
	);
}

const plural = /_(zero|one|other)$/;

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return /\.(svelte|ts)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
	});
}

describe('plurals go through i18next, not by hand', () => {
	for (const [lang, tree] of Object.entries(resources)) {
		it(`${lang}: a text with a count has its plural forms`, () => {
			const all = texts(tree);
			const keys = new Set(all.map(([key]) => key));
			const missing = all
				.filter(([key, text]) => /\{\{\s*count\s*\}\}/.test(text) && !plural.test(key))
				.map(([key]) => key);
			const halves = [...keys]
				.filter((key) => plural.test(key) && !key.endsWith('_zero'))
				.filter(
					(key) =>
						!keys.has(key.replace(plural, '_one')) || !keys.has(key.replace(plural, '_other'))
				);
			expect(missing).toEqual([]);
			expect(halves).toEqual([]);
		});
	}

	it('the code passes `count` to every text with plural forms', () => {
		const pluralKeys = new Set(
			texts(resources.da)
				.filter(([key]) => plural.test(key))
				.map(([key]) => key.replace(plural, ''))
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
