import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDateOf } from '../../domain/local-time';
import { municipalities } from '../../domain/taxonomy/municipalities';
import { subMajorGroupOf } from '../../domain/taxonomy/occupations';
import { generateJobAd, generateJobAds, jobAdBatches, type SeedJobAd } from './job-ads';
import { occupations } from './job-vocabulary';

const SEED = 20_261_122;
const NOW = new Date('2025-11-22T10:30:00.000Z');
const OPTIONS = { seed: SEED, now: NOW };
const FULL_COUNT = 50_000;
const DAY_MS = 86_400_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const pickableByMunicipality = new Map(
	municipalities.map((m) => [
		m.code,
		new Map(m.postalCodes.filter((p) => p.pickable).map((p) => [p.code, p.town]))
	])
);

let ads: SeedJobAd[];

// 1–3 s alone; the default 10 s hook limit is too tight when the unit suites share two busy cores.
beforeAll(() => {
	ads = generateJobAds(FULL_COUNT, OPTIONS);
}, 60_000);

describe('determinism', () => {
	it('gives the same ads for the same seed and now', () => {
		expect(generateJobAds(200, OPTIONS)).toEqual(ads.slice(0, 200));
		expect(generateJobAd(4_321, OPTIONS)).toEqual(ads[4_321]);
	});

	it('gives different ads for a different seed', () => {
		const other = generateJobAds(200, { seed: SEED + 1, now: NOW });
		const same = other.filter((ad, i) => ad.description === ads[i]?.description).length;
		expect(same).toBe(0);
		expect(new Set(other.map((ad) => ad.id)).size).toBe(200);
		expect(other.some((ad, i) => ad.id === ads[i]?.id)).toBe(false);
	});

	it('does not depend on the order of generation', () => {
		expect(generateJobAd(49_999, OPTIONS)).toEqual(ads[49_999]);
		expect(generateJobAd(0, OPTIONS)).toEqual(ads[0]);
	});
});

describe('count and batching', () => {
	it('generates exactly count ads with sequential external ids', () => {
		expect(ads).toHaveLength(FULL_COUNT);
		expect(generateJobAds(0, OPTIONS)).toEqual([]);
		expect(ads[0]?.externalId).toBe('seed-000001');
		expect(ads[49_999]?.externalId).toBe('seed-050000');
	});

	it('yields batches that concatenate to generateJobAds', () => {
		const batches = [...jobAdBatches(2_345, OPTIONS, 1_000)];
		expect(batches.map((b) => b.length)).toEqual([1_000, 1_000, 345]);
		expect(batches.flat()).toEqual(ads.slice(0, 2_345));
		expect([...jobAdBatches(0, OPTIONS, 1_000)]).toEqual([]);
		expect(() => [...jobAdBatches(10, OPTIONS, 0)]).toThrow(RangeError);
	});
});

