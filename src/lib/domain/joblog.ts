import { z } from 'zod';
import { localDateSchema, storableText } from './validation';

export const applicationMethods = [
	'advertised',
	'unsolicited',
	'network',
	'jobnet',
	'other'
] as const;
export const applicationStatuses = ['sent', 'interview', 'rejected', 'hired'] as const;

const localDate = localDateSchema();
const text = (max: number) =>
	storableText(
		z
			.string()
			.trim()
			.min(1, { error: 'Skal udfyldes' })
			.max(max, { error: `Højst ${max} tegn` })
	);

const entryFields = {
	appliedOn: localDate,
	jobTitle: text(200),
	employer: text(200),
	method: z.enum(applicationMethods, { error: 'Vælg hvordan du søgte' }),
	status: z.enum(applicationStatuses, { error: 'Vælg en status' }),
	note: storableText(z.string().max(2000, { error: 'Højst 2000 tegn' })),
	jobId: z.uuid({ error: 'Ugyldigt job-id' }).nullable()
};

/** A joblog entry as the citizen writes it; the same schema checks the form, the outbox and the API. */
export const joblogEntryInputSchema = z.strictObject({
	/** Chosen by the client when the citizen acts, so an entry made offline has its final id at once. */
	id: z.uuid({ error: 'Ugyldigt id' }).optional(),
	...entryFields,
	status: entryFields.status.default('sent'),
	note: entryFields.note.default(''),
	jobId: entryFields.jobId.default(null)
});

/** Only the fields sent change: no defaults here, or a partial PATCH would reset the others. */
export const joblogEntryPatchSchema = z
	.strictObject(entryFields)
	.partial()
	.refine((patch) => Object.keys(patch).length > 0, { error: 'Intet at ændre' });

export const joblogEntrySchema = z
	.object({
		id: z.uuid(),
		appliedOn: z.iso.date(),
		jobTitle: z.string(),
		employer: z.string(),
		method: z.enum(applicationMethods),
		status: z.enum(applicationStatuses),
		note: z.string(),
		jobId: z.uuid().nullable(),
		createdAt: z.iso.datetime(),
		updatedAt: z.iso.datetime()
	})
	.meta({ id: 'JoblogEntry' });

export const joblogPageSchema = z.object({
	items: z.array(joblogEntrySchema),
	nextCursor: z.string().nullable()
});

export type JoblogEntryInput = z.input<typeof joblogEntryInputSchema>;
export type JoblogEntry = z.infer<typeof joblogEntrySchema>;
