/**
 * The zod schemas of job ads and the job search's answer: the API validates and describes
 * (OpenAPI) with them. The browser's pages use the plain types and `parseJobAd` of `jobs.ts`
 * instead; the checks at the end of this file fail to compile when the two drift apart.
 */
import { z } from 'zod';
import type { JobAd, JobListItem, JobSearchList, JobSearchResult, SavedJob } from './jobs';

export const jobAdSchema = z
	.object({
		id: z.uuid(),
		title: z.string(),
		employer: z.string(),
		description: z.string(),
		occupation: z.object({ code: z.string(), title: z.string() }),
		municipality: z.object({ code: z.string(), name: z.string() }),
		postalCode: z.string(),
		city: z.string(),
		hours: z.enum(['full', 'part']),
		weeklyHours: z.int(),
		employmentType: z.enum(['permanent', 'temporary', 'substitute', 'student']),
		postedAt: z.iso.datetime(),
		deadline: z.iso.date().nullable(),
		applyUrl: z.string().nullable(),
		applyEmail: z.string().nullable(),
		contactName: z.string().nullable(),
		contactPhone: z.string().nullable(),
		hourlyWageKr: z.int().nullable()
	})
	.meta({ id: 'JobAd' });

/** An ad as a result list shows it (`GET /api/v1/jobs?view=list`). */
export const jobListItemSchema = jobAdSchema
	.omit({
		description: true,
		applyUrl: true,
		applyEmail: true,
		contactName: true,
		contactPhone: true
	})
	.meta({ id: 'JobListItem' });

export const savedJobSchema = z
	.object({
		jobId: z.uuid(),
		savedAt: z.iso.datetime(),
		/** The ad as it was when saved, so a saved job opens offline and after the ad is taken down. */
		job: jobAdSchema.nullable()
	})
	.meta({ id: 'SavedJob' });

export const savedJobListSchema = z.object({ items: z.array(savedJobSchema) });

/** The body of PUT /me/saved-jobs/{jobId}: nothing is required; the path names the job. */
export const saveJobInputSchema = z.strictObject({});

const facetCount = z.int().min(0);

/** The answer of GET /api/v1/jobs (job search). */
export const jobSearchResultSchema = z
	.object({
		items: z.array(jobAdSchema),
		/** Pass as `cursor` to get the next page; null on the last page. */
		nextCursor: z.string().nullable(),
		/** Ads matching the query, all pages together. */
		total: facetCount,
		/**
		 * Counts per value of each filter, with every other filter applied and the facet's own
		 * filter left out, so the counts say what picking another value would give.
		 */
		facets: z.object({
			municipality: z.array(z.object({ code: z.string(), name: z.string(), count: facetCount })),
			region: z.array(z.object({ code: z.string(), name: z.string(), count: facetCount })),
			/** DISCO-08 sub-major group (two digits). */
			occupation: z.array(z.object({ code: z.string(), title: z.string(), count: facetCount })),
			hours: z.array(z.object({ value: z.enum(['full', 'part']), count: facetCount }))
		}),
		/** 'trigram': the words matched nothing, so these are titles spelled like them (typo help). */
		fallback: z.enum(['none', 'trigram']),
		/**
		 * Danish words searched besides those typed: abbreviations' long forms ("sosu" → "social- og
		 * sundhedsassistent") and æ/ø/å read from ae/oe/aa ("paedagog" → "pædagog").
		 */
		alsoSearched: z.array(z.string()),
		/**
		 * Those of `alsoSearched` that translate words typed in English, Ukrainian or Arabic
		 * ("медсестра" → "sygeplejerske"), named in the result list so she learns them. Optional:
		 * answers cached on the phone before it existed lack it.
		 */
		translatedTo: z.array(z.string()).optional()
	})
	.meta({ id: 'JobSearchResult' });

/** The answer of GET /api/v1/jobs?view=list: the same, with the ads as a result list shows them. */
export const jobSearchListSchema = jobSearchResultSchema
	.extend({ items: z.array(jobListItemSchema) })
	.meta({ id: 'JobSearchList' });

// The plain types in jobs.ts and these schemas describe the same ads (as rate-schema.ts does).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const typesAgree: [
	Same<z.infer<typeof jobAdSchema>, JobAd>,
	Same<z.infer<typeof jobListItemSchema>, JobListItem>,
	Same<z.infer<typeof savedJobSchema>, SavedJob>,
	Same<z.infer<typeof jobSearchResultSchema>, JobSearchResult>,
	Same<z.infer<typeof jobSearchListSchema>, JobSearchList>
] = [true, true, true, true, true];
void typesAgree;
