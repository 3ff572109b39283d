/**
 * The job search query (`GET /api/v1/jobs`, and the search page's URL): parsing, defaults and
 * links. Pure — no I/O — so the client and the server read a search link the same way.
 *
 * | parameter          | meaning                                                  | values                        |
 * | ------------------ | -------------------------------------------------------- | ----------------------------- |
 * | `v`                | version of the link format (missing = 0, an old link)    | `0`–`SEARCH_URL_VERSION`      |
 * | `q`                | words to search for (Danish stemming, `"…"`, `-ord`)     | at most 200 characters        |
 * | `municipality`     | municipality code                                        | three digits, e.g. `751`      |
 * | `region`           | region code                                              | e.g. `1082`                   |
 * | `postalCode`       | postal code; alone it filters on that code               | four digits, e.g. `8000`      |
 * | `radiusKm`         | with `postalCode`: jobs within this many km              | whole number 1–200            |
 * | `occupation`       | occupation group, DISCO-08 major or sub-major            | `2` or `22`                   |
 * | `hours`            | full or part time                                        | `full`, `part`                |
 * | `postedWithinDays` | posted within the last n days                            | whole number 1–365            |
 * | `sort`             | order (default `relevance` with `q`, otherwise `newest`) | `relevance`, `newest`, `deadline` |
 * | `cursor`           | the `nextCursor` of the previous page                    | opaque                        |
 * | `limit`            | ads per page                                             | 1–100, default 20             |
 * | `view`             | `list`: the ads without description and contacts         | `list`                        |
 *
 * Unknown parameter names are ignored (links may carry tracking and the like); a known parameter
 * with a value we cannot use is an error naming that parameter, never silently dropped.
 */
import { z } from 'zod';
import { isMunicipalityCode, isPostalCode, isRegionCode } from './taxonomy/place-codes';
import { occupationByCode } from './taxonomy/occupations';
import { fieldErrors, type FieldError } from './validation';

/** Bump when the link format changes, and add a step to `upgradeSteps` that rewrites older links. */
export const SEARCH_URL_VERSION = 1;
export const MAX_SEARCH_TEXT = 200;
export const DEFAULT_SEARCH_LIMIT = 20;
export const MAX_SEARCH_LIMIT = 100;
export const MAX_RADIUS_KM = 200;
export const MAX_POSTED_WITHIN_DAYS = 365;
const MAX_CURSOR_LENGTH = 512;

export const jobSearchSorts = ['relevance', 'newest', 'deadline'] as const;
export type JobSearchSort = (typeof jobSearchSorts)[number];
export const jobHours = ['full', 'part'] as const;

export interface JobSearchQuery {
	q?: string | undefined;
	municipality?: string | undefined;
	region?: string | undefined;
	postalCode?: string | undefined;
	radiusKm?: number | undefined;
	occupation?: string | undefined;
	hours?: (typeof jobHours)[number] | undefined;
	postedWithinDays?: number | undefined;
	sort: JobSearchSort;
	cursor?: string | undefined;
	limit: number;
}

/** Without words there is nothing to rank, so the newest ads come first. */
export function defaultSort(q: string | undefined): JobSearchSort {
	return q ? 'relevance' : 'newest';
}

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

/**
 * The parameters as they travel in the URL (all optional). Used for parsing and, field by field,
 * for the OpenAPI description of `GET /api/v1/jobs`.
 */
export const jobSearchParamsSchema = z.object({
	v: optionalInt(
		0,
		SEARCH_URL_VERSION,
		`Ukendt version af søgelinket (højst ${SEARCH_URL_VERSION})`
	),
	q: z.preprocess(
		// Control characters (a NUL cannot even be stored in PostgreSQL text) become spaces.
		(value) =>
			typeof value === 'string' ? blankToUndefined(value.replace(/\p{Cc}/gu, ' ').trim()) : value,
		z
			.string({ error: 'Skal være tekst' })
			.max(MAX_SEARCH_TEXT, { error: `Søgeteksten må højst være ${MAX_SEARCH_TEXT} tegn` })
			.optional()
	),
	municipality: optionalCode(
		/^\d{3}$/,
		isMunicipalityCode,
		'Kommunen findes ikke. Brug en kommunekode med tre cifre, fx 751'
	),
	region: optionalCode(/^\d{4}$/, isRegionCode, 'Regionen findes ikke'),
	postalCode: optionalCode(/^\d{4}$/, isPostalCode, 'Postnummeret findes ikke'),
	radiusKm: optionalInt(
		1,
		MAX_RADIUS_KM,
		`Afstanden skal være et helt antal km fra 1 til ${MAX_RADIUS_KM}`
	),
	occupation: optionalCode(
		/^\d{1,2}$/,
		(code) => occupationByCode(code) !== undefined,
		'Stillingsgruppen findes ikke. Brug en DISCO-kode med et eller to cifre, fx 2 eller 22'
	),
	hours: z.preprocess(
		blankToUndefined,
		z.enum(jobHours, { error: 'Skal være full (fuldtid) eller part (deltid)' }).optional()
	),
	postedWithinDays: optionalInt(
		1,
		MAX_POSTED_WITHIN_DAYS,
		`Skal være et helt antal dage fra 1 til ${MAX_POSTED_WITHIN_DAYS}`
	),
	sort: z.preprocess(
		blankToUndefined,
		z.enum(jobSearchSorts, { error: 'Skal være relevance, newest eller deadline' }).optional()
	),
	cursor: z.preprocess(
		blankToUndefined,
		z.string().max(MAX_CURSOR_LENGTH, { error: 'Ugyldig cursor' }).optional()
	),
	limit: optionalInt(1, MAX_SEARCH_LIMIT, `Skal være et helt tal fra 1 til ${MAX_SEARCH_LIMIT}`),
	/** How the answer shows the ads, not which: not part of the query (see `searchView`). */
	view: z.preprocess(blankToUndefined, z.enum(['list'], { error: 'Skal være list' }).optional())
});

