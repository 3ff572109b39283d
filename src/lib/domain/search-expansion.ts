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
 *    - the vocabulary (`search-vocabulary.ts`): "sosu" → "social- og sundhedsassistent", … Each
 *      long form is searched as a phrase, as if typed in quotes.
 *    A quoted phrase means exactly that phrase and is not widened. A negated word is widened too,
 *    so "-paedagog" leaves out "pædagog" ads as "-pædagog" does.
 * 3. `alsoSearched`: the Danish words searched besides those typed, for the result list to say
 *    ("Vi søgte også efter: social- og sundhedsassistent").
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

/** Vocabulary rows by their term, and single-word terms also by their Danish stem. */
const byTerm = new Map<string, VocabularyEntry[]>();
const byStem = new Map<string, VocabularyEntry[]>();
for (const entry of searchVocabulary) {
	const add = (map: Map<string, VocabularyEntry[]>, key: string) =>
		map.set(key, [...(map.get(key) ?? []), entry]);
	add(byTerm, vocabularyKey(entry.term));
	if (searchWords(entry.term).length === 1) add(byStem, stemDanish(entry.term));
}

/** Inflected forms ("sosuer", "chauffører") find their row by stem; short words only as typed. */
const MIN_STEM_LOOKUP_LENGTH = 4;

function vocabularyFor(form: string): VocabularyEntry[] {
	const exact = byTerm.get(vocabularyKey(form));
	if (exact) return exact;
	if (form.length < MIN_STEM_LOOKUP_LENGTH || searchWords(form).length !== 1) return [];
	return byStem.get(stemDanish(form)) ?? [];
}

function alternativesOf(clause: SearchClause): SearchClause[] {
	if (clause.quoted) return [];
	const seen = new Set([`w:${clause.text.toLowerCase()}`]);
	const alternatives: SearchClause[] = [];
	const add = (alternative: SearchClause) => {
		const key = `${alternative.quoted ? 'q' : 'w'}:${alternative.text.toLowerCase()}`;
		if (seen.has(key) || alternative.words.length === 0) return;
		seen.add(key);
		alternatives.push(alternative);
	};
	const folded = foldDanishLetters(clause.text);
	for (const text of folded) add({ ...clause, text, words: searchWords(text) });
	for (const form of [clause.text, ...folded]) {
		for (const entry of vocabularyFor(form)) {
			for (const text of entry.danish) {
				// A long form that is the word itself ("chauffør" under "driver") needs no phrase.
				if (text.toLowerCase() === clause.text.toLowerCase()) continue;
				add({ text, words: searchWords(text), quoted: true, prefix: false });
			}
		}
	}
	return alternatives;
}

/** The search's groups with every clause widened, and the words searched besides those typed. */
export function expandSearch(q: string): ExpandedSearch {
	const alsoSearched: string[] = [];
	const groups = parseSearchText(q).map((group) => ({
		include: group.include.map((clause) => {
			const alternatives = alternativesOf(clause);
			for (const a of alternatives) if (!alsoSearched.includes(a.text)) alsoSearched.push(a.text);
			return { ...clause, alternatives };
		}),
		exclude: group.exclude.map((clause) => ({ ...clause, alternatives: alternativesOf(clause) }))
	}));
	return { groups, alsoSearched };
}
