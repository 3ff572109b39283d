import { describe, expect, it } from 'vitest';
import type { JobSearchQuery } from './job-search';
import type { JobAd } from './jobs';
import { parseJobQuery, searchJobEntries } from './offline-search';
import { ad, all, EARLIER, expired, kok, NOW, paedagog, query } from './offline-search.testkit';

function search(q: JobSearchQuery, now = NOW, ads: JobAd[] = all) {
	return searchJobEntries(
		ads.map((a) => ({ ad: a, source: 'results' as const })),
		q,
		now
	);
}

function titles(q: Partial<JobSearchQuery>): string[] {
	return search(query(q)).items.map((a) => a.title);
}

function found(q: Partial<JobSearchQuery>): string[] {
	return titles(q).sort();
}

describe('searchJobEntries: words', () => {
	it('stems Danish: "pædagoger" finds "Pædagog til børnehave"', () => {
		const result = search(query({ q: 'pædagoger' }), NOW);
		// The title hit first; "pædagoger" in a description; "Pædagogmedhjælper" by prefix.
		expect(result.items.map((a) => a.title)).toEqual([
			'Pædagog til børnehave',
			'Pædagog til SFO',
			'Pædagogmedhjælper, vikar',
			'Kok til kantine'
		]);
		expect(found({ q: '"pædagoger"' })).toEqual([
			'Kok til kantine',
			'Pædagog til SFO',
			'Pædagog til børnehave'
		]);
		expect(found({ q: 'sygeplejerske' })).toEqual(['Sygeplejersker til akutmodtagelsen']);
		expect(found({ q: 'Tømrere' })).toEqual(['Tømrer til renovering']);
	});

	it('matches the last word as a prefix while typing', () => {
		expect(found({ q: 'pæd' })).toEqual([
			'Kok til kantine',
			'Pædagog til SFO',
			'Pædagog til børnehave',
			'Pædagogmedhjælper, vikar'
		]);
		expect(found({ q: 'akutmod' })).toEqual(['Sygeplejersker til akutmodtagelsen']);
		// Only the last word: "sygepl" before another word must be a whole word. ("pæd" is no
		// test of this: the vocabulary reads it as "pædagog" anywhere.)
		expect(found({ q: 'sygepl akutmodtagelsen' })).toEqual([]);
		expect(found({ q: 'akutmodtagelsen sygepl' })).toEqual(['Sygeplejersker til akutmodtagelsen']);
	});

	it('forgives a small typo, not a short word', () => {
		expect(found({ q: 'sygeplejeske' })).toEqual(['Sygeplejersker til akutmodtagelsen']);
		expect(found({ q: 'tømmrer' })).toEqual(['Tømrer til renovering']);
		expect(found({ q: 'kik' })).toEqual([]);
	});

	it('needs every word, searches employer, city and description too', () => {
		expect(found({ q: 'aalborg pæd' })).toEqual(['Pædagogmedhjælper, vikar']);
		expect(found({ q: 'pædagog aalborg' })).toEqual([]);
		expect(found({ q: 'solsikken' })).toEqual(['Pædagog til børnehave']);
		expect(found({ q: 'silkeborg' })).toEqual(['Tømrer til renovering']);
		expect(found({ q: 'parcelhuse' })).toEqual(['Tømrer til renovering']);
	});

	it('understands "phrases", -words and or, like the server', () => {
		expect(found({ q: 'børnehave pædagog' })).toEqual(['Kok til kantine', 'Pædagog til børnehave']);
		expect(found({ q: '"børnehave pædagog"' })).toEqual([]);
		expect(found({ q: '"pædagog til børnehave"' })).toEqual([
			'Kok til kantine',
			'Pædagog til børnehave'
		]);
		expect(found({ q: 'pædagogmedhjælper' })).toEqual(['Pædagogmedhjælper, vikar']);
		expect(found({ q: 'pædagogmedhjælper -vikar' })).toEqual([]);
		expect(found({ q: '-kantine pæd' })).toEqual([
			'Pædagog til SFO',
			'Pædagog til børnehave',
			'Pædagogmedhjælper, vikar'
		]);
		expect(found({ q: 'pædagog -"til børnehave"' })).toEqual(['Pædagog til SFO']);
		// Only negations: every ad without those words ("pædagogmedhjælper" is another word).
		expect(found({ q: '-pædagog -"kok" -tømrer' })).toEqual([
			'Pædagogmedhjælper, vikar',
			'Sygeplejersker til akutmodtagelsen'
		]);
		expect(found({ q: 'tømrer or kok' })).toEqual(['Kok til kantine', 'Tømrer til renovering']);
	});

	it('finds nothing for stop words alone, as the server', () => {
		expect(search(query({ q: 'til' }), NOW)).toMatchObject({
			items: [],
			total: 0
		});
		expect(parseJobQuery('og i til')).toEqual([]);
	});
});
describe('searchJobEntries: filters', () => {
	it('filters by municipality, region and postal code (alone or with a radius)', () => {
		expect(found({ municipality: '751' })).toEqual([
			'Pædagog til SFO',
			'Pædagog til børnehave',
			'Sygeplejersker til akutmodtagelsen'
		]);
		expect(found({ region: '1082' })).toEqual([
			'Pædagog til SFO',
			'Pædagog til børnehave',
			'Sygeplejersker til akutmodtagelsen',
			'Tømrer til renovering'
		]);
		expect(found({ postalCode: '8200' })).toEqual(['Pædagog til børnehave']);
		// Silkeborg lies within 50 km of Aarhus, Aalborg and København do not.
		expect(found({ postalCode: '8200', radiusKm: 50 })).toEqual([
			'Pædagog til SFO',
			'Pædagog til børnehave',
			'Sygeplejersker til akutmodtagelsen',
			'Tømrer til renovering'
		]);
		expect(found({ postalCode: '8200', radiusKm: 10 })).toEqual([
			'Pædagog til SFO',
			'Pædagog til børnehave',
			'Sygeplejersker til akutmodtagelsen'
		]);
	});

	it('filters by occupation group (major or sub-major), hours and posting date', () => {
		expect(found({ occupation: '2' })).toEqual([
			'Pædagog til SFO',
			'Pædagog til børnehave',
			'Sygeplejersker til akutmodtagelsen'
		]);
		expect(found({ occupation: '23' })).toEqual(['Pædagog til SFO', 'Pædagog til børnehave']);
		expect(found({ occupation: '5' })).toEqual(['Kok til kantine', 'Pædagogmedhjælper, vikar']);
		expect(found({ hours: 'part' })).toEqual([
			'Kok til kantine',
			'Pædagogmedhjælper, vikar',
			'Tømrer til renovering'
		]);
		// Since 22 February 23:30 UTC.
		expect(found({ postedWithinDays: 7 })).toEqual([
			'Kok til kantine',
			'Sygeplejersker til akutmodtagelsen',
			'Tømrer til renovering'
		]);
		expect(found({ q: 'pædagog', hours: 'part', region: '1081' })).toEqual([
			'Pædagogmedhjælper, vikar'
		]);
	});

	it('hides ads whose deadline was before today in Copenhagen', () => {
		const everything = found({});
		expect(everything).not.toContain('Pædagog i vuggestue');
		expect(everything).toContain('Pædagog til SFO');
		expect(everything).toHaveLength(all.length - 1);
		// At noon UTC on 1 March it is still 1 March in Copenhagen: the ad is shown.
		const noon = search(query({ q: 'vuggestue' }), EARLIER);
		expect(noon.items.map((a) => a.id)).toEqual([expired.id]);
	});
});
describe('searchJobEntries: order and limit', () => {
	it('sorts by relevance, newest or deadline (none last), ties by id', () => {
		expect(titles({ q: 'pædagog', sort: 'relevance' })).toEqual([
			'Pædagog til børnehave',
			'Pædagog til SFO',
			'Pædagogmedhjælper, vikar',
			'Kok til kantine'
		]);
		expect(titles({ q: 'pædagog', sort: 'newest' })).toEqual([
			'Kok til kantine',
			'Pædagog til børnehave',
			'Pædagog til SFO',
			'Pædagogmedhjælper, vikar'
		]);
		expect(titles({ sort: 'deadline' })).toEqual([
			'Pædagog til SFO',
			'Sygeplejersker til akutmodtagelsen',
			'Pædagog til børnehave',
			'Kok til kantine',
			'Tømrer til renovering',
			'Pædagogmedhjælper, vikar'
		]);
		// Relevance without words means newest, as on the server.
		expect(titles({ sort: 'relevance' })).toEqual(titles({ sort: 'newest' }));
		expect(titles({ sort: 'newest' })[0]).toBe('Kok til kantine');
	});

	it('ranks title hits first, equal hits newest first, as the server', () => {
		const shelf = { title: 'Lagermedarbejder til Netto', postedAt: '2026-02-10T08:00:00.000Z' };
		const driver = {
			title: 'Chauffør',
			description: 'Kørsel fra vores lager i Aarhus.',
			occupation: { code: '8332', title: 'Lastbilchauffør' },
			postedAt: '2026-02-01T08:00:00.000Z'
		};
		const ads = [
			ad(11, shelf),
			ad(12, { ...shelf, postedAt: '2026-02-25T08:00:00.000Z' }),
			ad(13, driver),
			ad(14, { ...driver, postedAt: '2026-02-20T08:00:00.000Z' }),
			ad(15, { ...driver, title: 'Lagerchef', postedAt: '2026-01-01T08:00:00.000Z' })
		];
		const ids = (q: string) => search(query({ q }), NOW, ads).items.map((a) => a.id);
		// The whole word in a title, then a prefix of a title word, then the body; ties newest first.
		expect(ids('lager')).toEqual([ad(12).id, ad(11).id, ad(15).id, ad(14).id, ad(13).id]);
		// Not the last word, "lager" is whole: "Lagerchef" is found by its body, and ranks as such.
		expect(ids('lager aarhus')).toEqual([ad(12).id, ad(11).id, ad(14).id, ad(13).id, ad(15).id]);
	});

	it('returns the first `limit` ads and the total', () => {
		const result = search(query({ sort: 'newest', limit: 2 }), NOW);
		expect(result.items.map((a) => a.title)).toEqual(['Kok til kantine', 'Tømrer til renovering']);
		expect(result.total).toBe(6);
		expect(result.source).toEqual({ saved: 0, viewed: 0, results: 6 });
	});
});

describe('the index kept between searches', () => {
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
