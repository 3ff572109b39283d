import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldErrors } from './validation';
import {
	DEFAULT_SEARCH_LIMIT,
	defaultSort,
	fromSearchParams,
	searchParamNames,
	upgradeSearchParams,
	type JobSearchParseResult,
	type JobSearchQuery
} from './job-search';
import { jobSearchParamsSchema } from './job-search-schema';

/**
 * `fromSearchParams` reads a search link in plain TypeScript (the search page loads no validation
 * library); the API describes the same parameters with a zod schema. This is how the link was read
 * with that schema: both must give the same query, or the same errors in the same order.
 */
function fromSearchParamsWithZod(input: URLSearchParams): JobSearchParseResult {
	const params = upgradeSearchParams(input);
	const raw: Record<string, string> = {};
	for (const name of Object.keys(jobSearchParamsSchema.shape)) {
		const value = params.get(name);
		if (value !== null) raw[name] = value;
	}
	const parsed = jobSearchParamsSchema.safeParse(raw);
	const errors = parsed.success
		? []
		: fieldErrors(parsed.error).filter(
				(error, index, all) => all.findIndex((e) => e.field === error.field) === index
			);
	if ((raw.radiusKm ?? '').trim() !== '' && (raw.postalCode ?? '').trim() === '') {
		errors.push({
			field: 'radiusKm',
			message: 'Vælg et postnummer for at søge inden for en afstand'
		});
	}
	if (!parsed.success || errors.length > 0) return { success: false, errors };
	const { v: _version, sort, limit, ...filters } = parsed.data;
	const data: JobSearchQuery = {
		...filters,
		sort: sort ?? defaultSort(filters.q),
		limit: limit ?? DEFAULT_SEARCH_LIMIT
	};
	for (const key of Object.keys(data) as (keyof JobSearchQuery)[]) {
		if (data[key] === undefined) delete data[key];
	}
	return { success: true, data };
}

const value = fc.oneof(
	fc.constantFrom(
		'',
		' ',
		'0',
		'1',
		'2',
		'-1',
		' 7 ',
		'20',
		'100',
		'101',
		'200',
		'201',
		'365',
		'366'
	),
	fc.constantFrom(
		'751',
		'0751',
		'101',
		'999',
		'1082',
		'1081',
		'8000',
		'9999',
		'2',
		'22',
		'99',
		'x'
	),
	fc.constantFrom('full', 'part', ' full', 'relevance', 'newest', 'deadline', 'Newest'),
	fc.constantFrom('pædagog', 'a\u0000b', '  sosu  ', '1e3', '1.5', '1234567890'),
	fc.string({ maxLength: 6 }),
	fc.string({ minLength: 199, maxLength: 202 }),
	fc.string({ minLength: 510, maxLength: 514 })
);
const names = fc.constantFrom(...searchParamNames, 'utm_source');
const links = fc
	.array(fc.tuple(names, value), { maxLength: 6 })
	.map((pairs) => new URLSearchParams(pairs));

describe('fromSearchParams reads a link as the API schema does', () => {
	it('on generated links', () => {
		fc.assert(
			fc.property(links, (params) => {
				expect(fromSearchParams(params)).toEqual(fromSearchParamsWithZod(params));
			}),
			{ numRuns: 1_000 }
		);
	});

	it('on a valid link with every filter, and on one wrong in every parameter', () => {
		const valid = new URLSearchParams(
			'v=1&q=p%C3%A6dagog&municipality=751&postalCode=8000&radiusKm=20&occupation=22&hours=part&postedWithinDays=7&sort=deadline&limit=50'
		);
		expect(fromSearchParams(valid)).toMatchObject({ success: true });
		expect(fromSearchParams(valid)).toEqual(fromSearchParamsWithZod(valid));
		const wrong = new URLSearchParams(
			'v=9&municipality=999&region=1&postalCode=0000&radiusKm=0&occupation=x&hours=f&postedWithinDays=0&sort=x&limit=0'
		);
		const result = fromSearchParams(wrong);
		expect(result.success).toBe(false);
		expect(result).toEqual(fromSearchParamsWithZod(wrong));
	});
});
