import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { JobSearchQuery } from '../domain/job-search';
import type { JobAd } from '../domain/jobs';
import {
	ad,
	all,
	EARLIER,
	id,
	kok,
	medhjaelper,
	minutes,
	NOW,
	paedagog,
	query,
	sygeplejerske,
	toemrer
} from '../domain/offline-search.testkit';
import { openUserDb, userDbName, type UserDb } from './db';
import {
	cachedJob,
	keepSearchResults,
	MAX_RESULT_ADS,
	prepareOfflineSearch,
	MAX_VIEWED_ADS,
	recentlyViewedJobs,
	rememberSearchResults,
	rememberViewedJob,
	searchCachedJobs
} from './job-cache';

function fresh(): Promise<UserDb> {
	return openUserDb('t', userDbName(`job-cache-${crypto.randomUUID()}`));
}

async function withAds(ads: JobAd[] = all): Promise<UserDb> {
	const db = await fresh();
	await rememberSearchResults(db, ads, EARLIER);
	return db;
}

async function titles(db: UserDb, q: Partial<JobSearchQuery>): Promise<string[]> {
	return (await searchCachedJobs(db, query(q), NOW)).items.map((a) => a.title);
}

describe('keeping a result page for offline use', () => {
	it('fetches the search of the page in full and keeps its ads with their descriptions', async () => {
		const db = await fresh();
		const asked: string[] = [];
		const fetcher = (async (url: string) => {
			asked.push(url);
			return Response.json({ items: [paedagog, kok] });
		}) as typeof fetch;
		await keepSearchResults(db, new URLSearchParams('v=1&q=p%C3%A6dagog'), fetcher, NOW);
		expect(asked).toEqual(['/api/v1/jobs?v=1&q=p%C3%A6dagog']);
		expect((await cachedJob(db, paedagog.id))?.description).toBe(paedagog.description);
		expect((await titles(db, {})).sort()).toEqual([kok.title, paedagog.title].sort());
	});

	it('keeps nothing when the answer fails or the network is gone', async () => {
		const db = await fresh();
		const failing = (async () => new Response('', { status: 503 })) as typeof fetch;
		const offline = (async () => {
			throw new TypeError('Failed to fetch');
		}) as typeof fetch;
		await keepSearchResults(db, new URLSearchParams('v=1'), failing, NOW);
		await keepSearchResults(db, new URLSearchParams('v=1'), offline, NOW);
		expect(await db.count('jobAds')).toBe(0);
	});
});

describe('recently viewed jobs', () => {
	it('lists opened ads newest first, each once, up to the limit', async () => {
		const db = await fresh();
		await rememberViewedJob(db, paedagog, minutes(NOW, 1));
		await rememberViewedJob(db, kok, minutes(NOW, 2));
		await rememberViewedJob(db, toemrer, minutes(NOW, 3));
		await rememberViewedJob(db, paedagog, minutes(NOW, 4));
		expect((await recentlyViewedJobs(db)).map((a) => a.id)).toEqual([
			paedagog.id,
			toemrer.id,
			kok.id
		]);
		expect((await recentlyViewedJobs(db, 2)).map((a) => a.id)).toEqual([paedagog.id, toemrer.id]);
	});

	it(`keeps the last ${MAX_VIEWED_ADS}; an older one stays only if it was on a result page`, async () => {
		const db = await fresh();
		const ads = Array.from({ length: MAX_VIEWED_ADS + 5 }, (_, i) => ad(100 + i));
		await rememberSearchResults(db, [ads[0]!], EARLIER);
		for (const [i, a] of ads.entries()) await rememberViewedJob(db, a, minutes(NOW, i));

		const viewed = await recentlyViewedJobs(db, 100);
		expect(viewed).toHaveLength(MAX_VIEWED_ADS);
		expect(viewed[0]?.id).toBe(ads.at(-1)?.id);
		expect(viewed.at(-1)?.id).toBe(ads[5]?.id);
		expect(await db.count('jobAds')).toBe(MAX_VIEWED_ADS + 1);
		const kept = await db.get('jobAds', ads[0]!.id);
		expect(kept?.viewedAt).toBeUndefined();
		expect(kept?.seenInResultsAt).toBe(EARLIER.toISOString());
		expect(await db.get('jobAds', ads[1]!.id)).toBeUndefined();
	});

	it('keeps the newest copy of an ad and its other marks', async () => {
		const db = await fresh();
		await rememberSearchResults(db, [paedagog], EARLIER);
		await rememberViewedJob(db, { ...paedagog, title: 'Pædagog (rettet)' }, NOW);
		const record = await db.get('jobAds', paedagog.id);
		expect(record).toMatchObject({
			ad: { title: 'Pædagog (rettet)' },
			viewedAt: NOW.toISOString(),
			seenInResultsAt: EARLIER.toISOString()
		});
		expect((await cachedJob(db, paedagog.id))?.title).toBe('Pædagog (rettet)');
		expect(await cachedJob(db, kok.id)).toBeNull();
	});
});

