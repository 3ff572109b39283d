/**
 * Job ads kept on the phone, and the job search that runs over them when there is no network.
 *
 * The phone keeps three kinds of ads: the ones the citizen opened (`rememberViewedJob`, the last
 * 50), the ones on the search result pages she saw (`rememberSearchResults`, at most 300, the
 * oldest seen dropped first) — both in the store `jobAds` — and her saved jobs (store
 * `savedJobs`, never dropped here). `searchCachedJobs` searches all three as one list, with the
 * server's query model (`JobSearchQuery`): the same filters, the same sorts, Danish stemming with
 * the server's stemmer and stop words, the last word as a prefix while typing, `"…"` phrases,
 * `-ord` and `or`. On top of that it forgives a typo (a little fuzziness) where the server instead
 * falls back to trigram matching. No paging and no facets: `limit` ads, and `total`.
 *
 * The module takes a `UserDb` and does not care whose it is: a citizen's own database or the
 * device's guest database (`openUserDb('guest')`) — both are erased at logout.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { IDBPTransaction } from 'idb';
import { danishSearchTerm } from '../domain/danish-stemmer';
import type { JobSearchQuery } from '../domain/job-search';
import { isApplicationClosed, type JobAd } from '../domain/jobs';
import { localDateOf } from '../domain/local-time';
import { municipalitiesInRegion, postalCodeInfo } from '../domain/taxonomy/municipalities';
import { municipalitiesWithinKm } from '../domain/taxonomy/municipality-centroids';
import { subGroupsOf } from '../domain/taxonomy/occupations';
import {
	GUEST_USER_ID,
	lastUserId,
	openUserDb,
	type CachedJobAd,
	type UserDb,
	type UserDbSchema
} from './db';

/** Ads kept from result pages (neither opened nor saved); the oldest seen go first. */
export const MAX_RESULT_ADS = 300;
/** Ads kept as recently opened. */
export const MAX_VIEWED_ADS = 50;

const DAY_MS = 86_400_000;

type CacheTx = IDBPTransaction<UserDbSchema, ('jobAds' | 'savedJobs')[], 'readwrite'>;

/** Keeps an ad the citizen opened (its page), as the newest recently viewed ad. */
export async function rememberViewedJob(db: UserDb, ad: JobAd, now = new Date()): Promise<void> {
	const tx = db.transaction(['jobAds', 'savedJobs'], 'readwrite');
	const store = tx.objectStore('jobAds');
	const existing = await store.get(ad.id);
	await store.put({ ...existing, id: ad.id, ad, viewedAt: now.toISOString() });
	await prune(tx, now);
	await tx.done;
}

/** Keeps the ads of one page of search results (the newest copy of each ad wins). */
export async function rememberSearchResults(
	db: UserDb,
	ads: readonly JobAd[],
	now = new Date()
): Promise<void> {
	if (ads.length === 0) return;
	const tx = db.transaction(['jobAds', 'savedJobs'], 'readwrite');
	const store = tx.objectStore('jobAds');
	const seenInResultsAt = now.toISOString();
	const unique = [...new Map(ads.map((ad) => [ad.id, ad])).values()];
	const existing = await Promise.all(unique.map((ad) => store.get(ad.id)));
	await Promise.all(
		unique.map((ad, i) => store.put({ ...existing[i], id: ad.id, ad, seenInResultsAt }))
	);
	await prune(tx, now);
	await tx.done;
}

/** The ads the citizen opened most recently, newest first. */
export async function recentlyViewedJobs(db: UserDb, limit = 10): Promise<JobAd[]> {
	const records = await db.getAll('jobAds');
	return records
		.filter((r): r is CachedJobAd & { viewedAt: string } => r.viewedAt !== undefined)
		.sort((a, b) => b.viewedAt.localeCompare(a.viewedAt) || a.id.localeCompare(b.id))
		.slice(0, limit)
		.map((r) => r.ad);
}