describe('50,000 ads', () => {
	it('cover all 98 municipalities, weighted towards the big cities', () => {
		const counts = new Map<string, number>();
		for (const ad of ads)
			counts.set(ad.municipalityCode, (counts.get(ad.municipalityCode) ?? 0) + 1);
		expect(municipalities).toHaveLength(98);
		expect(new Set(counts.keys())).toEqual(new Set(municipalities.map((m) => m.code)));
		const median = [...counts.values()].sort((a, b) => a - b)[49] ?? 0;
		for (const big of ['101', '751', '461', '851'])
			expect(counts.get(big) ?? 0).toBeGreaterThan(3 * median);
		expect(counts.get('101') ?? 0).toBeGreaterThan(counts.get('751') ?? 0);
	});

	it('use a pickable postal code of the municipality and its town as city', () => {
		for (const ad of ads) {
			const town = pickableByMunicipality.get(ad.municipalityCode)?.get(ad.postalCode);
			if (town !== ad.city)
				throw new Error(
					`${ad.externalId}: ${ad.postalCode} ${ad.city} not in ${ad.municipalityCode}`
				);
		}
	});

	it('use ISCO-08 codes of existing sub-major groups and at least 60 occupations', () => {
		for (const ad of ads) {
			expect(ad.occupationCode).toMatch(/^[1-9]\d{3}$/);
			if (!subMajorGroupOf(ad.occupationCode))
				throw new Error(`${ad.externalId}: ${ad.occupationCode}`);
		}
		expect(new Set(ads.map((ad) => ad.occupationTitle)).size).toBeGreaterThanOrEqual(60);
		expect(new Set(ads.map((ad) => ad.occupationCode.charAt(0)))).toEqual(
			new Set(['1', '2', '3', '4', '5', '6', '7', '8', '9'])
		);
	});

	it('are posted within the 60 days before now, all open: deadlines after posting and after now', () => {
		let open = 0;
		const today = localDateOf(NOW);
		const latest = addDays(today, 41);
		// Copenhagen's UTC offset is whole hours, so the local date is constant within a UTC hour.
		const localDateByHour = new Map<number, string>();
		for (const ad of ads) {
			const posted = Date.parse(ad.postedAt);
			if (
				ad.postedAt !== new Date(posted).toISOString() ||
				!(posted <= NOW.getTime() && posted >= NOW.getTime() - 60 * DAY_MS)
			) {
				throw new Error(`${ad.externalId}: postedAt ${ad.postedAt}`);
			}
			if (ad.deadline === null) {
				open++;
				continue;
			}
			const hour = Math.floor(posted / 3_600_000);
			let postedLocal = localDateByHour.get(hour);
			if (postedLocal === undefined) {
				postedLocal = localDateOf(new Date(posted));
				localDateByHour.set(hour, postedLocal);
			}
			const days = (Date.parse(ad.deadline) - Date.parse(postedLocal)) / DAY_MS;
			// 5–45 days after posting, or, where that had passed when seeded, 1–41 days after today.
			const fromPosting = days >= 5 && days <= 45;
			const fromToday = days > 45 && ad.deadline <= latest;
			if (!(ad.deadline > today && (fromPosting || fromToday))) {
				throw new Error(`${ad.externalId}: deadline ${ad.deadline} vs posted ${postedLocal}`);
			}
		}
		expect(open / ads.length).toBeGreaterThan(0.07);
		expect(open / ads.length).toBeLessThan(0.13);
	});

	it('have unique, UUID-shaped ids and unique external ids', () => {
		expect(new Set(ads.map((ad) => ad.id)).size).toBe(FULL_COUNT);
		expect(new Set(ads.map((ad) => ad.externalId)).size).toBe(FULL_COUNT);
		for (const ad of ads) if (!UUID.test(ad.id)) throw new Error(`${ad.externalId}: ${ad.id}`);
	});

	it('have full-time 37 hours and part-time 8–32 hours', () => {
		for (const ad of ads) {
			const ok =
				ad.hours === 'full' ? ad.weeklyHours === 37 : ad.weeklyHours >= 8 && ad.weeklyHours <= 32;
			if (!ok) throw new Error(`${ad.externalId}: ${ad.hours} ${ad.weeklyHours}`);
		}
		const partShare = ads.filter((ad) => ad.hours === 'part').length / ads.length;
		expect(partShare).toBeGreaterThan(0.1);
		expect(partShare).toBeLessThan(0.5);
		expect(new Set(ads.map((ad) => ad.employmentType))).toEqual(
			new Set(['permanent', 'temporary', 'substitute', 'student'])
		);
	});

	it('have realistic wages on about 40 % of the ads', () => {
		const withWage = ads.filter((ad) => ad.hourlyWageKr !== null);
		expect(withWage.length / ads.length).toBeGreaterThan(0.37);
		expect(withWage.length / ads.length).toBeLessThan(0.43);
		for (const ad of withWage) {
			const wage = ad.hourlyWageKr ?? 0;
			if (!(Number.isInteger(wage) && wage >= 150 && wage <= 450))
				throw new Error(`${ad.externalId}: ${wage}`);
		}
	});

	it('have Danish descriptions of 3–5 paragraphs that mention the occupation and no lorem ipsum', () => {
		const forms = new Map(
			occupations.map(
				(o) =>
					[
						o.title,
						[o.title, o.plural, o.definite, o.definitePlural].map((f) => f.toLowerCase())
					] as const
			)
		);
		for (const ad of ads) {
			const text = `${ad.title}\n${ad.description}`.toLowerCase();
			const paragraphs = ad.description.split('\n\n');
			if (paragraphs.length < 3 || paragraphs.length > 5)
				throw new Error(`${ad.externalId}: ${paragraphs.length}`);
			if (text.includes('lorem') || /[{}]|undefined|null/.test(text))
				throw new Error(`${ad.externalId}: ${text}`);
			if (
				!(forms.get(ad.occupationTitle) ?? []).some((f) => ad.description.toLowerCase().includes(f))
			) {
				throw new Error(`${ad.externalId}: no ${ad.occupationTitle} in description`);
			}
			if (ad.deadline === null && !/løbende|hurtigst muligt/.test(text))
				throw new Error(`${ad.externalId}`);
		}
	});

	it('have a contact and at least one way to apply', () => {
		for (const ad of ads) {
			const ok =
				ad.contactName.split(' ').length >= 2 &&
				(ad.applyUrl !== null || ad.applyEmail !== null) &&
				(ad.applyUrl === null || /^https:\/\/www\.[a-z0-9]+\.dk\/job\/\d+$/.test(ad.applyUrl)) &&
				(ad.applyEmail === null || /^[a-z0-9]+@[a-z0-9]+\.dk$/.test(ad.applyEmail)) &&
				(ad.contactPhone === null || /^\d{2} \d{2} \d{2} \d{2}$/.test(ad.contactPhone));
			if (!ok) throw new Error(`${ad.externalId}: ${JSON.stringify(ad)}`);
		}
		expect(new Set(ads.map((ad) => ad.employer)).size).toBeGreaterThan(1_000);
		expect(new Set(ads.map((ad) => ad.title)).size).toBeGreaterThan(5_000);
	});
});
