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
import { isMunicipalityCode, isPostalCode, isRegionCode } from './taxonomy/place-codes';
import { occupationByCode } from './taxonomy/occupations';
import type { FieldError } from './validation';

/** Bump when the link format changes, and add a step to `upgradeSteps` that rewrites older links. */
export const SEARCH_URL_VERSION = 1;
export const MAX_SEARCH_TEXT = 200;
export const DEFAULT_SEARCH_LIMIT = 20;
export const MAX_SEARCH_LIMIT = 100;
export const MAX_RADIUS_KM = 200;
export const MAX_POSTED_WITHIN_DAYS = 365;
export const MAX_CURSOR_LENGTH = 512;

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

/** The message for each parameter whose value cannot be used: plain Danish, naming the fix. */
export const searchParamMessages = {
	v: `Ukendt version af søgelinket (højst ${SEARCH_URL_VERSION})`,
	q: 'Skal være tekst',
	qTooLong: `Søgeteksten må højst være ${MAX_SEARCH_TEXT} tegn`,
	municipality: 'Kommunen findes ikke. Brug en kommunekode med tre cifre, fx 751',
	region: 'Regionen findes ikke',
	postalCode: 'Postnummeret findes ikke',
	radiusKm: `Afstanden skal være et helt antal km fra 1 til ${MAX_RADIUS_KM}`,
	occupation:
		'Stillingsgruppen findes ikke. Brug en DISCO-kode med et eller to cifre, fx 2 eller 22',
	hours: 'Skal være full (fuldtid) eller part (deltid)',
	postedWithinDays: `Skal være et helt antal dage fra 1 til ${MAX_POSTED_WITHIN_DAYS}`,
	sort: 'Skal være relevance, newest eller deadline',
	cursor: 'Ugyldig cursor',
	limit: `Skal være et helt tal fra 1 til ${MAX_SEARCH_LIMIT}`,
	view: 'Skal være list'
} as const;

/** `view=list` answers the ads without their descriptions and contacts, as a result list shows them. */
const searchViews = ['list'] as const;

/** The parameters a search link may carry, in the order they are read and their errors listed. */
export const searchParamNames = [
	'v',
	'q',
	'municipality',
	'region',
	'postalCode',
	'radiusKm',
	'occupation',
	'hours',
	'postedWithinDays',
	'sort',
	'cursor',
	'limit',
	/** How the answer shows the ads, not which: not part of the query (see `isListView`). */
	'view'
] as const;
type ParamName = (typeof searchParamNames)[number];

/** A parameter's value, `undefined` when it is absent or blank, or the message why it cannot be used. */
type Read<T> = { value: T | undefined } | { error: string };

const isBlank = (value: string) => value.trim() === '';

/** "12" (spaces allowed) within min…max. */
function readInt(raw: string, min: number, max: number, message: string): Read<number> {
	if (isBlank(raw)) return { value: undefined };
	if (!/^\s*-?\d{1,9}\s*$/.test(raw)) return { error: message };
	const value = Number(raw);
	return value >= min && value <= max ? { value } : { error: message };
}

/** A code of the given form that exists; read trimmed. */
function readCode(
	raw: string,
	pattern: RegExp,
	exists: (code: string) => boolean,
	message: string
): Read<string> {
	const code = raw.trim();
	if (code === '') return { value: undefined };
	return pattern.test(code) && exists(code) ? { value: code } : { error: message };
}

function readChoice<const T extends readonly string[]>(
	raw: string,
	choices: T,
	message: string
): Read<T[number]> {
	if (isBlank(raw)) return { value: undefined };
	return (choices as readonly string[]).includes(raw) ? { value: raw } : { error: message };
}

const readers: {
	[name in ParamName]: (raw: string) => Read<JobSearchQuery[keyof JobSearchQuery]>;
} = {
	v: (raw) => readInt(raw, 0, SEARCH_URL_VERSION, searchParamMessages.v),
	q: (raw) => {
		// Control characters (a NUL cannot even be stored in PostgreSQL text) become spaces.
		const text = raw.replace(/\p{Cc}/gu, ' ').trim();
		if (text === '') return { value: undefined };
		return text.length <= MAX_SEARCH_TEXT
			? { value: text }
			: { error: searchParamMessages.qTooLong };
	},
	municipality: (raw) =>
		readCode(raw, /^\d{3}$/, isMunicipalityCode, searchParamMessages.municipality),
	region: (raw) => readCode(raw, /^\d{4}$/, isRegionCode, searchParamMessages.region),
	postalCode: (raw) => readCode(raw, /^\d{4}$/, isPostalCode, searchParamMessages.postalCode),
	radiusKm: (raw) => readInt(raw, 1, MAX_RADIUS_KM, searchParamMessages.radiusKm),
	occupation: (raw) =>
		readCode(
			raw,
			/^\d{1,2}$/,
			(code) => occupationByCode(code) !== undefined,
			searchParamMessages.occupation
		),
	hours: (raw) => readChoice(raw, jobHours, searchParamMessages.hours),
	postedWithinDays: (raw) =>
		readInt(raw, 1, MAX_POSTED_WITHIN_DAYS, searchParamMessages.postedWithinDays),
	sort: (raw) => readChoice(raw, jobSearchSorts, searchParamMessages.sort),
	cursor: (raw) => {
		if (isBlank(raw)) return { value: undefined };
		return raw.length <= MAX_CURSOR_LENGTH ? { value: raw } : { error: searchParamMessages.cursor };
	},
	limit: (raw) => readInt(raw, 1, MAX_SEARCH_LIMIT, searchParamMessages.limit),
	view: (raw) => readChoice(raw, searchViews, searchParamMessages.view)
};

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
	const raw: Partial<Record<ParamName, string>> = {};
	const values: Partial<Record<ParamName, unknown>> = {};
	const errors: FieldError[] = [];
	for (const name of searchParamNames) {
		const value = params.get(name);
		if (value === null) continue;
		raw[name] = value;
		const read = readers[name](value);
		if ('error' in read) errors.push({ field: name, message: read.error });
		else values[name] = read.value;
	}
	const valid = errors.length === 0;
	const hasPostalCode = (raw.postalCode ?? '').trim() !== '';
	if ((raw.radiusKm ?? '').trim() !== '' && !hasPostalCode) {
		errors.push({
			field: 'radiusKm',
			message: 'Vælg et postnummer for at søge inden for en afstand'
		});
	}
	if (!valid || errors.length > 0) return { success: false, errors };
	const {
		v: _version,
		view: _view,
		sort,
		limit,
		...filters
	} = values as Partial<JobSearchQuery> & {
		v?: number;
		view?: string;
	};
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