describe('result ads on the phone', () => {
	it(`keeps at most ${MAX_RESULT_ADS}, dropping the oldest seen; opened and saved ads stay`, async () => {
		const db = await fresh();
		const opened = ad(1);
		const saved = ad(2);
		const firstPage = Array.from({ length: 10 }, (_, i) => ad(10 + i));
		const later = Array.from({ length: MAX_RESULT_ADS }, (_, i) => ad(1000 + i));
		await rememberViewedJob(db, opened, minutes(EARLIER, -1));
		await db.put('savedJobs', { jobId: saved.id, savedAt: EARLIER.toISOString(), job: saved });
		await rememberSearchResults(db, [opened, saved, ...firstPage], EARLIER);
		for (let page = 0; page < later.length / 20; page++) {
			await rememberSearchResults(
				db,
				later.slice(page * 20, page * 20 + 20),
				minutes(EARLIER, page + 1)
			);
		}

		expect(await db.count('jobAds')).toBe(MAX_RESULT_ADS + 2);
		for (const a of firstPage) expect(await db.get('jobAds', a.id)).toBeUndefined();
		expect(await db.get('jobAds', later[0]!.id)).toBeDefined();
		expect(await db.get('jobAds', opened.id)).toBeDefined();
		expect(await db.get('jobAds', saved.id)).toBeDefined();
	});

	it('drops a result ad once its deadline has passed', async () => {
		const db = await fresh();
		await rememberSearchResults(db, [sygeplejerske, toemrer, paedagog], EARLIER);
		await rememberViewedJob(db, sygeplejerske, EARLIER);
		await rememberSearchResults(db, [kok], new Date('2026-03-16T12:00:00.000Z'));
		// Both deadlines (5 and 15 March) passed; the one opened stays among the recently viewed.
		expect((await db.getAllKeys('jobAds')).sort()).toEqual(
			[sygeplejerske.id, toemrer.id, kok.id].sort()
		);
	});
});

describe('searchCachedJobs: sources', () => {
	it('searches opened, result and saved ads once each, and says where they came from', async () => {
		const db = await fresh();
		await rememberSearchResults(db, [sygeplejerske, toemrer, paedagog], EARLIER);
		await rememberViewedJob(db, kok, EARLIER);
		await rememberViewedJob(db, paedagog, NOW);
		// Saved before the result page showed a newer copy of the ad.
		await db.put('savedJobs', {
			jobId: toemrer.id,
			savedAt: '2026-02-28T12:00:00.000Z',
			job: { ...toemrer, title: 'Tømrer (gammel annonce)' }
		});
		await db.put('savedJobs', {
			jobId: medhjaelper.id,
			savedAt: EARLIER.toISOString(),
			job: medhjaelper
		});
		// Saved without a copy of the ad and never seen on this phone: nothing to search.
		await db.put('savedJobs', { jobId: id(99), savedAt: EARLIER.toISOString(), job: null });

		const result = await searchCachedJobs(db, query({}), NOW);
		expect(result.items.map((a) => a.id).sort()).toEqual(
			[sygeplejerske.id, toemrer.id, paedagog.id, kok.id, medhjaelper.id].sort()
		);
		expect(result.total).toBe(5);
		expect(result.source).toEqual({ saved: 2, viewed: 2, results: 1 });
		expect(result.items.find((a) => a.id === toemrer.id)?.title).toBe('Tømrer til renovering');

		const words = await searchCachedJobs(db, query({ q: 'pædagog' }), NOW);
		expect(words.source).toEqual({ saved: 1, viewed: 2, results: 0 });
	});

	it('uses a saved copy when it is the newest, or the only one', async () => {
		const db = await fresh();
		await rememberSearchResults(db, [toemrer], EARLIER);
		await db.put('savedJobs', {
			jobId: toemrer.id,
			savedAt: NOW.toISOString(),
			job: { ...toemrer, title: 'Tømrer, ny titel' }
		});
		expect(await titles(db, { q: 'tømrer' })).toEqual(['Tømrer, ny titel']);
		await db.put('savedJobs', { jobId: toemrer.id, savedAt: NOW.toISOString(), job: null });
		expect(await titles(db, { q: 'tømrer' })).toEqual(['Tømrer til renovering']);
	});
});

describe('the index kept between searches', () => {
	it('follows new, changed and removed ads', async () => {
		const db = await withAds([paedagog, toemrer]);
		await prepareOfflineSearch(db);
		expect(await titles(db, { q: 'tømrer' })).toEqual(['Tømrer til renovering']);

		await rememberSearchResults(
			db,
			[{ ...toemrer, title: 'Murer til renovering', occupation: { code: '7112', title: 'Murer' } }],
			NOW
		);
		expect(await titles(db, { q: 'tømrer' })).toEqual([]);
		expect(await titles(db, { q: 'murer' })).toEqual(['Murer til renovering']);

		await rememberViewedJob(db, kok, NOW);
		expect(await titles(db, { q: 'kok' })).toEqual(['Kok til kantine']);

		await db.put('savedJobs', {
			jobId: medhjaelper.id,
			savedAt: NOW.toISOString(),
			job: medhjaelper
		});
		expect(await titles(db, { q: 'vikar' })).toEqual(['Pædagogmedhjælper, vikar']);
		await db.delete('savedJobs', medhjaelper.id);
		expect(await titles(db, { q: 'vikar' })).toEqual([]);
		expect(await titles(db, { q: 'pædagog' })).toEqual([
			'Pædagog til børnehave',
			'Kok til kantine'
		]);
	});
});
