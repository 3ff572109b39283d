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
