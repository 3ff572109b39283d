import stylelint from 'stylelint';
import { describe, expect, it } from 'vitest';
import config from '../stylelint.config.js';

/** The rule's warnings for one piece of source, linted with the project's own config. */
async function warningsFor(code: string, file: string): Promise<string[]> {
	const result = await stylelint.lint({ code, codeFilename: file, config });
	return result.results.flatMap((r) => r.warnings.map((w) => `${w.rule}: ${w.text}`));
}

describe('stylelint: logical properties only (so Arabic pages mirror)', () => {
	it('rejects margin-left in SCSS and names the logical property', async () => {
		const warnings = await warningsFor('.box { margin-left: 1rem; }', 'src/bad.scss');
		expect(warnings).toEqual([
			'csstools/use-logical: Unexpected "margin-left" property. Use "margin-inline-start". (csstools/use-logical)'
		]);
	});

	it('rejects left, text-align: right and float in a Svelte <style> block', async () => {
		const svelte = `<p>x</p>\n<style>\n\t.a { left: 0; text-align: right; float: left; }\n</style>\n`;
		const warnings = await warningsFor(svelte, 'src/Bad.svelte');
		expect(warnings).toHaveLength(3);
		expect(warnings.join('\n')).toMatch(/inset-inline-start/);
		expect(warnings.join('\n')).toMatch(/"end"/);
		expect(warnings.join('\n')).toMatch(/inline-start/);
	});

	it('accepts margin-inline-start and the direction-neutral block axis', async () => {
		const good = '.box { margin-inline-start: 1rem; margin-top: 2px; top: 0; width: 10rem; }';
		expect(await warningsFor(good, 'src/good.scss')).toEqual([]);
	});
});
