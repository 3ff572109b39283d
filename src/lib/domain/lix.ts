/**
 * LIX (læsbarhedsindeks, Björnsson 1968), the Danish readability measure:
 *
 *     LIX = words / sentences + 100 × long words / words
 *
 * where a long word has more than six letters. Below 25 is very easy, 25–34 easy, 35–44 middle.
 * Our texts must stay at or below 35 so that most people can read them at once.
 */

export interface LixCount {
	words: number;
	sentences: number;
	longWords: number;
	lix: number;
}

/** A word: letters and digits, with inner hyphens or apostrophes ("e-mail", "CV'et"). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** Common Danish abbreviations whose dot ends no sentence ("100 kr. om måneden", "fx. en"). */
const ABBREVIATION = String.raw`(?:^|[^\p{L}])(?:kr|pr|fx|ca|kl|evt|nr|inkl|ekskl|jf|dvs|bl\.a)`;
/**
 * A sentence ends at . ! ? or : followed by a space or the end ("4.000" is not); an abbreviation's dot
 * only where a capital letter or the end of the text follows it.
 */
const SENTENCE_END = new RegExp(
	String.raw`(?<!${ABBREVIATION})[.!?:]+(?=\s|$)|(?<=${ABBREVIATION})\.(?=\s+\p{Lu}|\s*$)`,
	'gu'
);
const SENTENCE_END_AT_END = new RegExp(`(?:${SENTENCE_END.source})$`, 'u');
const LETTER = /\p{L}/gu;

/** Counts a text's words, sentences and long words. A text without an end mark is one sentence. */
export function lixCount(text: string): LixCount {
	const words = text.match(WORD) ?? [];
	if (words.length === 0) return { words: 0, sentences: 0, longWords: 0, lix: 0 };
	const trimmed = text.trim();
	const ends = trimmed.match(SENTENCE_END)?.length ?? 0;
	// Text after the last end mark (a heading, a button) is a sentence of its own.
	const sentences = ends + (SENTENCE_END_AT_END.test(trimmed) ? 0 : 1);
	const longWords = words.filter((word) => (word.match(LETTER)?.length ?? 0) > 6).length;
	return {
		words: words.length,
		sentences,
		longWords,
		lix: words.length / sentences + (100 * longWords) / words.length
	};
}

/** The LIX of a text, rounded to whole points as it is usually given. */
export function lix(text: string): number {
	return Math.round(lixCount(text).lix);
}
