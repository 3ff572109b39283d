/**
 * What the words of a job search mean, decided once for the server (PostgreSQL full text,
 * `server/search.ts`) and the phone (MiniSearch, `offline-search.ts`), so both find the same ads.
 *
 * 1. Syntax, as PostgreSQL's `websearch_to_tsquery`: words (all must match), `"a phrase"`,
 *    `-word` / `-"a phrase"` (must not match) and `or` between groups. The last word typed also
 *    matches as a prefix while typing ("pæd" finds "pædagog").
 * 2. Widening: each word not in quotes gets alternatives, any of which may match instead:
 *    - ae/oe/aa typed for æ/ø/å on a keyboard without Danish letters ("paedagog" → "pædagog",
 *      "laerer" → "lærer"). Folding adds alternatives and never drops the word as typed, so real
 *      words with "ae"/"aa" ("Michael", "Aalborg") still find what they found.
 *    - the vocabulary (`search-vocabulary.ts`): "sosu" → "social- og sundhedsassistent", … and,
 *      when the caller passes them (`occupation-vocabulary.ts`), English, Ukrainian and Arabic
 *      occupation words: "nurse", "медсестра", "ممرضة" → "sygeplejerske". Each long form is
 *      searched as a phrase, as if typed in quotes. Words typed one by one that make a vocabulary
 *      phrase ("bus driver", "водій автобуса") are matched as that phrase.
 *    A quoted phrase means exactly that phrase and is not widened. A negated word is widened too,
 *    so "-paedagog" leaves out "pædagog" ads as "-pædagog" does.
 * 3. `alsoSearched`: the Danish words searched besides those typed, for the result list to say
 *    ("Vi søgte også efter: social- og sundhedsassistent"); `translatedTo`: those of them that
 *    translate her words ("Vi søgte efter de danske ord: sygeplejerske").
 */
import { stemDanish } from './danish-stemmer';
import { searchVocabulary, vocabularyKey, type VocabularyEntry } from './search-vocabulary';

/** One word, a hyphenated word or a quoted phrase, as typed. */
export interface SearchClause {
	/** Without quotes or leading "-". */
	text: string;
	/** Its words (letters and digits), as the indexes split text. */
	words: string[];
	/** In quotes (or a vocabulary long form): the words in this order, no prefix, no typo help. */
	quoted: boolean;
	/** The last word typed, a single word: also matches as a prefix. */
	prefix: boolean;
}

/** A clause and what may match instead of it. */
export interface ExpandedClause extends SearchClause {
	alternatives: SearchClause[];
}

/** Clauses joined by AND; a search is groups joined by `or`. */
export interface SearchGroup {
	include: ExpandedClause[];
	exclude: ExpandedClause[];
}

export interface ExpandedSearch {
	groups: SearchGroup[];
	/** The alternatives of the words she wants (not of negated ones), each once, in order. */
	alsoSearched: string[];
	/**
	 * Those of `alsoSearched` that translate a word she typed in English, Ukrainian or Arabic
	 * ("nurse" → "sygeplejerske"): the result list names them so she learns the Danish words.
	 */
	translatedTo: string[];
}

const WORD_SPLIT = /[^\p{L}\p{N}]+/u;

/** Splits text into words the way the indexes do (letters and digits). */
export function searchWords(text: string): string[] {
	return text.split(WORD_SPLIT).filter((w) => w !== '');
}

/**
 * The last word is a prefix under the server's rule: at least three letters or digits at the very
 * end, not inside a quote, not negated, not part of a hyphenated word, not right after "or".
 */
