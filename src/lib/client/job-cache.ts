/**
 * Job ads kept on the phone, and the job search that runs over them when there is no network.
 *
 * The phone keeps three kinds of ads: the ones the citizen opened (`rememberViewedJob`, the last
 * 50), the ones on the search result pages she saw (`rememberSearchResults`, at most 300, the
 * oldest seen dropped first) — both in the store `jobAds` — and her saved jobs (store
 * `savedJobs`, never dropped here). `searchCachedJobs` reads all three as one list and searches
 * them with the pure offline search in `domain/offline-search.ts` (the server's query model).
 *
 * The module takes a `UserDb` and does not care whose it is: a citizen's own database or the
 * device's guest database (`openUserDb('guest')`) — both are erased at logout.
 *
 * The offline search itself (MiniSearch, the place tables for the filters) is imported when a
 * search runs or its index is prepared, not with the pages that only keep ads.
 */
import type { IDBPTransaction } from 'idb';
import type { JobSearchQuery } from '../domain/job-search';
import { isApplicationClosed, type JobAd } from '../domain/jobs';
import { localDateOf } from '../domain/local-time';
import { keepLoadedFiles } from './keep-page';
import type { VocabularyEntry } from '../domain/search-vocabulary';
import type { CachedJobEntry, CachedJobSearchResult } from '../domain/offline-search';
import {
	GUEST_USER_ID,
	lastUserId,
	openUserDb,
	type CachedJobAd,
	type UserDb,
	type UserDbSchema
} from './db';

export type { CachedJobEntry, CachedJobSearchResult };

/** Ads kept from result pages (neither opened nor saved); the oldest seen go first. */
export const MAX_RESULT_ADS = 300;
/** Ads kept as recently opened. */
export const MAX_VIEWED_ADS = 50;

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

/**
 * Keeps the ads of one page of search results for offline use, fetched in full: the search page
 * shows them without descriptions (`view=list`), but the offline search looks in the descriptions
 * and an ad opened offline shows one. `search` is the page's search (its cursor included).
 */
export async function keepSearchResults(
	db: UserDb,
	search: URLSearchParams,
	fetcher: typeof fetch = fetch,
	now = new Date()
): Promise<void> {
	const response = await fetcher(`/api/v1/jobs?${search}`).catch(() => null);
	if (!response?.ok) return;
	const { items } = (await response.json()) as { items: JobAd[] };
	await rememberSearchResults(db, items, now);
	await loadOfflineSearchCode();
}

/**
 * The offline search's code (MiniSearch and the words in other languages) is not in the service
 * worker's precache, which holds only what the first screens import; loading it here, online and
 * idle, lets the worker keep it, so a search still works when the network goes.
 */
async function loadOfflineSearchCode(): Promise<void> {
	const loaded = await Promise.all([
		import('../domain/offline-search'),
		loadOccupationVocabulary()
	]).catch(() => null);
	// On a first visit the worker may not have been there to see these load: hand it the files.
	if (loaded) keepLoadedFiles();
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

/**
 * Searches the ads on the phone (opened, from result pages, saved), each once, with the server's
 * query model (`domain/offline-search.ts`, where the search itself is).
 */
export async function searchCachedJobs(
	db: UserDb,
	query: JobSearchQuery,
	now = new Date()
): Promise<CachedJobSearchResult> {
	const [{ searchJobEntries }, entries, vocabulary] = await Promise.all([
		import('../domain/offline-search'),
		cachedJobEntries(db),
		query.q?.trim() ? loadOccupationVocabulary() : []
	]);
	return searchJobEntries(entries, query, now, db, vocabulary);
}

/**
 * The English, Ukrainian and Arabic occupation words ("медсестра" → "sygeplejerske"), some
 * kilobytes: loaded for the first offline search with words, not with the /job page (online the
 * server widens). Its chunk is in the service worker's precache, so it loads offline too.
 */
function loadOccupationVocabulary(): Promise<readonly VocabularyEntry[]> {
	return import('../domain/occupation-vocabulary').then((m) => m.occupationVocabulary());
}

/**
 * Builds (or brings up to date) the index of the ads on the phone ahead of the first offline
 * search, e.g. when the browser goes offline or in idle time after a result page was kept.
 */
export async function prepareOfflineSearch(db: UserDb): Promise<void> {
	const [{ indexFor }, entries] = await Promise.all([
		import('../domain/offline-search'),
		cachedJobEntries(db)
	]);
	indexFor(
		entries.map((c) => c.ad),
		db
	);
}
