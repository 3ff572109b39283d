import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { defaultSort, type JobSearchQuery } from '../domain/job-search';
import type { JobAd } from '../domain/jobs';
import { openUserDb, userDbName, type UserDb } from './db';
import {
	cachedJob,
	MAX_RESULT_ADS,
	prepareOfflineSearch,
	MAX_VIEWED_ADS,
	parseJobQuery,
	recentlyViewedJobs,
	rememberSearchResults,
	rememberViewedJob,
	searchCachedJobs,
	searchJobEntries
} from './job-cache';

function fresh(): Promise<UserDb> {
	return openUserDb('t', userDbName(`job-cache-${crypto.randomUUID()}`));
}

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function ad(n: number, fields: Partial<JobAd> = {}): JobAd {
	return {
		id: id(n),
		title: `Stilling ${n}`,
		employer: 'Arbejdsgiver ApS',
		description: 'En almindelig stilling.',
		occupation: { code: '9112', title: 'Rengøringsassistent' },
		municipality: { code: '751', name: 'Aarhus' },
		postalCode: '8000',
		city: 'Aarhus C',
		hours: 'full',
		weeklyHours: 37,
		employmentType: 'permanent',
		postedAt: '2026-02-01T08:00:00.000Z',
		deadline: null,
		applyUrl: null,
		applyEmail: null,
		contactName: null,
		contactPhone: null,
		hourlyWageKr: null,
		...fields
	};
}

function query(fields: Partial<JobSearchQuery> = {}): JobSearchQuery {
	return { sort: defaultSort(fields.q), limit: 20, ...fields };
}

const minutes = (start: Date, n: number) => new Date(start.getTime() + n * 60_000);

/**
 * 23:30 UTC on 1 March is 00:30 on 2 March in Copenhagen: "today" is 2 March, so an ad whose
 * deadline was 1 March has expired although the UTC date is still 1 March.
 */
const NOW = new Date('2026-03-01T23:30:00.000Z');
const EARLIER = new Date('2026-03-01T12:00:00.000Z');

const paedagog = ad(1, {
	title: 'Pædagog til børnehave',
	employer: 'Børnehuset Solsikken',
	description: 'Vi søger en glad og nærværende pædagog til vores børnehave.',
	occupation: { code: '2342', title: 'Pædagog' },
	municipality: { code: '751', name: 'Aarhus' },
	postalCode: '8200',
	city: 'Aarhus N',
	hours: 'full',
	postedAt: '2026-02-20T08:00:00.000Z',
	deadline: '2026-03-15'
});
const sygeplejerske = ad(2, {
	title: 'Sygeplejersker til akutmodtagelsen',
	employer: 'Aarhus Universitetshospital',
	description: 'Akutmodtagelsen søger erfarne kolleger til dag- og aftenvagter.',
	occupation: { code: '2221', title: 'Sygeplejerske' },
	municipality: { code: '751', name: 'Aarhus' },
	postalCode: '8000',
	city: 'Aarhus C',
	hours: 'full',
	postedAt: '2026-02-25T08:00:00.000Z',
	deadline: '2026-03-05'
});
const toemrer = ad(3, {
	title: 'Tømrer til renovering',
	employer: 'Byg & Bo ApS',
	description: 'Renovering af parcelhuse i hele Midtjylland.',
	occupation: { code: '7115', title: 'Tømrer' },
	municipality: { code: '740', name: 'Silkeborg' },
	postalCode: '8600',
	city: 'Silkeborg',
	hours: 'part',
	weeklyHours: 25,
	postedAt: '2026-02-28T08:00:00.000Z',
	deadline: null
});
const kok = ad(4, {
	title: 'Kok til kantine',
	employer: 'Kantinen A/S',
	description: 'Køkkenet samarbejder tæt med pædagoger i børnehaven ved siden af.',
	occupation: { code: '5120', title: 'Kok' },
	municipality: { code: '101', name: 'København' },
	postalCode: '2300',
	city: 'København S',
	hours: 'part',
	weeklyHours: 30,
	postedAt: '2026-03-01T07:00:00.000Z',
	deadline: '2026-03-20'
});
const medhjaelper = ad(5, {
	title: 'Pædagogmedhjælper, vikar',
	employer: 'Aalborg Kommune',
	description: 'Vikariat i en integreret institution.',
	occupation: { code: '5311', title: 'Pædagogmedhjælper' },
	municipality: { code: '851', name: 'Aalborg' },
	postalCode: '9000',
	city: 'Aalborg',
	hours: 'part',
	weeklyHours: 20,
	postedAt: '2026-02-10T08:00:00.000Z',
	deadline: null
});
const expired = ad(6, {
	title: 'Pædagog i vuggestue',
	occupation: { code: '2342', title: 'Pædagog' },
	postedAt: '2026-02-15T08:00:00.000Z',
	deadline: '2026-03-01'
});
const lastDay = ad(7, {
	title: 'Pædagog til SFO',
	occupation: { code: '2342', title: 'Pædagog' },
	postedAt: '2026-02-12T08:00:00.000Z',
	deadline: '2026-03-02'
});
const all = [paedagog, sygeplejerske, toemrer, kok, medhjaelper, expired, lastDay];

