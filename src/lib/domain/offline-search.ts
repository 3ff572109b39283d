/**
 * The job search that runs on the phone with no network, over the ads kept there (opened, seen on
 * result pages, saved; `client/job-cache.ts` reads them from IndexedDB). Pure: no IndexedDB, no
 * Svelte. The server's query model (`JobSearchQuery`): the same filters, the same sorts, the same
 * words as `server/search.ts` — parsed and widened by `search-expansion.ts` (ae/oe/aa, the
 * vocabulary), Danish stemming with the server's stemmer and stop words, the last word as a prefix
 * while typing, `"…"` phrases, `-ord` and `or`. On top of that it forgives a typo (a little
 * fuzziness) where the server instead falls back to trigram matching. No paging and no facets:
 * `limit` ads, and `total`.
 *
 * Relevance is the server's: a hit in the title counts most, then the occupation, then anywhere
 * else (title 1, occupation 0.4, as PostgreSQL's ts_rank weighs A and B; a prefix-only hit half),
 * summed over the words; ties go to the newest ad, then the id.
 */
import MiniSearch from 'minisearch';
import { danishSearchTerm } from './danish-stemmer';
import type { JobSearchQuery } from './job-search';
import { isApplicationClosed, type JobAd } from './jobs';
import { localDateOf } from './local-time';
import {
	expandSearch,
	searchWords,
	type ExpandedSearch,
	type SearchClause
} from './search-expansion';
import type { VocabularyEntry } from './search-vocabulary';
import { municipalitiesInRegion, postalCodeInfo } from './taxonomy/municipalities';
import { municipalitiesWithinKm } from './taxonomy/municipality-centroids';
import { subGroupsOf } from './taxonomy/occupations';

const DAY_MS = 86_400_000;

// ---------------------------------------------------------------------------------------------
// Filters: the same as the server's (src/lib/server/search.ts), on one ad.

/**
 * Whether an ad passes the query's filters (not the words): municipality, region, postal code
 * (alone: that code; with `radiusKm`: every municipality within the radius of its primary
 * municipality), occupation group (DISCO-08 major or sub-major), hours and `postedWithinDays`.
 */
export function createJobFilter(query: JobSearchQuery, now = new Date()): (ad: JobAd) => boolean {
	const tests: ((ad: JobAd) => boolean)[] = [];
	if (query.postedWithinDays !== undefined) {
		const since = now.getTime() - query.postedWithinDays * DAY_MS;
		tests.push((ad) => Date.parse(ad.postedAt) >= since);
	}
	if (query.postalCode !== undefined) {
		const info = postalCodeInfo(query.postalCode);
		const postalCode = query.postalCode;
		if (query.radiusKm !== undefined && info) {
			const near = new Set(municipalitiesWithinKm(info.municipalityCode, query.radiusKm));
			tests.push((ad) => near.has(ad.municipality.code));
		} else {
			tests.push((ad) => ad.postalCode === postalCode);
		}
	}
	if (query.municipality !== undefined) {
		const municipality = query.municipality;
		tests.push((ad) => ad.municipality.code === municipality);
	}
	if (query.region !== undefined) {
		const inRegion = new Set(municipalitiesInRegion(query.region).map((m) => m.code));
		tests.push((ad) => inRegion.has(ad.municipality.code));
	}
	if (query.occupation !== undefined) {
		const groups = new Set(
			query.occupation.length === 1
				? subGroupsOf(query.occupation).map((g) => g.code)
				: [query.occupation]
		);
		tests.push((ad) => groups.has(ad.occupation.code.slice(0, 2)));
	}
	if (query.hours !== undefined) {
		const hours = query.hours;
		tests.push((ad) => ad.hours === hours);
	}
	return (ad) => tests.every((test) => test(ad));
}

// ---------------------------------------------------------------------------------------------
// Words: the expanded search as index terms.

/** A word or a phrase as index terms; null stands for a stop word (it keeps its place). */
export interface JobQueryClause {
	terms: (string | null)[];
	/** The last word typed: also matches as a prefix ("pæd" finds "pædagog"). */
	prefix: boolean;
	/** In quotes (or a vocabulary long form): matched exactly, no typo tolerance. */
	exact: boolean;
}

/** Clauses joined by AND, each met by any of its forms; a query is groups joined by `or`. */
export interface JobQueryGroup {
	include: JobQueryClause[][];
	exclude: JobQueryClause[][];
}

