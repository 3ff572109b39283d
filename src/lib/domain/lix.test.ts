import { describe, expect, it } from 'vitest';
import { lix, lixCount } from './lix';

describe('LIX', () => {
	// Counted by hand: words, sentences, words of more than six letters.
	it.each([
		{
			text: 'Du skal søge job hver uge.',
			// 6 words, 1 sentence, 0 long → 6 + 0
			words: 6,
			sentences: 1,
			longWords: 0,
			lix: 6
		},
		{
			text: 'Skriv dine ansøgninger i jobloggen. Så kan jobcentret se dem.',
			// 10 words, 2 sentences; long: ansøgninger, jobloggen, jobcentret → 5 + 30
			words: 10,
			sentences: 2,
			longWords: 3,
			lix: 35
		},
		{
			text: 'Beskæftigelsesindsatsen tilrettelægges individuelt',
			// 3 words, 1 sentence (no end mark), 3 long → 3 + 100
			words: 3,
			sentences: 1,
			longWords: 3,
			lix: 103
		},
		{
			text: 'Med dette job får du ca. 4.000 kr. mere om måneden!',
			// "4.000" is two words (4, 000): Med, dette, job, får, du, ca, 4, 000, kr, mere, om,
			// måneden = 12 words;
			// sentences: "ca." and "kr." are abbreviations, so only "!" ends one = 1;
			// long: måneden (7) = 1 → 12 + 8.33
			words: 12,
			sentences: 1,
			longWords: 1,
			lix: 20
		},
		{
			text: 'Hej Anna: Det her er din side',
			// 7 words; the colon ends one sentence, the rest is another = 2; no long → 3.5
			words: 7,
			sentences: 2,
			longWords: 0,
			lix: 4
		}
	])('$text', ({ text, words, sentences, longWords, lix: expected }) => {
		const count = lixCount(text);
		expect({ words: count.words, sentences: count.sentences, longWords: count.longWords }).toEqual({
			words,
			sentences,
			longWords
		});
		expect(lix(text)).toBe(expected);
	});

	it('counts letters, not characters, for long words: "CV’et" and "e-mail" are short', () => {
		expect(lixCount('CV’et e-mail').longWords).toBe(0);
		expect(lixCount('e-mailen').longWords).toBe(1);
	});

	it('does not end a sentence at an abbreviation’s dot: "kr." and "pr." are inside it', () => {
		expect(lixCount('Forskel om måneden (100 kr. pr. time)').sentences).toBe(1);
		expect(lixCount('Det koster 100 kr. Det er billigt.').sentences).toBe(2);
		expect(lixCount('Det koster 100 kr.').sentences).toBe(1);
	});

	it('gives 0 for a text without words', () => {
		expect(lixCount(' … ')).toEqual({ words: 0, sentences: 0, longWords: 0, lix: 0 });
	});
});
