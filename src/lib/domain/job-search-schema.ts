/**
 * The search parameters of `GET /api/v1/jobs` as a zod schema, for the API's OpenAPI description.
 * The server and the phone read a search link with `fromSearchParams` (job-search.ts, plain
 * TypeScript, so the search page loads no validation library); `job-search.test.ts` holds the two
 * to the same answers.
 */
import { z } from 'zod';
import {
	jobHours,
	jobSearchSorts,
	MAX_CURSOR_LENGTH,
	MAX_POSTED_WITHIN_DAYS,
	MAX_RADIUS_KM,
	MAX_SEARCH_LIMIT,
	MAX_SEARCH_TEXT,
	SEARCH_URL_VERSION,
	searchParamMessages as messages
} from './job-search';
import { postalCodeInfo, municipalityByCode, regions } from './taxonomy/municipalities';
import { occupationByCode } from './taxonomy/occupations';

const blankToUndefined = (value: unknown) =>
	typeof value === 'string' && value.trim() === '' ? undefined : value;

/** "12" -> 12; anything else is left for the integer check to reject with the field's message. */
const toInteger = (value: unknown) => {
	const v = blankToUndefined(value);
	return typeof v === 'string' && /^\s*-?\d{1,9}\s*$/.test(v) ? Number(v) : v;
};

function optionalInt(min: number, max: number, message: string) {
	return z.preprocess(
		toInteger,
		z.int({ error: message }).min(min, { error: message }).max(max, { error: message }).optional()
	);
}

function optionalCode(pattern: RegExp, exists: (code: string) => boolean, message: string) {
	return z.preprocess(
		(value) => (typeof value === 'string' ? blankToUndefined(value.trim()) : value),
		z
			.string({ error: message })
			.regex(pattern, { error: message })
			.refine(exists, { error: message })
			.optional()
	);
}

const regionCodes = new Set(regions.map((r) => r.code));

/**
 * The parameters as they travel in the URL (all optional). Used for parsing and, field by field,
 * for the OpenAPI description of `GET /api/v1/jobs`.
 */
export const jobSearchParamsSchema = z.object({
	v: optionalInt(0, SEARCH_URL_VERSION, messages.v),
	q: z.preprocess(
		// Control characters (a NUL cannot even be stored in PostgreSQL text) become spaces.
		(value) =>
			typeof value === 'string' ? blankToUndefined(value.replace(/\p{Cc}/gu, ' ').trim()) : value,
		z.string({ error: messages.q }).max(MAX_SEARCH_TEXT, { error: messages.qTooLong }).optional()
	),
	municipality: optionalCode(
		/^\d{3}$/,
		(code) => municipalityByCode(code) !== undefined,
		messages.municipality
	),
	region: optionalCode(/^\d{4}$/, (code) => regionCodes.has(code), messages.region),
	postalCode: optionalCode(
		/^\d{4}$/,
		(code) => postalCodeInfo(code) !== undefined,
		messages.postalCode
	),
	radiusKm: optionalInt(1, MAX_RADIUS_KM, messages.radiusKm),
	occupation: optionalCode(
		/^\d{1,2}$/,
		(code) => occupationByCode(code) !== undefined,
		messages.occupation
	),
	hours: z.preprocess(blankToUndefined, z.enum(jobHours, { error: messages.hours }).optional()),
	postedWithinDays: optionalInt(1, MAX_POSTED_WITHIN_DAYS, messages.postedWithinDays),
	sort: z.preprocess(blankToUndefined, z.enum(jobSearchSorts, { error: messages.sort }).optional()),
	cursor: z.preprocess(
		blankToUndefined,
		z.string().max(MAX_CURSOR_LENGTH, { error: messages.cursor }).optional()
	),
	limit: optionalInt(1, MAX_SEARCH_LIMIT, messages.limit),
	/** How the answer shows the ads, not which: not part of the query (see `isListView`). */
	view: z.preprocess(blankToUndefined, z.enum(['list'], { error: messages.view }).optional())
});

export type JobSearchParams = z.infer<typeof jobSearchParamsSchema>;