function lastWordIsPrefix(q: string): boolean {
	const found = /^(.*?)([\p{L}\p{N}]{3,})$/u.exec(q);
	if (!found) return false;
	const head = found[1] ?? '';
	return !(
		(head.match(/"/g)?.length ?? 0) % 2 === 1 ||
		/[-"\p{L}\p{N}]$/u.test(head) ||
		/(^|\s)or\s*$/i.test(head)
	);
}

interface ParsedGroup {
	include: SearchClause[];
	exclude: SearchClause[];
}

/** Parses `q`: words (AND), `"a phrase"`, `-word` / `-"a phrase"` (NOT) and `or` between groups. */
export function parseSearchText(q: string): ParsedGroup[] {
	const text = q.trim();
	const prefixAtEnd = lastWordIsPrefix(text);
	const groups: ParsedGroup[] = [{ include: [], exclude: [] }];
	let i = 0;
	while (i < text.length) {
		while (i < text.length && /\s/u.test(text.charAt(i))) i++;
		if (i >= text.length) break;
		let negate = false;
		if (text.charAt(i) === '-' && i + 1 < text.length && !/\s/u.test(text.charAt(i + 1))) {
			negate = true;
			i++;
		}
		let raw: string;
		let quoted = false;
		if (text.charAt(i) === '"') {
			const end = text.indexOf('"', i + 1);
			raw = text.slice(i + 1, end === -1 ? text.length : end);
			i = end === -1 ? text.length : end + 1;
			quoted = true;
		} else {
			const start = i;
			while (i < text.length && !/[\s"]/u.test(text.charAt(i))) i++;
			raw = text.slice(start, i);
		}
		const group = groups.at(-1)!;
		if (!negate && !quoted && raw.toLowerCase() === 'or') {
			if (group.include.length + group.exclude.length > 0) {
				groups.push({ include: [], exclude: [] });
			}
			continue;
		}
		const words = searchWords(raw);
		if (words.length === 0) continue;
		const prefix = !negate && !quoted && i >= text.length && prefixAtEnd && words.length === 1;
		(negate ? group.exclude : group.include).push({ text: raw, words, quoted, prefix });
	}
	return groups.filter((g) => g.include.length + g.exclude.length > 0);
}

const DIGRAPH = /ae|oe|aa/g;
const LETTER_OF: Record<string, string> = { ae: 'æ', oe: 'ø', aa: 'å' };
/** Beyond this many pairs in one word only the fully folded form is tried (2^n forms). */
const MAX_PAIRS_COMBINED = 3;

/**
 * The word with ae/oe/aa read as æ/ø/å, in every combination ("aarhus" → "århus"; "laegesekretaer"
 * → "lægesekretaer", "laegesekretær", "lægesekretær"), lower case; never the word itself.
 */
export function foldDanishLetters(word: string): string[] {
	const lower = word.toLowerCase();
	const pairs = [...lower.matchAll(DIGRAPH)].map((m) => m.index);
	if (pairs.length === 0) return [];
	const fold = (chosen: readonly number[]) => {
		let out = '';
		let from = 0;
		for (const at of chosen) {
			out += lower.slice(from, at) + LETTER_OF[lower.slice(at, at + 2)];
			from = at + 2;
		}
		return out + lower.slice(from);
	};
	if (pairs.length > MAX_PAIRS_COMBINED) return [fold(pairs)];
	const forms: string[] = [];
	// Every non-empty subset, the fully folded form first (the likeliest meaning).
	for (let mask = (1 << pairs.length) - 1; mask > 0; mask--) {
		forms.push(fold(pairs.filter((_, k) => mask & (1 << k))));
	}
	return forms;
}

/** Cyrillic endings of Ukrainian nouns and adjectives, longest first (`ukrainianStem`). */
const UKRAINIAN_ENDINGS = [
	'ами',
	'ями',
	'ові',
	'еві',
	'єві',
	'ою',
	'ею',
	'єю',
	'ів',
	'їв',
	'ям',
	'ам',
	'ах',
	'ях',
	'ом',
	'ем',
	'єм',
	'ий',
	'ій',
	'а',
	'я',
	'и',
	'і',
	'ї',
	'у',
	'ю',
	'о',
	'е',
	'є',
	'ь',
	'й'
];
const CYRILLIC = /\p{Script=Cyrillic}/u;
const ARABIC = /\p{Script=Arabic}/u;

/**
 * A Ukrainian word without its case ending, so the cases not listed in the vocabulary find their
 * row: "медсестрою", "лікаря", "водієм" (as in "працювати водієм") → "медсестр", "лікар", "воді".
 * Crude on purpose — it is only compared with the stems of the vocabulary's own words.
 */
export function ukrainianStem(word: string): string {
	const lower = word.toLowerCase();
	const ending = UKRAINIAN_ENDINGS.find((e) => lower.endsWith(e) && lower.length - e.length >= 3);
	return ending ? lower.slice(0, -ending.length) : lower;
}

/** A term's words, each stemmed in its own script (Danish, also for English; Ukrainian; Arabic as folded). */
function stemKey(text: string): string {
	return searchWords(vocabularyKey(text))
		.map((w) => (CYRILLIC.test(w) ? ukrainianStem(w) : ARABIC.test(w) ? w : stemDanish(w)))
		.join(' ');
}

/** Vocabulary rows by their term, and by the stems of its words. */
interface VocabularyIndex {
	byTerm: Map<string, VocabularyEntry[]>;
	byStem: Map<string, VocabularyEntry[]>;
}

function buildIndex(entries: readonly VocabularyEntry[]): VocabularyIndex {
	const index: VocabularyIndex = { byTerm: new Map(), byStem: new Map() };
	const add = (map: Map<string, VocabularyEntry[]>, key: string, entry: VocabularyEntry) =>
		map.set(key, [...(map.get(key) ?? []), entry]);
	for (const entry of entries) {
		add(index.byTerm, vocabularyKey(entry.term), entry);
		add(index.byStem, stemKey(entry.term), entry);
	}
	return index;
}

/**
 * The Danish rows always; the other languages' rows when given (the phone loads them lazily). Built
 * at the first search, not when the module loads: /job loads the offline search's code in idle time
 * for the service worker to keep, and building this then was a 100 ms task at 4x CPU throttle.
 */
let danishIndex: VocabularyIndex | null = null;
const indexes = new WeakMap<readonly VocabularyEntry[], VocabularyIndex>();
function indexWith(more: readonly VocabularyEntry[]): VocabularyIndex {
	if (more.length === 0) return (danishIndex ??= buildIndex(searchVocabulary));
	let index = indexes.get(more);
	if (!index) {
		index = buildIndex([...searchVocabulary, ...more]);
		indexes.set(more, index);
	}
	return index;
}

/** Inflected forms ("sosuer", "chauffører", "медсестрою") find their row by stem; short words only as typed. */
const MIN_STEM_LOOKUP_LENGTH = 4;

function vocabularyFor(form: string, index: VocabularyIndex): VocabularyEntry[] {
	const exact = index.byTerm.get(vocabularyKey(form));
	if (exact) return exact;
	if (form.length < MIN_STEM_LOOKUP_LENGTH) return [];
	return index.byStem.get(stemKey(form)) ?? [];
}

/** A clause's alternatives, and those of them that translate a word of another language. */
interface Widening {
	alternatives: SearchClause[];
	translated: string[];
}

function widen(clause: SearchClause, index: VocabularyIndex, vocabularyOnly = false): Widening {
	const widening: Widening = { alternatives: [], translated: [] };
	if (clause.quoted && !vocabularyOnly) return widening;
	const seen = new Set([`w:${clause.text.toLowerCase()}`]);
	const add = (alternative: SearchClause) => {
		const key = `${alternative.quoted ? 'q' : 'w'}:${alternative.text.toLowerCase()}`;
		if (seen.has(key) || alternative.words.length === 0) return;
		seen.add(key);
		widening.alternatives.push(alternative);
	};
	const folded = vocabularyOnly ? [] : foldDanishLetters(clause.text);
	for (const text of folded) add({ ...clause, text, words: searchWords(text) });
	for (const form of [clause.text, ...folded]) {
		for (const entry of vocabularyFor(form, index)) {
			for (const text of entry.danish) {
				// A long form that is the word itself ("chauffør" under "driver") needs no phrase.
				if (text.toLowerCase() === clause.text.toLowerCase()) continue;
				add({ text, words: searchWords(text), quoted: true, prefix: false });
				if (entry.lang !== 'da' && !widening.translated.includes(text)) {
					widening.translated.push(text);
				}
			}
		}
	}
	return widening;
}

/** The longest vocabulary phrase typed as separate words ("bus driver", "سائق حافلة"). */
const MAX_PHRASE_WORDS = 4;

/**
 * Words she typed one by one that together are a vocabulary term become one clause, the phrase
 * as typed ("bus driver" in that order), so they widen as the phrase ("buschauffør") and not each
 * word alone ("driver" → every kind of chauffør).
 */
function joinPhrases(clauses: readonly SearchClause[], index: VocabularyIndex): SearchClause[] {
	const joined: SearchClause[] = [];
	for (let i = 0; i < clauses.length;) {
		let taken = 1;
		for (let n = Math.min(MAX_PHRASE_WORDS, clauses.length - i); n >= 2; n--) {
			const run = clauses.slice(i, i + n);
			if (run.some((c) => c.quoted)) continue;
			if (vocabularyFor(run.map((c) => c.text).join(' '), index).length > 0) {
				taken = n;
				break;
			}
		}
		const run = clauses.slice(i, i + taken);
		joined.push(
			taken === 1
				? run[0]!
				: {
						text: run.map((c) => c.text).join(' '),
						words: run.flatMap((c) => c.words),
						quoted: true,
						prefix: false
					}
		);
		i += taken;
	}
	return joined;
}

/**
 * Words in Cyrillic or Arabic letters that the vocabulary does not know ("робота", "وظيفة")
 * cannot be in a Danish ad: beside a word that is searched they are left out, so "робота
 * медсестра" finds the sygeplejerske ads. Alone they stay (and find nothing, as she typed).
 */
function withoutUntranslated(clauses: ExpandedClause[]): ExpandedClause[] {
	const kept = clauses.filter(
		(c) => c.alternatives.length > 0 || !(CYRILLIC.test(c.text) || ARABIC.test(c.text)) || c.quoted
	);
	return kept.length > 0 ? kept : clauses;
}

/**
 * The search's groups with every clause widened, and the words searched besides those typed.
 * `more`: vocabulary rows beyond the Danish ones (`occupation-vocabulary.ts`).
 */
export function expandSearch(q: string, more: readonly VocabularyEntry[] = []): ExpandedSearch {
	const index = indexWith(more);
	const alsoSearched: string[] = [];
	const translatedTo: string[] = [];
	const note = (list: string[], words: readonly string[]) => {
		for (const word of words) if (!list.includes(word)) list.push(word);
	};
	const groups = parseSearchText(q).map((group) => ({
		include: withoutUntranslated(
			joinPhrases(group.include, index).map((clause) => {
				const joined = clause.quoted && !group.include.includes(clause);
				const { alternatives, translated } = widen(clause, index, joined);
				note(
					alsoSearched,
					alternatives.map((a) => a.text)
				);
				note(translatedTo, translated);
				return { ...clause, alternatives };
			})
		),
		exclude: group.exclude.map((clause) => ({
			...clause,
			alternatives: widen(clause, index).alternatives
		}))
	}));
	return { groups, alsoSearched, translatedTo };
}
