// The search test table on the phone: the same cases as the server's SQL suite
// (server/search.test.ts), searched with the offline search over the same generated ads.
import { beforeAll, describe, expect, it } from 'vitest';
import { toJobAd } from '../server/jobs';
import { generateJobAds } from '../server/seed/job-ads';
import { fromSearchParams, type JobSearchQuery } from './job-search';
import { occupationVocabulary } from './occupation-vocabulary';
import { searchJobEntries, type CachedJobEntry } from './offline-search';
import { wideningCases } from './search-expansion.testkit';

const now = new Date('2026-03-02T10:00:00.000Z');
const entries: CachedJobEntry[] = generateJobAds(3_000, { seed: 20_260_302, now }).map((seed) => ({
	ad: toJobAd({ ...seed, postedAt: new Date(seed.postedAt), deadline: null }),
	source: 'results'
}));

function query(q: string): JobSearchQuery {
	const parsed = fromSearchParams(new URLSearchParams({ q, limit: '100' }));
	if (!parsed.success) throw new Error(`${q}: ${JSON.stringify(parsed.errors)}`);
	return parsed.data;
}

const key = {};
function idsFound(q: string): Set<string> {
	const result = searchJobEntries(
		entries,
		{ ...query(q), limit: entries.length },
		now,
		key,
		occupationVocabulary()
	);
	return new Set(result.items.map((ad) => ad.id));
}

describe('the offline search finds what people type', () => {
	// The index over 3,000 ads is built once, kept under `key` for every case.
	beforeAll(() => void idsFound('sosu'), 60_000);

	it.each(wideningCases)('"$typed" finds every ad $danish finds', ({ typed, danish }) => {
		const widened = idsFound(typed);
		const long = idsFound(danish);
		expect([...long].filter((id) => !widened.has(id))).toEqual([]);
		expect(widened.size).toBeGreaterThanOrEqual(long.size);
	});

	it('finds the SOSU ads for "sosu", and says which Danish words it searched', () => {
		const sosu = searchJobEntries(entries, query('sosu'), now, key);
		const assistants = idsFound('social- og sundhedsassistent');
		expect(assistants.size).toBeGreaterThan(0);
		expect(sosu.total).toBeGreaterThan(assistants.size);
		expect(sosu.alsoSearched).toContain('social- og sundhedsassistent');
		expect(sosu.items[0]?.title).toMatch(/social- og sundheds/i);
		expect(idsFound('paedagog').size).toBeGreaterThan(0);
		expect(idsFound('laeger').size).toBeGreaterThan(0);
	});

	it.each(['nurse', 'медсестра', 'ممرضة'])(
		'finds the sygeplejerske ads for "%s", and names the Danish word',
		(q) => {
			const found = searchJobEntries(entries, query(q), now, key, occupationVocabulary());
			expect(idsFound('sygeplejerske').size).toBeGreaterThan(0);
			expect(found.total).toBe(idsFound('sygeplejerske').size);
			expect(found.items.length).toBeGreaterThan(0);
			for (const ad of found.items) expect(`${ad.title} ${ad.description}`).toMatch(/sygeplejers/i);
			expect(found.translatedTo).toEqual(['sygeplejerske']);
			expect(found.alsoSearched).toEqual(['sygeplejerske']);
			// Without the rows (not yet loaded) her word finds nothing and names nothing.
			const alone = searchJobEntries(entries, query(q), now, key);
			expect(alone.total).toBe(0);
			expect(alone.translatedTo).toEqual([]);
		}
	);
});