const termCache = new Map<string, string | null>();

/** Lowercased, stemmed index term of a word; null for a stop word. Memoised: ads repeat words. */
function termOf(word: string): string | null {
	let term = termCache.get(word);
	if (term === undefined) {
		if (termCache.size > 50_000) termCache.clear();
		term = danishSearchTerm(word);
		termCache.set(word, term);
	}
	return term;
}

function indexClause(clause: SearchClause): JobQueryClause | null {
	const terms = clause.words.map(termOf);
	while (terms.length > 0 && terms[0] === null) terms.shift();
	while (terms.length > 0 && terms.at(-1) === null) terms.pop();
	if (terms.length === 0) return null;
	return { terms, prefix: clause.prefix && terms.length === 1, exact: clause.quoted };
}

/** A clause as typed, then its alternatives; stop words alone drop out, as on the server. */
function forms(clause: SearchClause & { alternatives: SearchClause[] }): JobQueryClause[] {
	return [clause, ...clause.alternatives]
		.map(indexClause)
		.filter((c): c is JobQueryClause => c !== null);
}

/** Parses and widens `q` (search-expansion.ts) into index terms. */
export function parseJobQuery(
	q: string,
	vocabulary: readonly VocabularyEntry[] = []
): JobQueryGroup[] {
	return toQueryGroups(expandSearch(q, vocabulary));
}

function toQueryGroups(expanded: ExpandedSearch): JobQueryGroup[] {
	return expanded.groups
		.map((group) => ({
			include: group.include.map(forms).filter((f) => f.length > 0),
			exclude: group.exclude.map(forms).filter((f) => f.length > 0)
		}))
		.filter((g) => g.include.length + g.exclude.length > 0);
}

// ---------------------------------------------------------------------------------------------
// The index.

/** MiniSearch fields and their boosts. Title and occupation come first: relevance reads them. */
const FIELDS = ['title', 'occupation', 'employer', 'city', 'description'] as const;
type Field = (typeof FIELDS)[number];
/** Relevance weight of a hit per field: ts_rank's default weights for the server's A and B. */
const RANK_WEIGHT: Partial<Record<Field, number>> = { title: 1, occupation: 0.4 };

function fieldText(ad: JobAd, field: Field): string {
	return field === 'occupation' ? ad.occupation.title : ad[field];
}

/** A MiniSearch index over ads: Danish stems, no stop words. */
export function buildJobIndex(ads: readonly JobAd[]): MiniSearch<JobAd> {
	const index = new MiniSearch<JobAd>({
		fields: [...FIELDS],
		extractField: (ad, field) => fieldText(ad, field as Field),
		tokenize: searchWords,
		processTerm: (term) => termOf(term),
		// Dropped ads are left to the rebuild in `indexFor`, not to timers.
		autoVacuum: false
	});
	index.addAll(ads);
	return index;
}

interface IndexedAds {
	index: MiniSearch<JobAd>;
	/** The ads as indexed, by id. */
	ads: Map<string, JobAd>;
}

/**
 * The index of each database's ads, kept between searches: building it for 400 ads takes tens of
 * milliseconds (more on a cheap phone), searching it well under one. Each search brings it up to
 * date with the ads read from the database — adds the new, replaces the changed, drops the gone —
 * and rebuilds it when many were dropped.
 */
const indexes = new WeakMap<object, IndexedAds>();

const sameText = (a: JobAd, b: JobAd) => FIELDS.every((f) => fieldText(a, f) === fieldText(b, f));

export function indexFor(ads: readonly JobAd[], cacheKey: object | null): MiniSearch<JobAd> {
	const cached = cacheKey ? indexes.get(cacheKey) : undefined;
	if (cached) {
		const current = new Set<string>();
		for (const ad of ads) {
			current.add(ad.id);
			const indexed = cached.ads.get(ad.id);
			if (indexed && sameText(indexed, ad)) continue;
			if (indexed) cached.index.replace(ad);
			else cached.index.add(ad);
			cached.ads.set(ad.id, ad);
		}
		for (const id of cached.ads.keys()) {
			if (current.has(id)) continue;
			cached.index.discard(id);
			cached.ads.delete(id);
		}
		const { dirtCount, documentCount } = cached.index;
		if (dirtCount <= Math.max(100, documentCount / 4)) return cached.index;
	}
	const index = buildJobIndex(ads);
	if (cacheKey) indexes.set(cacheKey, { index, ads: new Map(ads.map((ad) => [ad.id, ad])) });
	return index;
}

