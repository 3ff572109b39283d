/**
 * Plain Danish (issue #19): every Danish text of more than one sentence scores LIX ≤ 35
 * (words/sentences + 100 × long words/words; long = more than six letters; `domain/lix.ts`).
 * One-sentence texts (labels, buttons, headings) are left out: LIX measures running text, and a
 * three-word label scores by chance. Min side's texts are also measured in blocks as read together
 * (`domain/duties/plain-language.test.ts`).
 */
import { describe, expect, it } from 'vitest';
import { lixCount } from '../domain/lix';
import da from './locales/da.json';

const LIMIT = 35;

/** Every text with its key (`a.b.c`). */
function textsOf(node: unknown, prefix = ''): [string, string][] {
	if (typeof node === 'string') return [[prefix, node]];
	if (!node || typeof node !== 'object') return [];
	return Object.entries(node).flatMap(([key, value]) =>
		textsOf(value, prefix ? `${prefix}.${key}` : key)
	);
}

/** What she reads: a placeholder is a date, an amount or a name, read as one short word. */
const readable = (text: string) => text.replace(/\{\{[^}]+\}\}/g, 'x').replace(/<[^>]+>/g, ' ');

/** Sentences end at . ! ? — a colon introduces ("Kontakt: Anna"), it ends nothing here. */
const sentenceCount = (text: string) => lixCount(text.replaceAll(':', ',')).sentences;

/** Keys whose Danish text is longer than one sentence and scores above the limit. */
function tooHard(texts: [string, string][]): { key: string; lix: number }[] {
	return texts
		.map(([key, text]) => ({ key, text: readable(text) }))
		.filter(({ text }) => sentenceCount(text) > 1)
		.map(({ key, text }) => ({ key, lix: Math.round(lixCount(text).lix) }))
		.filter(({ lix }) => lix > LIMIT);
}

describe('plain Danish: LIX ≤ 35 for every text longer than one sentence', () => {
	const texts = textsOf(da);

	it('measures hundreds of Danish texts of more than one sentence', () => {
		const measured = texts.filter(([, text]) => sentenceCount(readable(text)) > 1);
		expect(measured.length).toBeGreaterThan(150);
	});

	it('finds none above 35', () => {
		expect(tooHard(texts)).toEqual([]);
	});

	it('fails on a deliberately heavy sample, and passes its plain rewrite', () => {
		const heavy = [
			'sample.heavy',
			'Beskæftigelsesindsatsen tilrettelægges individuelt. Sagsbehandleren vurderer arbejdsmarkedsparatheden løbende.'
		] as [string, string];
		const plain = [
			'sample.plain',
			'Vi laver en plan sammen med dig. Din sagsbehandler spørger, hvordan det går.'
		] as [string, string];
		expect(tooHard([heavy, plain]).map(({ key }) => key)).toEqual(['sample.heavy']);
		// One sentence is a label, not running text: never measured.
		expect(tooHard([['sample.label', 'Arbejdsmarkedsparathedsvurdering']])).toEqual([]);
	});
});