/** One ad from the phone (opened, on a result page or saved), e.g. to open its page offline. */
export async function cachedJob(db: UserDb, id: string): Promise<JobAd | null> {
	const [record, saved] = await Promise.all([db.get('jobAds', id), db.get('savedJobs', id)]);
	return newestCopy(record, saved?.job ?? null, saved?.savedAt);
}

/**
 * An ad kept in the last signed-in citizen's database or the device's guest database, for opening
 * an ad page with no network (the page's load runs outside any component, so it opens them itself).
 */
export async function findJobOnPhone(id: string): Promise<JobAd | null> {
	for (const userId of [lastUserId(), GUEST_USER_ID]) {
		if (!userId) continue;
		const db = await openUserDb(userId);
		try {
			const ad = await cachedJob(db, id);
			if (ad) return ad;
		} finally {
			db.close();
		}
	}
	return null;
}

/**
 * Applies the bounds: the last MAX_VIEWED_ADS opened ads stay "viewed"; ads that are only from
 * result pages (not viewed, not saved) are kept up to MAX_RESULT_ADS, the most recently seen
 * first, and dropped once their deadline has passed. An ad that leaves the viewed list stays as a
 * result ad when it was on a result page, and as long as it is saved.
 */
async function prune(tx: CacheTx, now: Date): Promise<void> {
	const store = tx.objectStore('jobAds');
	const [records, savedKeys] = await Promise.all([
		store.getAll(),
		tx.objectStore('savedJobs').getAllKeys()
	]);
	const saved = new Set<string>(savedKeys);
	const writes: Promise<unknown>[] = [];

	const viewed = records
		.filter((r): r is CachedJobAd & { viewedAt: string } => r.viewedAt !== undefined)
		.sort((a, b) => b.viewedAt.localeCompare(a.viewedAt) || a.id.localeCompare(b.id));
	const others: CachedJobAd[] = records.filter((r) => r.viewedAt === undefined);
	// Requests in one transaction run in order: a demoted ad deleted below is put first, then gone.
	for (const record of viewed.slice(MAX_VIEWED_ADS)) {
		const { viewedAt: _viewedAt, ...rest } = record;
		writes.push(store.put(rest));
		others.push(rest);
	}

	const today = localDateOf(now);
	const results: (CachedJobAd & { seenInResultsAt: string })[] = [];
	for (const record of others) {
		if (saved.has(record.id)) continue;
		if (record.seenInResultsAt === undefined || isApplicationClosed(record.ad, today)) {
			writes.push(store.delete(record.id));
		} else {
			results.push({ ...record, seenInResultsAt: record.seenInResultsAt });
		}
	}
	results.sort(
		(a, b) => b.seenInResultsAt.localeCompare(a.seenInResultsAt) || a.id.localeCompare(b.id)
	);
	for (const record of results.slice(MAX_RESULT_ADS)) writes.push(store.delete(record.id));
	await Promise.all(writes);
}

/** The fresher of the two copies of an ad: the store's (opened / seen in results) or the saved one. */
function newestCopy(
	record: CachedJobAd | undefined,
	savedAd: JobAd | null,
	savedAt: string | undefined
): JobAd | null {
	if (!record) return savedAd;
	if (!savedAd) return record.ad;
	const recordAt = [record.viewedAt, record.seenInResultsAt]
		.filter((at): at is string => at !== undefined)
		.sort()
		.at(-1);
	return (recordAt ?? '') >= (savedAt ?? '') ? record.ad : savedAd;
}

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
// Words: web-search syntax like the server's websearch_to_tsquery('danish', q).

/** A word or a quoted phrase, as index terms; null stands for a stop word (it keeps its place). */
export interface JobQueryClause {
	terms: (string | null)[];
	/** The last word typed: also matches as a prefix ("pæd" finds "pædagog"). */
	prefix: boolean;
	/** In quotes: matched exactly, no typo tolerance. */
	exact: boolean;
}

/** Clauses joined by AND; a query is groups joined by `or`. */
export interface JobQueryGroup {
	include: JobQueryClause[];
	exclude: JobQueryClause[];
}

const WORD_SPLIT = /[^\p{L}\p{N}]+/u;

