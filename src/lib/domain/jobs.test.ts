import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JobAdFormatError, parseJobAd, toJobListItem, toJobSearchList, type JobAd } from './jobs';
import { jobAdSchema, jobListItemSchema } from './jobs-schema';

const ad: JobAd = {
	id: '6f1c2b8e-3d4a-4b5c-8d9e-0f1a2b3c4d5e',
	title: 'Pædagog til vuggestue',
	employer: 'Aarhus Kommune',
	description: 'Vi søger en pædagog. '.repeat(80),
	occupation: { code: '2342', title: 'Pædagog' },
	municipality: { code: '751', name: 'Aarhus' },
	postalCode: '8000',
	city: 'Aarhus C',
	hours: 'full',
	weeklyHours: 37,
	employmentType: 'permanent',
	postedAt: '2026-11-20T08:00:00.000Z',
	deadline: '2026-12-20',
	applyUrl: 'https://example.org/job/1',
	applyEmail: 'job@example.org',
	contactName: 'Kim Jensen',
	contactPhone: '+45 12 34 56 78',
	hourlyWageKr: 210
};

describe('job list items', () => {
	it('keep what a result list shows and what the gain is computed from, nothing else', () => {
		const item = toJobListItem(ad);
		expect(jobListItemSchema.parse(item)).toEqual(item);
		expect(item).toEqual({
			id: ad.id,
			title: ad.title,
			employer: ad.employer,
			occupation: ad.occupation,
			municipality: ad.municipality,
			postalCode: ad.postalCode,
			city: ad.city,
			hours: ad.hours,
			weeklyHours: ad.weeklyHours,
			employmentType: ad.employmentType,
			postedAt: ad.postedAt,
			deadline: ad.deadline,
			hourlyWageKr: ad.hourlyWageKr
		});
		expect(jobAdSchema.safeParse(item).success).toBe(false);
		expect(JSON.stringify(item).length).toBeLessThan(JSON.stringify(ad).length / 3);
	});

	it('turn a search answer into a list answer, counts and paging unchanged', () => {
		const result = {
			items: [ad],
			nextCursor: 'abc',
			total: 1,
			facets: { municipality: [], region: [], occupation: [], hours: [] },
			fallback: 'none' as const,
			alsoSearched: []
		};
		expect(toJobSearchList(result)).toEqual({ ...result, items: [toJobListItem(ad)] });
	});
});

/**
 * The ad page checks an ad from the API with `parseJobAd`, not with zod (a public page loads no
 * validation library). It must answer as `jobAdSchema` does: the same ads accepted, the same value
 * (unknown fields dropped), and every other input refused. Inputs are a valid ad with one or two
 * fields changed, near the formats' edges.
 */
describe('parseJobAd answers as jobAdSchema', () => {
	const odd = fc.oneof(
		fc.constant(undefined),
		fc.constant(null),
		fc.boolean(),
		fc.string({ maxLength: 3 }),
		fc.constantFrom(Number.NaN, 2 ** 53, 0.5, -1, 0),
		fc.constant([]),
		fc.constant({})
	);
	const variants: Record<keyof JobAd | 'extra', fc.Arbitrary<unknown>> = {
		id: fc.oneof(
			fc.uuid(),
			fc.constantFrom(
				'00000000-0000-0000-0000-000000000000',
				'6f1c2b8e-3d4a-0b5c-8d9e-0f1a2b3c4d5e',
				'6f1c2b8e-3d4a-4b5c-7d9e-0f1a2b3c4d5e',
				'6F1C2B8E-3D4A-4B5C-8D9E-0F1A2B3C4D5E',
				'6f1c2b8e3d4a4b5c8d9e0f1a2b3c4d5e'
			),
			odd
		),
		title: fc.oneof(fc.string(), odd),
		employer: fc.oneof(fc.string(), odd),
		description: fc.oneof(fc.string(), odd),
		occupation: fc.oneof(
			fc.record({ code: fc.string(), title: fc.oneof(fc.string(), odd) }),
			fc.record({ code: fc.string(), title: fc.string(), more: fc.string() }),
			odd
		),
		municipality: fc.oneof(fc.record({ code: fc.oneof(fc.string(), odd), name: fc.string() }), odd),
		postalCode: fc.oneof(fc.string(), odd),
		city: fc.oneof(fc.string(), odd),
		hours: fc.oneof(fc.constantFrom('full', 'part', 'Full', ''), odd),
		weeklyHours: fc.oneof(fc.integer(), fc.double(), fc.constantFrom(2 ** 53 - 1, -(2 ** 53)), odd),
		employmentType: fc.oneof(
			fc.constantFrom('permanent', 'temporary', 'substitute', 'student', 'other'),
			odd
		),
		postedAt: fc.oneof(
			fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
			fc.constantFrom(
				'2026-11-20T08:00:00Z',
				'2026-11-20T08:00:00.1234Z',
				'2026-11-20T08:00Z',
				'2026-11-20T08:00:00+01:00',
				'2026-11-20T24:00:00Z',
				'2026-02-29T08:00:00Z',
				'2028-02-29T08:00:00Z',
				'2026-11-20'
			),
			odd
		),
		deadline: fc.oneof(
			fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
			fc.constantFrom('2026-02-29', '2000-02-29', '1900-02-29', '2026-04-31', '2026-1-01'),
			odd
		),
		applyUrl: fc.oneof(fc.string(), odd),
		applyEmail: fc.oneof(fc.string(), odd),
		contactName: fc.oneof(fc.string(), odd),
		contactPhone: fc.oneof(fc.string(), odd),
		hourlyWageKr: fc.oneof(fc.integer(), fc.double(), odd),
		extra: fc.string()
	};
	const changed = fc
		.uniqueArray(fc.constantFrom(...(Object.keys(variants) as (keyof typeof variants)[])), {
			minLength: 1,
			maxLength: 2
		})
		.chain((keys) =>
			fc.tuple(fc.constant(keys), fc.tuple(...keys.map((key) => variants[key])), fc.boolean())
		)
		.map(([keys, values, dropUndefined]) => {
			const input: Record<string, unknown> = { ...ad };
			keys.forEach((key, index) => {
				if (values[index] === undefined && dropUndefined) delete input[key];
				else input[key] = values[index];
			});
			return input;
		});

	const plain = (input: unknown) => {
		try {
			return { ok: true, value: parseJobAd(input) };
		} catch (error) {
			expect(error).toBeInstanceOf(JobAdFormatError);
			return { ok: false };
		}
	};
	const withZod = (input: unknown) => {
		const parsed = jobAdSchema.safeParse(input);
		return parsed.success ? { ok: true, value: parsed.data } : { ok: false };
	};

	it('on a valid ad, and on input that is no object', () => {
		expect(parseJobAd({ ...ad, extra: 1 })).toEqual(ad);
		for (const input of [ad, null, [], 'ad', 1, { ...ad, deadline: null, hourlyWageKr: null }]) {
			expect(plain(input)).toEqual(withZod(input));
		}
	});

	it('on ads with one or two fields changed or missing', () => {
		fc.assert(
			fc.property(changed, (input) => {
				expect(plain(input)).toEqual(withZod(input));
			}),
			{ numRuns: 2000 }
		);
	});
});
