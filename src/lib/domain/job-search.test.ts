import { describe, expect, it } from 'vitest';
import {
	DEFAULT_SEARCH_LIMIT,
	SEARCH_URL_VERSION,
	fromSearchParams,
	isListView,
	toSearchParams,
	upgradeSearchParams,
	type JobSearchQuery
} from './job-search';

const parse = (query: string) => fromSearchParams(new URLSearchParams(query));

function parsed(query: string): JobSearchQuery {
	const result = parse(query);
	if (!result.success)
		throw new Error(`Expected ${query} to parse: ${JSON.stringify(result.errors)}`);
	return result.data;
}

function errorFields(query: string): string[] {
	const result = parse(query);
	if (result.success) throw new Error(`Expected ${query} to fail`);
	return result.errors.map((e) => e.field);
}

describe('fromSearchParams', () => {
	it('defaults to the newest ads, 20 a page, without words', () => {
		expect(parsed('')).toEqual({ sort: 'newest', limit: DEFAULT_SEARCH_LIMIT });
	});

	it('sorts by relevance by default when there are words, and trims them', () => {
		expect(parsed('q=%20sygeplejerske%20')).toEqual({
			q: 'sygeplejerske',
			sort: 'relevance',
			limit: 20
		});
		expect(parsed('q=++')).toEqual({ sort: 'newest', limit: 20 });
		expect(parsed('q=a%00b%0A').q).toBe('a b');
	});

	it('reads every filter', () => {
		expect(
			parsed(
				'q=pædagog&municipality=751&region=1082&postalCode=8000&radiusKm=25&occupation=23&hours=part&postedWithinDays=14&sort=deadline&cursor=abc&limit=50'
			)
		).toEqual({
			q: 'pædagog',
			municipality: '751',
			region: '1082',
			postalCode: '8000',
			radiusKm: 25,
			occupation: '23',
			hours: 'part',
			postedWithinDays: 14,
			sort: 'deadline',
			cursor: 'abc',
			limit: 50
		});
		expect(parsed('occupation=2').occupation).toBe('2');
		expect(parsed('postalCode=8000').postalCode).toBe('8000');
	});

	it('ignores unknown parameter names and empty values', () => {
		expect(parsed('utm_source=mail&foo=bar&hours=&sort=')).toEqual({ sort: 'newest', limit: 20 });
	});

	it.each([
		['q', `q=${'a'.repeat(201)}`],
		['q', `q=${'ø'.repeat(5000)}`],
		['municipality', 'municipality=999'],
		['municipality', 'municipality=75'],
		['municipality', 'municipality=Aarhus'],
		['region', 'region=1080'],
		['postalCode', 'postalCode=0001'],
		['postalCode', 'postalCode=80000'],
		['postalCode', 'postalCode=9999&radiusKm=10'],
		['radiusKm', 'radiusKm=10'],
		['radiusKm', 'postalCode=8000&radiusKm=0'],
		['radiusKm', 'postalCode=8000&radiusKm=201'],
		['radiusKm', 'postalCode=8000&radiusKm=2.5'],
		['occupation', 'occupation=123'],
		['occupation', 'occupation=99'],
		['occupation', 'occupation=x'],
		['hours', 'hours=fuldtid'],
		['postedWithinDays', 'postedWithinDays=0'],
		['postedWithinDays', 'postedWithinDays=366'],
		['postedWithinDays', 'postedWithinDays=uge'],
		['sort', 'sort=foo'],
		['limit', 'limit=0'],
		['limit', 'limit=101'],
		['limit', 'limit=10000'],
		['limit', 'limit=ti'],
		['cursor', `cursor=${'x'.repeat(600)}`],
		['v', 'v=2'],
		['v', 'v=x'],
		['view', 'view=full']
	])('rejects a bad %s (%s) naming the parameter', (field, query) => {
		expect(errorFields(query)).toEqual([field]);
	});

	it('takes view=list as how to answer, not as part of the query', () => {
		expect(parsed('q=kok&view=list')).toEqual(parsed('q=kok'));
		expect(isListView(new URLSearchParams('q=kok&view=list'))).toBe(true);
		expect(isListView(new URLSearchParams('q=kok'))).toBe(false);
		expect(toSearchParams(parsed('q=kok&view=list')).has('view')).toBe(false);
	});

	it('answers in plain Danish', () => {
		const result = parse('radiusKm=5&sort=foo');
		expect(result.success).toBe(false);
		if (result.success) return;
		expect(result.errors).toEqual([
			{ field: 'sort', message: 'Skal være relevance, newest eller deadline' },
			{ field: 'radiusKm', message: 'Vælg et postnummer for at søge inden for en afstand' }
		]);
		expect(errorFields('q=' + 'a'.repeat(300))).toEqual(['q']);
		const long = parse('q=' + 'a'.repeat(300));
		expect(long.success ? '' : long.errors[0]?.message).toBe('Søgeteksten må højst være 200 tegn');
	});

	it('accepts the limits of each range', () => {
		expect(parsed('postalCode=8000&radiusKm=1').radiusKm).toBe(1);
		expect(parsed('postalCode=8000&radiusKm=200').radiusKm).toBe(200);
		expect(parsed('postedWithinDays=365').postedWithinDays).toBe(365);
		expect(parsed('limit=100').limit).toBe(100);
		expect(parsed(`q=${'a'.repeat(200)}`).q).toHaveLength(200);
	});
});