// ---------------------------------------------------------------------------------------------
// Matching and relevance.

/** Slight typo tolerance: one edit in a 5–7 letter stem, two from 8 letters. */
function fuzziness(term: string): number | false {
	return term.length >= 5 ? 0.2 : false;
}

/** Where a phrase's terms stand in a row in these tokens (a stop word matches any word). */
function hasPhrase(tokens: (string | null)[], terms: (string | null)[]): boolean {
	for (let start = 0; start + terms.length <= tokens.length; start++) {
		if (terms.every((term, k) => term === null || tokens[start + k] === term)) return true;
	}
	return false;
}

/**
 * What one search needs of the ads: the tokens of each field, read once and only when asked —
 * tokenising a description costs a few tenths of a millisecond, so ranking reads only the title
 * and occupation, and only phrases and negations read the rest.
 */
function adTokens(ads: readonly JobAd[]) {
	const byId = new Map(ads.map((ad) => [ad.id, ad]));
	const cache = new Map<string, (string | null)[]>();
	return (id: string, f: number) => {
		const key = `${f}:${id}`;
		let tokens = cache.get(key);
		if (!tokens) {
			tokens = searchWords(fieldText(byId.get(id)!, FIELDS[f]!)).map(termOf);
			cache.set(key, tokens);
		}
		return tokens;
	};
}

type TokensOf = ReturnType<typeof adTokens>;

/** A phrase in any field of the ad. */
function inAnyField(tokensOf: TokensOf, id: string, terms: (string | null)[]): boolean {
	return FIELDS.some((_, f) => hasPhrase(tokensOf(id, f), terms));
}

/** How much a form weighs in an ad: the best of its title / occupation hits, 0 elsewhere. */
function rankOf(tokensOf: TokensOf, id: string, form: JobQueryClause): number {
	let best = 0;
	FIELDS.forEach((field, f) => {
		const weight = RANK_WEIGHT[field] ?? 0;
		if (weight <= best) return;
		const tokens = tokensOf(id, f);
		if (hasPhrase(tokens, form.terms)) best = weight;
		else if (form.prefix && tokens.some((t) => t?.startsWith(form.terms[0]!))) best = weight / 2;
	});
	return best;
}

/** Relevance by ad id, for the `allowed` ads that match at least one group. */
function scoreByWords(
	index: MiniSearch<JobAd>,
	ads: readonly JobAd[],
	groups: JobQueryGroup[],
	allowed: ReadonlySet<string>
): Map<string, number> {
	const tokensOf = adTokens(ads);
	const options = {
		tokenize: (term: string) => [term],
		processTerm: (term: string) => term,
		maxFuzzy: 2
	};
	const matchCache = new Map<string, Set<string>>();
	/** The allowed ads a form matches: its words through the index, then the phrase in order. */
	const matching = (form: JobQueryClause): Set<string> => {
		const key = JSON.stringify(form);
		let ids = matchCache.get(key);
		if (ids) return ids;
		const terms = form.terms.filter((t): t is string => t !== null);
		const loose = form.terms.length === 1 && !form.exact;
		const hits = index.search(
			{
				combineWith: 'AND',
				queries: terms.map((term) =>
					loose
						? { queries: [term], prefix: form.prefix, fuzzy: fuzziness(term) }
						: { queries: [term], prefix: false, fuzzy: false }
				)
			},
			options
		);
		ids = new Set(
			hits
				.map((hit) => hit.id as string)
				.filter(
					(id) =>
						allowed.has(id) && (form.terms.length === 1 || inAnyField(tokensOf, id, form.terms))
				)
		);
		matchCache.set(key, ids);
		return ids;
	};
	const excluded = (id: string, clause: JobQueryClause[]) =>
		clause.some((form) => inAnyField(tokensOf, id, form.terms));
	const scores = new Map<string, number>();
	for (const group of groups) {
		let candidates: Set<string> = new Set(allowed);
		for (const clause of group.include) {
			const met = new Set(clause.flatMap((form) => [...matching(form)]));
			candidates = new Set([...candidates].filter((id) => met.has(id)));
		}
		for (const id of candidates) {
			if (group.exclude.some((clause) => excluded(id, clause))) continue;
			const score = group.include.reduce(
				(sum, clause) => sum + Math.max(...clause.map((form) => rankOf(tokensOf, id, form))),
				0
			);
			scores.set(id, Math.max(scores.get(id) ?? 0, score));
		}
	}
	return scores;
}