async function withAds(ads: JobAd[] = all): Promise<UserDb> {
	const db = await fresh();
	await rememberSearchResults(db, ads, EARLIER);
	return db;
}

async function titles(db: UserDb, q: Partial<JobSearchQuery>): Promise<string[]> {
	return (await searchCachedJobs(db, query(q), NOW)).items.map((a) => a.title);
}

async function found(db: UserDb, q: Partial<JobSearchQuery>): Promise<string[]> {
	return (await titles(db, q)).sort();
}

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

describe('searchCachedJobs: words', () => {
	it('stems Danish: "pædagoger" finds "Pædagog til børnehave"', async () => {
		const db = await withAds();
		const result = await searchCachedJobs(db, query({ q: 'pædagoger' }), NOW);
		// The title hit first; "pædagoger" in a description; "Pædagogmedhjælper" by prefix.
		expect(result.items.map((a) => a.title)).toEqual([
			'Pædagog til børnehave',
			'Pædagog til SFO',
			'Pædagogmedhjælper, vikar',
			'Kok til kantine'
		]);
		expect(await found(db, { q: '"pædagoger"' })).toEqual([
			'Kok til kantine',
			'Pædagog til SFO',
			'Pædagog til børnehave'
		]);
		expect(await found(db, { q: 'sygeplejerske' })).toEqual(['Sygeplejersker til akutmodtagelsen']);
		expect(await found(db, { q: 'Tømrere' })).toEqual(['Tømrer til renovering']);
	});

	it('matches the last word as a prefix while typing', async () => {
		const db = await withAds();
		expect(await found(db, { q: 'pæd' })).toEqual([
			'Kok til kantine',
			'Pædagog til SFO',
			'Pædagog til børnehave',
			'Pædagogmedhjælper, vikar'
		]);
		expect(await found(db, { q: 'akutmod' })).toEqual(['Sygeplejersker til akutmodtagelsen']);
		// Only the last word: "pæd" before another word must be a whole word.
		expect(await found(db, { q: 'pæd børnehave' })).toEqual([]);
	});

	it('forgives a small typo, not a short word', async () => {
		const db = await withAds();
		expect(await found(db, { q: 'sygeplejeske' })).toEqual(['Sygeplejersker til akutmodtagelsen']);
		expect(await found(db, { q: 'tømmrer' })).toEqual(['Tømrer til renovering']);
		expect(await found(db, { q: 'kik' })).toEqual([]);
	});

	it('needs every word, searches employer, city and description too', async () => {
		const db = await withAds();
		expect(await found(db, { q: 'aalborg pæd' })).toEqual(['Pædagogmedhjælper, vikar']);
		expect(await found(db, { q: 'pædagog aalborg' })).toEqual([]);
		expect(await found(db, { q: 'solsikken' })).toEqual(['Pædagog til børnehave']);
		expect(await found(db, { q: 'silkeborg' })).toEqual(['Tømrer til renovering']);
		expect(await found(db, { q: 'parcelhuse' })).toEqual(['Tømrer til renovering']);
	});

	it('understands "phrases", -words and or, like the server', async () => {
		const db = await withAds();
		expect(await found(db, { q: 'børnehave pædagog' })).toEqual([
			'Kok til kantine',
			'Pædagog til børnehave'
		]);
		expect(await found(db, { q: '"børnehave pædagog"' })).toEqual([]);
		expect(await found(db, { q: '"pædagog til børnehave"' })).toEqual([
			'Kok til kantine',
			'Pædagog til børnehave'
		]);
		expect(await found(db, { q: 'pædagogmedhjælper' })).toEqual(['Pædagogmedhjælper, vikar']);
		expect(await found(db, { q: 'pædagogmedhjælper -vikar' })).toEqual([]);
		expect(await found(db, { q: '-kantine pæd' })).toEqual([
			'Pædagog til SFO',
			'Pædagog til børnehave',
			'Pædagogmedhjælper, vikar'
		]);
		expect(await found(db, { q: 'pædagog -"til børnehave"' })).toEqual(['Pædagog til SFO']);
		// Only negations: every ad without those words ("pædagogmedhjælper" is another word).
		expect(await found(db, { q: '-pædagog -"kok" -tømrer' })).toEqual([
			'Pædagogmedhjælper, vikar',
			'Sygeplejersker til akutmodtagelsen'
		]);
		expect(await found(db, { q: 'tømrer or kok' })).toEqual([
			'Kok til kantine',
			'Tømrer til renovering'
		]);
	});

	it('finds nothing for stop words alone, as the server', async () => {
		const db = await withAds();
		expect(await searchCachedJobs(db, query({ q: 'til' }), NOW)).toMatchObject({
			items: [],
			total: 0
		});
		expect(parseJobQuery('og i til')).toEqual([]);
	});
});

