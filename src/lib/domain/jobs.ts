/**
 * A job ad as the app passes it around, and what the browser does with one: plain TypeScript, so
 * that a public page showing ads loads no validation library. The zod schemas that describe the
 * same shapes for the API and its OpenAPI description are in `jobs-schema.ts`, which checks at
 * compile time that they infer exactly these types; `parseJobAd` answers as `jobAdSchema` does
 * (jobs.test.ts runs both on generated input).
 */

export type JobHours = 'full' | 'part';
export type EmploymentType = 'permanent' | 'temporary' | 'substitute' | 'student';

export interface JobAd {
	id: string;
	title: string;
	employer: string;
	description: string;
	occupation: { code: string; title: string };
	municipality: { code: string; name: string };
	postalCode: string;
	city: string;
	hours: JobHours;
	weeklyHours: number;
	employmentType: EmploymentType;
	/** ISO date-time in UTC (`…Z`). */
	postedAt: string;
	/** ISO date, `YYYY-MM-DD`; null for an ongoing ad. */
	deadline: string | null;
	applyUrl: string | null;
	applyEmail: string | null;
	contactName: string | null;
	contactPhone: string | null;
	hourlyWageKr: number | null;
}

/**
 * An ad as a result list shows it (`GET /api/v1/jobs?view=list`): without the description and the
 * ways to apply, which make up most of an ad's bytes and are shown only on its own page.
 */
export type JobListItem = Omit<
	JobAd,
	'description' | 'applyUrl' | 'applyEmail' | 'contactName' | 'contactPhone'
>;

export function toJobListItem(ad: JobAd): JobListItem {
	const {
		description: _description,
		applyUrl: _applyUrl,
		applyEmail: _applyEmail,
		contactName: _contactName,
		contactPhone: _contactPhone,
		...item
	} = ad;
	return item;
}

/**
 * The deadline has passed: it was before `today` (a local date in Denmark, `YYYY-MM-DD`). The search
 * hides such ads; the ad page still opens, saying so.
 */
export function isApplicationClosed(ad: Pick<JobAd, 'deadline'>, today: string): boolean {
	return ad.deadline !== null && ad.deadline < today;
}

export interface SavedJob {
	jobId: string;
	/** ISO date-time in UTC. */
	savedAt: string;
	/** The ad as it was when saved, so a saved job opens offline and after the ad is taken down. */
	job: JobAd | null;
}

interface FacetValue {
	code: string;
	name: string;
	count: number;
}

/** The answer of GET /api/v1/jobs (job search); described field by field in `jobs-schema.ts`. */
export interface JobSearchResult {
	items: JobAd[];
	nextCursor: string | null;
	total: number;
	facets: {
		municipality: FacetValue[];
		region: FacetValue[];
		occupation: { code: string; title: string; count: number }[];
		hours: { value: JobHours; count: number }[];
	};
	fallback: 'none' | 'trigram';
	alsoSearched: string[];
	translatedTo?: string[] | undefined;
}

/** The answer of GET /api/v1/jobs?view=list: the same, with the ads as a result list shows them. */
export type JobSearchList = Omit<JobSearchResult, 'items'> & { items: JobListItem[] };

/** A search answer for a result list (the ads' descriptions and contacts left out). */
export function toJobSearchList(result: JobSearchResult): JobSearchList {
	return { ...result, items: result.items.map(toJobListItem) };
}

// The formats zod 4 checks for `z.uuid()`, `z.iso.date()` and `z.iso.datetime()` (its regexes).
const UUID =
	/^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
const DATE_SOURCE =
	'(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))';
const DATE = new RegExp(`^${DATE_SOURCE}$`);
const DATE_TIME = new RegExp(`^${DATE_SOURCE}T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?Z$`);

/** Thrown by `parseJobAd`: names the first field that is not as an ad's. */
export class JobAdFormatError extends Error {
	constructor(readonly field: string) {
		super(`not a job ad: ${field}`);
		this.name = 'JobAdFormatError';
	}
}

type Record_ = Record<string, unknown>;

const isObject = (value: unknown): value is Record_ =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

function field<T>(object: Record_, name: string, ok: (value: unknown) => boolean): T {
	const value = object[name];
	if (!ok(value)) throw new JobAdFormatError(name);
	return value as T;
}

const isString = (value: unknown) => typeof value === 'string';
const isInt = (value: unknown) => Number.isSafeInteger(value);
const matches = (pattern: RegExp) => (value: unknown) =>
	typeof value === 'string' && pattern.test(value);
const oneOf =
	(...values: string[]) =>
	(value: unknown) =>
		values.includes(value as string);
const orNull = (ok: (value: unknown) => boolean) => (value: unknown) => value === null || ok(value);

function pair<K extends string, L extends string>(object: Record_, name: string, a: K, b: L) {
	const value = object[name];
	if (!isObject(value) || !isString(value[a]) || !isString(value[b])) {
		throw new JobAdFormatError(name);
	}
	return { [a]: value[a], [b]: value[b] } as Record<K | L, string>;
}

/**
 * An ad from the API (`GET /api/v1/jobs/{id}`), checked as `jobAdSchema.parse` checks it and, like
 * it, without fields an ad does not have. Throws `JobAdFormatError` otherwise.
 */
export function parseJobAd(value: unknown): JobAd {
	if (!isObject(value)) throw new JobAdFormatError('(ad)');
	return {
		id: field(value, 'id', matches(UUID)),
		title: field(value, 'title', isString),
		employer: field(value, 'employer', isString),
		description: field(value, 'description', isString),
		occupation: pair(value, 'occupation', 'code', 'title'),
		municipality: pair(value, 'municipality', 'code', 'name'),
		postalCode: field(value, 'postalCode', isString),
		city: field(value, 'city', isString),
		hours: field(value, 'hours', oneOf('full', 'part')),
		weeklyHours: field(value, 'weeklyHours', isInt),
		employmentType: field(
			value,
			'employmentType',
			oneOf('permanent', 'temporary', 'substitute', 'student')
		),
		postedAt: field(value, 'postedAt', matches(DATE_TIME)),
		deadline: field(value, 'deadline', orNull(matches(DATE))),
		applyUrl: field(value, 'applyUrl', orNull(isString)),
		applyEmail: field(value, 'applyEmail', orNull(isString)),
		contactName: field(value, 'contactName', orNull(isString)),
		contactPhone: field(value, 'contactPhone', orNull(isString)),
		hourlyWageKr: field(value, 'hourlyWageKr', orNull(isInt))
	};
}