/** Splits text into words the way the index does. */
function words(text: string): string[] {
	return text.split(WORD_SPLIT).filter((w) => w !== '');
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

function clauseOf(text: string, prefix: boolean, exact: boolean): JobQueryClause | null {
	const terms = words(text).map(termOf);
	while (terms.length > 0 && terms[0] === null) terms.shift();
	while (terms.length > 0 && terms.at(-1) === null) terms.pop();
	return terms.length === 0 ? null : { terms, prefix: prefix && terms.length === 1, exact };
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

/** Parses `q`: words (AND), `"a phrase"`, `-word` / `-"a phrase"` (NOT) and `or` between groups. */
export function parseJobQuery(q: string): JobQueryGroup[] {
	const text = q.trim();
	const prefixAtEnd = lastWordIsPrefix(text);
	const groups: JobQueryGroup[] = [{ include: [], exclude: [] }];
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
		const clause = clauseOf(raw, !negate && !quoted && i >= text.length && prefixAtEnd, quoted);
		if (clause) (negate ? group.exclude : group.include).push(clause);
	}
	return groups.filter((g) => g.include.length + g.exclude.length > 0);
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
}

export type CachedJobSource = keyof CachedJobSearchResult['source'];

/** An ad on the phone and the source it counts under. */
export interface CachedJobEntry {
	ad: JobAd;
	source: CachedJobSource;
}

/** MiniSearch fields and their boosts: a title hit outranks an occupation hit, and so on. */
const FIELDS = ['title', 'occupation', 'employer', 'city', 'description'] as const;
type Field = (typeof FIELDS)[number];
const BOOST: Record<Field, number> = {
	title: 3,
	occupation: 2,
	employer: 1,
	city: 1,
	description: 1
};

function fieldText(ad: JobAd, field: Field): string {
	return field === 'occupation' ? ad.occupation.title : ad[field];
}

/** A MiniSearch index over ads: Danish stems, no stop words. */
export function buildJobIndex(ads: readonly JobAd[]): MiniSearch<JobAd> {
	const index = new MiniSearch<JobAd>({
		fields: [...FIELDS],
		extractField: (ad, field) => fieldText(ad, field as Field),
		tokenize: words,
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

function indexFor(ads: readonly JobAd[], cacheKey: object | null): MiniSearch<JobAd> {
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

/** Slight typo tolerance: one edit in a 5–7 letter stem, two from 8 letters. */
function fuzziness(term: string): number | false {
	return term.length >= 5 ? 0.2 : false;
}

/** A phrase matches where its terms stand in a row in one field (a stop word matches any word). */
function hasPhrase(fields: (string | null)[][], terms: (string | null)[]): boolean {
	return fields.some((tokens) => {
		for (let start = 0; start + terms.length <= tokens.length; start++) {
			if (terms.every((term, k) => term === null || tokens[start + k] === term)) return true;
		}
		return false;
	});
}

/** Relevance scores by ad id, for the `allowed` ads that match at least one group. */
function scoreByWords(
	index: MiniSearch<JobAd>,
	ads: readonly JobAd[],
	groups: JobQueryGroup[],
	allowed: ReadonlySet<string>
) {
	const byId = new Map(ads.map((ad) => [ad.id, ad]));
	const tokenCache = new Map<string, (string | null)[][]>();
	const tokensOf = (id: string) => {
		let fields = tokenCache.get(id);
		if (!fields) {
			const ad = byId.get(id)!;
			fields = FIELDS.map((field) => words(fieldText(ad, field)).map(termOf));
			tokenCache.set(id, fields);
		}
		return fields;
	};
	const scores = new Map<string, number>();
	const options = {
		boost: BOOST,
		tokenize: (term: string) => [term],
		processTerm: (term: string) => term,
		maxFuzzy: 2
	};
	for (const group of groups) {
		const leaves = group.include.flatMap((clause) =>
			clause.terms
				.filter((term): term is string => term !== null)
				.map((term) =>
					clause.terms.length === 1 && !clause.exact
						? { queries: [term], prefix: clause.prefix, fuzzy: fuzziness(term) }
						: { queries: [term], prefix: false, fuzzy: false }
				)
		);
		const hits: SearchResult[] =
			leaves.length > 0
				? index.search({ combineWith: 'AND', queries: leaves }, options)
				: index.search(MiniSearch.wildcard, options);
		const phrases = group.include.filter((clause) => clause.terms.length > 1);
		for (const hit of hits) {
			const id = hit.id as string;
			if (!allowed.has(id)) continue;
			if (phrases.some((clause) => !hasPhrase(tokensOf(id), clause.terms))) continue;
			if (group.exclude.some((clause) => hasPhrase(tokensOf(id), clause.terms))) continue;
			scores.set(id, (scores.get(id) ?? 0) + hit.score);
		}
	}
	return scores;
}

/** Every ad on the phone once, with the source it counts under (saved, then viewed, then results). */
export async function cachedJobEntries(db: UserDb): Promise<CachedJobEntry[]> {
	const tx = db.transaction(['jobAds', 'savedJobs']);
	const [stored, savedJobs] = await Promise.all([
		tx.objectStore('jobAds').getAll(),
		tx.objectStore('savedJobs').getAll()
	]);
	await tx.done;
	const records = new Map(stored.map((r) => [r.id, r]));
	const found = new Map<string, CachedJobEntry>();
	for (const saved of savedJobs) {
		const ad = newestCopy(records.get(saved.jobId), saved.job, saved.savedAt);
		if (ad) found.set(saved.jobId, { ad, source: 'saved' });
	}
	for (const record of stored) {
		if (found.has(record.id)) continue;
		found.set(record.id, {
			ad: record.ad,
			source: record.viewedAt !== undefined ? 'viewed' : 'results'
		});
	}
	return [...found.values()];
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
 * Searches the ads on the phone (opened, from result pages, saved) with the server's query
 * model. Ads whose deadline has passed (Europe/Copenhagen) are left out; each ad appears once.
 * Sorted by `query.sort` — relevance (without words: newest), newest (posted), deadline (soonest
 * first, no deadline last) — ties by id like the server. `cursor` is ignored: one page of `limit`.
 */
export async function searchCachedJobs(
	db: UserDb,
	query: JobSearchQuery,
	now = new Date()
): Promise<CachedJobSearchResult> {
	return searchJobEntries(await cachedJobEntries(db), query, now, db);
}

/**
 * Builds (or brings up to date) the index of the ads on the phone ahead of the first offline
 * search, e.g. when the browser goes offline or in idle time after a result page was kept.
 */
export async function prepareOfflineSearch(db: UserDb): Promise<void> {
	const entries = await cachedJobEntries(db);
	indexFor(
		entries.map((c) => c.ad),
		db
	);
}

/**
 * The search itself, on entries already read (each id once). With a `cacheKey` (the database)
 * the index is kept for the next search with the same key and brought up to date then.
 */
export function searchJobEntries(
	entries: readonly CachedJobEntry[],
	query: JobSearchQuery,
	now = new Date(),
	cacheKey: object | null = null
): CachedJobSearchResult {
	const today = localDateOf(now);
	const passes = createJobFilter(query, now);
	const pool = entries.filter((c) => !isApplicationClosed(c.ad, today) && passes(c.ad));
	const q = query.q?.trim() ?? '';
	let matches: CachedJobEntry[] = pool;
	let scores: Map<string, number> | null = null;
	if (q !== '') {
		const groups = parseJobQuery(q);
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
					(relevance.get(b.ad.id) ?? 0) - (relevance.get(a.ad.id) ?? 0) || compareIds(a.ad, b.ad)
			: sort === 'deadline'
				? (a: CachedJobEntry, b: CachedJobEntry) => deadlineFirst(a.ad, b.ad)
				: (a: CachedJobEntry, b: CachedJobEntry) => newestFirst(a.ad, b.ad);
	matches.sort(order);
	const source = { viewed: 0, results: 0, saved: 0 };
	for (const match of matches) source[match.source]++;
	return {
		items: matches.slice(0, query.limit).map((c) => c.ad),
		total: matches.length,
		source
	};
}