describe('searchCachedJobs: filters', () => {
	it('filters by municipality, region and postal code (alone or with a radius)', async () => {
		const db = await withAds();
		expect(await found(db, { municipality: '751' })).toEqual([
			'Pædagog til SFO',
			'Pædagog til børnehave',
			'Sygeplejersker til akutmodtagelsen'
		]);
		expect(await found(db, { region: '1082' })).toEqual([
			'Pædagog til SFO',
			'Pædagog til børnehave',
			'Sygeplejersker til akutmodtagelsen',
			'Tømrer til renovering'
		]);
		expect(await found(db, { postalCode: '8200' })).toEqual(['Pædagog til børnehave']);
		// Silkeborg lies within 50 km of Aarhus, Aalborg and København do not.
		expect(await found(db, { postalCode: '8200', radiusKm: 50 })).toEqual([
			'Pædagog til SFO',
			'Pædagog til børnehave',
			'Sygeplejersker til akutmodtagelsen',
			'Tømrer til renovering'
		]);
		expect(await found(db, { postalCode: '8200', radiusKm: 10 })).toEqual([
			'Pædagog til SFO',
			'Pædagog til børnehave',
			'Sygeplejersker til akutmodtagelsen'
		]);
	});

	it('filters by occupation group (major or sub-major), hours and posting date', async () => {
		const db = await withAds();
		expect(await found(db, { occupation: '2' })).toEqual([
			'Pædagog til SFO',
			'Pædagog til børnehave',
			'Sygeplejersker til akutmodtagelsen'
		]);
		expect(await found(db, { occupation: '23' })).toEqual([
			'Pædagog til SFO',
			'Pædagog til børnehave'
		]);
		expect(await found(db, { occupation: '5' })).toEqual([
			'Kok til kantine',
			'Pædagogmedhjælper, vikar'
		]);
		expect(await found(db, { hours: 'part' })).toEqual([
			'Kok til kantine',
			'Pædagogmedhjælper, vikar',
			'Tømrer til renovering'
		]);
		// Since 22 February 23:30 UTC.
		expect(await found(db, { postedWithinDays: 7 })).toEqual([
			'Kok til kantine',
			'Sygeplejersker til akutmodtagelsen',
			'Tømrer til renovering'
		]);
		expect(await found(db, { q: 'pædagog', hours: 'part', region: '1081' })).toEqual([
			'Pædagogmedhjælper, vikar'
		]);
	});

	it('hides ads whose deadline was before today in Copenhagen', async () => {
		const db = await withAds();
		const everything = await found(db, {});
		expect(everything).not.toContain('Pædagog i vuggestue');
		expect(everything).toContain('Pædagog til SFO');
		expect(everything).toHaveLength(all.length - 1);
		// At noon UTC on 1 March it is still 1 March in Copenhagen: the ad is shown.
		const noon = await searchCachedJobs(db, query({ q: 'vuggestue' }), EARLIER);
		expect(noon.items.map((a) => a.id)).toEqual([expired.id]);
	});
});

