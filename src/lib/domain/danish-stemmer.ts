/**
 * The Snowball Danish stemmer (https://snowballstem.org/algorithms/danish/stemmer.html) and the
 * Danish stop words, for the job search that runs on the phone. The server searches with
 * PostgreSQL's `danish` text-search configuration, which is this same algorithm with this same
 * stop-word list (`danish.stop`), so a word stems alike offline and online: "pædagoger" and
 * "pædagog" both become "pædagog".
 *
 * Pure and small. The input is one word; `stemDanish` lowercases it first (PostgreSQL lowercases
 * before stemming too). Danish letters are single UTF-16 code units, so string indices are safe.
 */

const VOWELS = new Set('aeiouyæåø');
const CONSONANTS = new Set('bcdfghjklmnpqrstvwxz');
/** Letters after which a final "s" is an ending and is removed. */
const S_ENDINGS = new Set('abcdfghjklmnoprtvyzå');

/** Step 1 endings, longest first (Snowball picks the longest one that lies in R1). */
const MAIN_SUFFIXES = [
	'hed',
	'ethed',
	'ered',
	'e',
	'erede',
	'ende',
	'erende',
	'ene',
	'erne',
	'ere',
	'en',
	'heden',
	'eren',
	'er',
	'heder',
	'erer',
	'heds',
	'es',
	'endes',
	'erendes',
	'enes',
	'ernes',
	'eres',
	'ens',
	'hedens',
	'erens',
	'ers',
	'ets',
	'erets',
	'et',
	'eret',
	's'
].sort((a, b) => b.length - a.length);

const CONSONANT_PAIRS = new Set(['gd', 'dt', 'gt', 'kt']);
const OTHER_SUFFIXES = ['elig', 'løst', 'lig', 'els', 'ig'];

/** PostgreSQL's `danish.stop` (the Snowball Danish stop-word list), 94 words. */
export const danishStopWords: ReadonlySet<string> = new Set(
	(
		'og i jeg det at en den til er som på de med han af for ikke der var mig sig men et har om vi ' +
		'min havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her ' +
		'alle vil blev kunne ind når være dog noget ville jo deres efter ned skulle denne end dette ' +
		'mit også under have dig anden hende mine alt meget sit sine vor mod disse hvis din nogle hos ' +
		'blive mange ad bliver hendes været thi jer sådan'
	).split(' ')
);

/**
 * Start of R1: just after the first non-vowel that follows a vowel, but at least 3 (the part
 * before R1 holds at least three letters). The word's length when there is no such letter.
 */
function regionStart(word: string): number {
	if (word.length < 3) return word.length;
	let i = 0;
	while (i < word.length && !VOWELS.has(word.charAt(i))) i++;
	while (i < word.length && VOWELS.has(word.charAt(i))) i++;
	if (i >= word.length) return word.length;
	return Math.max(i + 1, 3);
}

/** "gd", "dt", "gt" or "kt" at the end, both letters in R1: drop the last letter. */
function undoConsonantPair(word: string, p1: number): string {
	return word.length - 2 >= p1 && CONSONANT_PAIRS.has(word.slice(-2)) ? word.slice(0, -1) : word;
}

/** The Snowball Danish stem of one word ("sygeplejersker" -> "sygeplejersk"). */
export function stemDanish(input: string): string {
	let word = input.toLowerCase();
	const p1 = regionStart(word);

	// Step 1: the longest main ending in R1; a final "s" only after a valid s-ending.
	for (const suffix of MAIN_SUFFIXES) {
		if (word.length - suffix.length < p1 || !word.endsWith(suffix)) continue;
		if (suffix === 's') {
			if (S_ENDINGS.has(word.charAt(word.length - 2))) word = word.slice(0, -1);
		} else {
			word = word.slice(0, -suffix.length);
		}
		break;
	}

	// Step 2: "gd", "dt", "gt", "kt" lose their last letter.
	word = undoConsonantPair(word, p1);

	// Step 3: "igst" -> "ig"; then the longest of "ig", "lig", "elig", "els", "løst" in R1.
	if (word.endsWith('igst')) word = word.slice(0, -2);
	for (const suffix of OTHER_SUFFIXES) {
		if (word.length - suffix.length < p1 || !word.endsWith(suffix)) continue;
		word =
			suffix === 'løst' ? word.slice(0, -1) : undoConsonantPair(word.slice(0, -suffix.length), p1);
		break;
	}

	// Step 4: a doubled consonant at the end of R1 is undoubled ("nn" -> "n").
	const last = word.charAt(word.length - 1);
	if (word.length - 1 >= p1 && CONSONANTS.has(last) && word.charAt(word.length - 2) === last) {
		word = word.slice(0, -1);
	}
	return word;
}

/** A word as the index holds it: lowercased and stemmed; null for a stop word. */
export function danishSearchTerm(input: string): string | null {
	const word = input.toLowerCase();
	return danishStopWords.has(word) ? null : stemDanish(word);
}