describe('toSearchParams', () => {
	it('writes the canonical link: version first, defaults left out', () => {
		expect(toSearchParams(parsed('q=lærer&limit=20&sort=relevance')).toString()).toBe(
			`v=${SEARCH_URL_VERSION}&q=l%C3%A6rer`
		);
		expect(toSearchParams(parsed('sort=newest')).toString()).toBe('v=1');
		expect(toSearchParams(parsed('q=lærer&sort=newest')).toString()).toBe(
			'v=1&q=l%C3%A6rer&sort=newest'
		);
	});

	it.each([
		'',
		'q=sygeplejersker',
		'q=%22social+og+sundhed%22+-leder&sort=deadline&limit=5',
		'municipality=101&hours=full&occupation=2',
		'region=1085&postalCode=4000&radiusKm=40&postedWithinDays=7&cursor=WyJuIl0&sort=newest&limit=100'
	])('round-trips %s', (query) => {
		const query1 = parsed(query);
		const link = toSearchParams(query1);
		expect(parsed(link.toString())).toEqual(query1);
		expect(toSearchParams(parsed(link.toString())).toString()).toBe(link.toString());
	});
});

describe('upgradeSearchParams', () => {
	it('reads a version-0 link (no v) as the current version', () => {
		const old = new URLSearchParams('q=pædagog&municipality=0751&hours=part');
		const upgraded = upgradeSearchParams(old);
		expect(upgraded.get('v')).toBe(String(SEARCH_URL_VERSION));
		expect(upgraded.get('municipality')).toBe('751');
		expect(old.has('v')).toBe(false);
		expect(parsed(old.toString())).toEqual(parsed('v=1&q=pædagog&municipality=751&hours=part'));
	});

	it('leaves a current link as it is and an unknown version for the parser to reject', () => {
		expect(upgradeSearchParams(new URLSearchParams('v=1&q=kok')).toString()).toBe('v=1&q=kok');
		expect(upgradeSearchParams({ v: '7', q: 'kok' }).get('v')).toBe('7');
		expect(errorFields('v=7&q=kok')).toEqual(['v']);
	});

	it('accepts a plain record as well as URLSearchParams', () => {
		expect(fromSearchParams({ q: 'kok', hours: 'full', other: undefined })).toEqual({
			success: true,
			data: { q: 'kok', hours: 'full', sort: 'relevance', limit: 20 }
		});
	});
});