describe('searchCachedJobs: sources, order and limit', () => {
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

	it('sorts by relevance, newest or deadline (none last), ties by id', async () => {
		const db = await withAds();
		expect(await titles(db, { q: 'pædagog', sort: 'relevance' })).toEqual([
			'Pædagog til børnehave',
			'Pædagog til SFO',
			'Pædagogmedhjælper, vikar',
			'Kok til kantine'
		]);
		expect(await titles(db, { q: 'pædagog', sort: 'newest' })).toEqual([
			'Kok til kantine',
			'Pædagog til børnehave',
			'Pædagog til SFO',
			'Pædagogmedhjælper, vikar'
		]);
		expect(await titles(db, { sort: 'deadline' })).toEqual([
			'Pædagog til SFO',
			'Sygeplejersker til akutmodtagelsen',
			'Pædagog til børnehave',
			'Kok til kantine',
			'Tømrer til renovering',
			'Pædagogmedhjælper, vikar'
		]);
		// Relevance without words means newest, as on the server.
		expect(await titles(db, { sort: 'relevance' })).toEqual(await titles(db, { sort: 'newest' }));
		expect((await titles(db, { sort: 'newest' }))[0]).toBe('Kok til kantine');
	});

	it('returns the first `limit` ads and the total', async () => {
		const db = await withAds();
		const result = await searchCachedJobs(db, query({ sort: 'newest', limit: 2 }), NOW);
		expect(result.items.map((a) => a.title)).toEqual(['Kok til kantine', 'Tømrer til renovering']);
		expect(result.total).toBe(6);
		expect(result.source).toEqual({ saved: 0, viewed: 0, results: 6 });
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

	it('stays right when most ads are replaced at once', () => {
		const key = {};
		const first = Array.from({ length: 150 }, (_, i) =>
			ad(200 + i, { title: `Lagerarbejder ${i}`, postedAt: NOW.toISOString() })
		);
		const second = [paedagog, kok, ad(400, { title: 'Lagerchef' })];
		const search = (ads: JobAd[], q: string) =>
			searchJobEntries(
				ads.map((a) => ({ ad: a, source: 'results' as const })),
				query({ q, limit: 200 }),
				NOW,
				key
			);
		expect(search(first, 'lagerarbejder').total).toBe(150);
		expect(search(second, 'lager').items.map((a) => a.title)).toEqual(['Lagerchef']);
		expect(search(second, 'pædagog').total).toBe(2);
		expect(search(first, 'lagerarbejder').total).toBe(150);
	});
});
