/** The shapes the mapping reads into and gives back, and the limits it holds records to. */
import type { FieldError } from '../validation';

/** The columns of a `jobs` row that an ad determines (the importer adds `id`). */
export interface JobPostingRow {
	externalId: string;
	title: string;
	employer: string;
	description: string;
	occupationCode: string;
	occupationTitle: string;
	municipalityCode: string;
	postalCode: string;
	city: string;
	hours: 'full' | 'part';
	weeklyHours: number;
	employmentType: 'permanent' | 'temporary' | 'substitute' | 'student';
	postedAt: Date;
	deadline: string | null;
	applyUrl: string | null;
	applyEmail: string | null;
	contactName: string | null;
	contactPhone: string | null;
	hourlyWageKr: number | null;
}

export type JobPostingResult =
	{ ok: true; job: JobPostingRow } | { ok: false; errors: FieldError[] };

/**
 * What one part of the mapping gives when it stands alone (place, occupation): its value, or the
 * faults that stopped it. Parts read inside a record report through `Fail` instead, so every
 * fault of a record is named in the order the fields are read.
 */
export type Mapped<T> = T | { errors: FieldError[] };

/** Records one fault of the record being mapped. */
export type Fail = (field: string, message: string) => void;

/** Where a record stood: the line (1-based) and, inside an array or `@graph`, its position (1-based). */
export interface SourceLocation {
	line: number | null;
	index: number | null;
}

/** One record to map, with what it inherits from its container. */
export interface SourceRecord {
	record: unknown;
	location: SourceLocation;
	/** `@context` of the container, when the record has none of its own */
	context?: unknown;
	/** the container's `@graph` nodes by `@id`, to follow node references */
	nodes?: ReadonlyMap<string, Record<string, unknown>>;
	/** set when the container itself is at fault (e.g. a `@graph` without any JobPosting) */
	problem?: FieldError;
}

export interface MapOptions {
	now: Date;
	context?: unknown;
	nodes?: ReadonlyMap<string, Record<string, unknown>>;
}

export const LIMITS = {
	externalId: 500,
	title: 300,
	employer: 200,
	description: 50_000,
	descriptionInput: 500_000,
	occupationTitle: 200,
	city: 100,
	url: 2_000,
	email: 254,
	contactName: 200,
	weeklyHours: [1, 60],
	hourlyWageKr: [50, 2_000],
	deadlineDays: 365
} as const;
