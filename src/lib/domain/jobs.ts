import { z } from 'zod';

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

export type JobAd = z.infer<typeof jobAdSchema>;

/**
 * An ad as a result list shows it (`GET /api/v1/jobs?view=list`): without the description and the
 * ways to apply, which make up most of an ad's bytes and are shown only on its own page.
 */
export const jobListItemSchema = jobAdSchema
	.omit({
		description: true,
		applyUrl: true,
		applyEmail: true,
		contactName: true,
		contactPhone: true
	})
	.meta({ id: 'JobListItem' });

export type JobListItem = z.infer<typeof jobListItemSchema>;

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

export type SavedJob = z.infer<typeof savedJobSchema>;

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

export type JobSearchResult = z.infer<typeof jobSearchResultSchema>;

/** The answer of GET /api/v1/jobs?view=list: the same, with the ads as a result list shows them. */
export const jobSearchListSchema = jobSearchResultSchema
	.extend({ items: z.array(jobListItemSchema) })
	.meta({ id: 'JobSearchList' });

export type JobSearchList = z.infer<typeof jobSearchListSchema>;

/** A search answer for a result list (the ads' descriptions and contacts left out). */
export function toJobSearchList(result: JobSearchResult): JobSearchList {
	return { ...result, items: result.items.map(toJobListItem) };
}