export type JobSearchParams = z.infer<typeof jobSearchParamsSchema>;
const paramNames = Object.keys(jobSearchParamsSchema.shape) as (keyof JobSearchParams)[];

type ParamsInput = URLSearchParams | Readonly<Record<string, string | undefined>>;

function toParams(input: ParamsInput): URLSearchParams {
	if (input instanceof URLSearchParams) return new URLSearchParams(input);
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(input)) if (value !== undefined) params.set(key, value);
	return params;
}

/**
 * Rewrites a link of version `n` to version `n + 1`. Index n is the step from version n.
 * Version 0 is every link made before `v` existed: the same parameter names, so the step only
 * stamps the version. A future format change (say `radiusKm` -> `afstand`) adds a step here and
 * old bookmarks, shared links and saved searches keep working.
 */
const upgradeSteps: readonly ((params: URLSearchParams) => void)[] = [
	(params) => {
		// 0 -> 1: nothing was renamed. Old links could carry a padded municipality code ("0751").
		const municipality = params.get('municipality');
		if (municipality && /^0\d{3}$/.test(municipality.trim())) {
			params.set('municipality', municipality.trim().slice(1));
		}
	}
];

/**
 * Brings search parameters of any known version up to `SEARCH_URL_VERSION` (a new object; the
 * input is not changed). A missing `v` means version 0. A `v` that is not a known version is left
 * as it is, so parsing reports it on `v`.
 */
export function upgradeSearchParams(input: ParamsInput): URLSearchParams {
	const params = toParams(input);
	const raw = params.get('v');
	const version =
		raw === null || raw.trim() === '' ? 0 : /^\d{1,3}$/.test(raw.trim()) ? Number(raw) : NaN;
	if (!Number.isInteger(version) || version > SEARCH_URL_VERSION) return params;
	for (let step = version; step < SEARCH_URL_VERSION; step++) upgradeSteps[step]?.(params);
	params.set('v', String(SEARCH_URL_VERSION));
	return params;
}

export type JobSearchParseResult =
	{ success: true; data: JobSearchQuery } | { success: false; errors: FieldError[] };

/** Reads (and first upgrades) search parameters; errors name the parameter, in plain Danish. */
export function fromSearchParams(input: ParamsInput): JobSearchParseResult {
	const params = upgradeSearchParams(input);
	const raw: Record<string, string> = {};
	for (const name of paramNames) {
		const value = params.get(name);
		if (value !== null) raw[name] = value;
	}
	const parsed = jobSearchParamsSchema.safeParse(raw);
	// One message per parameter (a value can fail both the form and the lookup).
	const errors = parsed.success
		? []
		: fieldErrors(parsed.error).filter(
				(error, index, all) => all.findIndex((e) => e.field === error.field) === index
			);
	const hasPostalCode = (raw.postalCode ?? '').trim() !== '';
	if ((raw.radiusKm ?? '').trim() !== '' && !hasPostalCode) {
		errors.push({
			field: 'radiusKm',
			message: 'Vælg et postnummer for at søge inden for en afstand'
		});
	}
	if (!parsed.success || errors.length > 0) return { success: false, errors };
	const { v: _version, view: _view, sort, limit, ...filters } = parsed.data;
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

/** `view=list`: the answer's ads as a result list shows them (checked by `fromSearchParams`). */
export function isListView(params: URLSearchParams): boolean {
	return params.get('view')?.trim() === 'list';
}

/** The canonical link form of a query: current version, defaults left out, fixed order. */
export function toSearchParams(query: Partial<JobSearchQuery>): URLSearchParams {
	const params = new URLSearchParams({ v: String(SEARCH_URL_VERSION) });
	const put = (name: string, value: string | number | undefined) => {
		if (value !== undefined && value !== '') params.set(name, String(value));
	};
	put('q', query.q?.trim());
	put('municipality', query.municipality);
	put('region', query.region);
	put('postalCode', query.postalCode);
	put('radiusKm', query.radiusKm);
	put('occupation', query.occupation);
	put('hours', query.hours);
	put('postedWithinDays', query.postedWithinDays);
	if (query.sort && query.sort !== defaultSort(query.q?.trim() || undefined))
		put('sort', query.sort);
	put('cursor', query.cursor);
	if (query.limit !== undefined && query.limit !== DEFAULT_SEARCH_LIMIT) put('limit', query.limit);
	return params;
}