// ---------------------------------------------------------------------------------------------
// The search.

export interface CachedJobSearchResult {
	items: JobAd[];
	/** Ads on the phone that match, all of them (`items` holds the first `limit`). */
	total: number;
	/**
	 * Where the matching ads come from. Each ad counts once, under the first of saved, viewed
	 * (opened) and results (seen on a result page) it belongs to, so the three add up to `total`.
	 */
	source: { viewed: number; results: number; saved: number };
	/** Danish words searched besides those typed (the vocabulary, ae/oe/aa). */
	alsoSearched: string[];
	/** Those of them that translate her English, Ukrainian or Arabic words. */
	translatedTo: string[];
}

export type CachedJobSource = keyof CachedJobSearchResult['source'];

/** An ad on the phone and the source it counts under. */
export interface CachedJobEntry {
	ad: JobAd;
	source: CachedJobSource;
}

const compareIds = (a: JobAd, b: JobAd) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const newestFirst = (a: JobAd, b: JobAd) =>
	Date.parse(b.postedAt) - Date.parse(a.postedAt) || compareIds(a, b);
const deadlineFirst = (a: JobAd, b: JobAd) =>
	a.deadline === b.deadline
		? compareIds(a, b)
		: a.deadline === null
			? 1
			: b.deadline === null
				? -1
				: a.deadline < b.deadline
					? -1
					: 1;

/**
 * Searches ads already read (each id once) with the server's query model. Ads whose deadline has
 * passed (Europe/Copenhagen) are left out. Sorted by `query.sort` — relevance (without words:
 * newest; ties newest first, then by id), newest (posted), deadline (soonest first, no deadline
 * last) — like the server. `cursor` is ignored: one page of `limit`. With a `cacheKey` (the
 * database) the index is kept for the next search with the same key and brought up to date then.
 * `vocabulary`: the English, Ukrainian and Arabic rows (`occupation-vocabulary.ts`), which the
 * phone loads only for this search; without them only the Danish vocabulary widens.
 */
export function searchJobEntries(
	entries: readonly CachedJobEntry[],
	query: JobSearchQuery,
	now = new Date(),
	cacheKey: object | null = null,
	vocabulary: readonly VocabularyEntry[] = []
): CachedJobSearchResult {
	const today = localDateOf(now);
	const passes = createJobFilter(query, now);
	const pool = entries.filter((c) => !isApplicationClosed(c.ad, today) && passes(c.ad));
	const q = query.q?.trim() ?? '';
	let matches: CachedJobEntry[] = pool;
	let scores: Map<string, number> | null = null;
	const expanded = q === '' ? null : expandSearch(q, vocabulary);
	if (expanded) {
		const groups = toQueryGroups(expanded);
		// The index holds every ad on the phone, so it survives a change of filters or of day.
		const ads = entries.map((c) => c.ad);
		const allowed = new Set(pool.map((c) => c.ad.id));
		scores =
			groups.length > 0
				? scoreByWords(indexFor(ads, cacheKey), ads, groups, allowed)
				: new Map<string, number>();
		const found = scores;
		matches = pool.filter((c) => found.has(c.ad.id));
	}
	const sort = query.sort === 'relevance' && !scores ? 'newest' : query.sort;
	const relevance = scores;
	const order =
		sort === 'relevance' && relevance
			? (a: CachedJobEntry, b: CachedJobEntry) =>
					(relevance.get(b.ad.id) ?? 0) - (relevance.get(a.ad.id) ?? 0) || newestFirst(a.ad, b.ad)
			: sort === 'deadline'
				? (a: CachedJobEntry, b: CachedJobEntry) => deadlineFirst(a.ad, b.ad)
				: (a: CachedJobEntry, b: CachedJobEntry) => newestFirst(a.ad, b.ad);
	matches.sort(order);
	const source = { viewed: 0, results: 0, saved: 0 };
	for (const match of matches) source[match.source]++;
	return {
		items: matches.slice(0, query.limit).map((c) => c.ad),
		total: matches.length,
		source,
		alsoSearched: expanded?.alsoSearched ?? [],
		translatedTo: expanded?.translatedTo ?? []
	};
}
