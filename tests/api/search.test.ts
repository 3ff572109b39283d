import { describe, expect, it } from 'vitest';
import type { JobSearchResult } from '../../src/lib/domain/jobs';
import { walkSearchPages } from '../support/search-pages';
import { api, expectProblem } from './client';

async function search(params: string): Promise<JobSearchResult> {
	const answer = await api(`/api/v1/jobs?${params}`);
	if (answer.status !== 200) {
		throw new Error(`GET /api/v1/jobs?${params}: ${answer.status} ${JSON.stringify(answer.body)}`);
	}
	return answer.body as JobSearchResult;
}

const walk = (params: string) => walkSearchPages(search, params, 100);

const sum = (facet: { count: number }[]) => facet.reduce((n, entry) => n + entry.count, 0);
const word = (stem: string) => new RegExp(`(^|[^\\p{L}])${stem}`, 'iu');

describe('job search', () => {
	it('is public and cacheable for a minute', async () => {
		const answer = await api('/api/v1/jobs');
		expect(answer.status).toBe(200);
		expect(answer.headers.get('cache-control')).toBe('public, max-age=60');
		const body = answer.body as JobSearchResult;
		expect(body.items).toHaveLength(20);
		expect(body.fallback).toBe('none');
		expect(body.total).toBeGreaterThan(20);
	});

	it('answers view=list with the same ads, counts and paging, without descriptions and contacts', async () => {
		const full = await search('q=pædagog&limit=5');
		const list = await search('q=pædagog&limit=5&view=list');
		expect(list.items.map((ad) => ad.id)).toEqual(full.items.map((ad) => ad.id));
		expect({ ...list, items: [] }).toEqual({ ...full, items: [] });
		for (const item of list.items) {
			expect(Object.keys(item)).not.toContain('description');
			expect(Object.keys(item)).not.toContain('contactPhone');
			expect(item.title).toBe(full.items.find((ad) => ad.id === item.id)?.title);
		}
		expectProblem(await api('/api/v1/jobs?view=full'), 400);
	});

	it('stems Danish: plural searches find singular titles', async () => {
		const nurses = await search('q=sygeplejersker');
		expect(nurses.total).toBeGreaterThan(0);
		expect(nurses.items[0]?.title).toMatch(/sygeplejerske/i);
		const educators = await search('q=pædagoger');
		expect(educators.total).toBeGreaterThan(0);
		expect(educators.items.some((ad) => /pædagog/i.test(ad.title))).toBe(true);
		expect(educators.items[0]?.title).toMatch(/pædagog/i);
	});

	it('finds what people type: abbreviations and ae/oe/aa for æ/ø/å', async () => {
		const sosu = await search('q=sosu');
		const assistants = await search('q=social- og sundhedsassistent');
		expect(assistants.total).toBeGreaterThan(0);
		expect(sosu.fallback).toBe('none');
		expect(sosu.total).toBeGreaterThan(assistants.total);
		expect(sosu.items[0]?.title).toMatch(/social- og sundheds/i);
		expect(sosu.alsoSearched).toContain('social- og sundhedsassistent');
		for (const [typed, danish] of [
			['paedagog', 'pædagog'],
			['laeger', 'læger']
		] as const) {
			const folded = await search(`q=${typed}`);
			expect(folded.fallback, typed).toBe('none');
			expect(folded.total, typed).toBeGreaterThanOrEqual((await search(`q=${danish}`)).total);
			expect(folded.alsoSearched[0], typed).toBe(danish);
		}
	});

	it('ranks a title match above a body-only match', async () => {
		const { items } = await walk('q=sygeplejersker&limit=100');
		const stem = word('sygeplejersk');
		const inTitle = items.map((ad) => stem.test(ad.title));
		const bodyOnly = items.map(
			(ad) => !stem.test(`${ad.title} ${ad.occupation.title} ${ad.employer}`)
		);
		expect(inTitle[0]).toBe(true);
		if (bodyOnly.includes(true)) {
			expect(inTitle.lastIndexOf(true)).toBeLessThan(bodyOnly.indexOf(true));
		}
	});

	it('agrees with itself: total = facet sums = ads over all pages, none twice', async () => {
		for (const params of [
			'hours=part&limit=50',
			'occupation=2&postedWithinDays=30&limit=50',
			'q=pædagog&limit=50'
		]) {
			const { pages, items } = await walk(params);
			const first = pages[0]!;
			expect(sum(first.facets.municipality), params).toBe(first.total);
			expect(sum(first.facets.region), params).toBe(first.total);
			expect(items, params).toHaveLength(first.total);
			expect(new Set(items.map((ad) => ad.id)).size, params).toBe(first.total);
			expect(pages.every((page) => page.total === first.total)).toBe(true);
		}
		const part = await search('hours=part');
		expect(part.items.every((ad) => ad.hours === 'part')).toBe(true);
		expect(part.facets.hours.find((h) => h.value === 'part')?.count).toBe(part.total);
	});

	it('sorts newest first across pages', async () => {
		const { items } = await walk('sort=newest&limit=100&hours=full');
		for (let i = 1; i < items.length; i++) {
			expect(items[i - 1]!.postedAt >= items[i]!.postedAt).toBe(true);
		}
	});

	it('sorts by deadline, soonest first and open-ended last, across pages', async () => {
		const { items } = await walk('sort=deadline&limit=100&hours=part');
		for (let i = 1; i < items.length; i++) {
			const [a, b] = [items[i - 1]!.deadline, items[i]!.deadline];
			expect(a === null ? b === null : b === null || a <= b).toBe(true);
		}
	});

	it('includes the postal code’s own municipality at every radius', async () => {
		let previous = 0;
		for (const radius of [1, 10, 50, 200]) {
			const result = await search(`postalCode=8000&radiusKm=${radius}`);
			expect(result.facets.municipality.map((m) => m.code)).toContain('751');
			expect(result.total).toBeGreaterThanOrEqual(previous);
			previous = result.total;
		}
		const near = await search('postalCode=8000&radiusKm=1');
		expect(near.facets.municipality.map((m) => m.code)).toEqual(['751']);
	});

	it('finds a misspelt title through the trigram fallback', async () => {
		const typo = await search('q=sygeplejeske');
		expect(typo.fallback).toBe('trigram');
		expect(typo.total).toBeGreaterThan(0);
		expect(typo.items.every((ad) => /sygeplejersk/i.test(ad.title))).toBe(true);
	});

	it.each([
		['municipality', 'municipality=999'],
		['radiusKm', 'radiusKm=10'],
		['limit', 'limit=10000'],
		['q', `q=${'a'.repeat(5000)}`],
		['sort', 'sort=foo'],
		['postalCode', 'postalCode=9999&radiusKm=5'],
		['occupation', 'occupation=99'],
		['hours', 'hours=nat'],
		['cursor', 'cursor=not-a-cursor']
	])('answers a bad %s with a 400 problem naming it', async (field, params) => {
		const problem = expectProblem(await api(`/api/v1/jobs?${params}`), 400);
		expect(problem.errors?.map((e) => e.field)).toEqual([field]);
		expect(problem.errors?.[0]?.message).toBeTruthy();
	});

	it('never answers 5xx, whatever the input', async () => {
		for (const params of [
			'q=%22',
			'q=-',
			'q=a%20%26%20(b%20%7C%20!c',
			"q=it's:*",
			'q=og',
			`q=${encodeURIComponent('ø'.repeat(200))}`,
			'q=%00',
			'municipality=',
			'radiusKm=abc&postalCode=8000',
			'cursor=WyJ4Il0',
			'limit=-1',
			'postedWithinDays=1e3',
			'v=99'
		]) {
			const answer = await api(`/api/v1/jobs?${params}`);
			expect(answer.status, params).toBeLessThan(500);
		}
	});
});
