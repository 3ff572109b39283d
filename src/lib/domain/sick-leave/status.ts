import { z } from 'zod';
import { localDateSchema, storableText } from '../validation';
import { questionnaireDraftSchema } from './questionnaire';

export const returnKinds = ['full', 'partial', 'unknown'] as const;
export const contactPreferences = ['phone', 'email', 'letter'] as const;
/** How sure she is of the expected return. */
export const returnCertainties = ['sure', 'fairly', 'unsure'] as const;

/** A full working week, in hours. */
export const FULL_WEEK_HOURS = 37;
/** Delvis raskmelding requires at least 4 hours' absence a week (rates-dk.md, Sygedagpenge). */
export const MIN_ABSENCE_HOURS = 4;
export const MAX_PARTIAL_HOURS = FULL_WEEK_HOURS - MIN_ABSENCE_HOURS;

const fields = {
	expectedReturn: localDateSchema().nullable(),
	returnKind: z.enum(returnKinds, { error: 'Vælg om du vender helt eller delvis tilbage' }),
	partialHoursPerWeek: z
		.int({ error: 'Skriv et helt antal timer' })
		.min(0, { error: 'Timetallet kan ikke være negativt' })
		.max(FULL_WEEK_HOURS, { error: `Højst ${FULL_WEEK_HOURS} timer om ugen` })
		.nullable(),
	contactPreference: z.enum(contactPreferences, { error: 'Vælg hvordan vi skal kontakte dig' }),
	note: storableText(
		z.string({ error: 'Skal være tekst' }).max(1000, { error: 'Højst 1000 tegn' })
	),
	// Added for the timeline (issue #15); the defaults read documents written before them.
	firstAbsenceDay: localDateSchema().nullable().default(null),
	employer: storableText(
		z.string({ error: 'Skal være tekst' }).trim().max(200, { error: 'Højst 200 tegn' })
	).default(''),
	returnCertainty: z
		.enum(returnCertainties, { error: 'Vælg hvor sikker du er' })
		.nullable()
		.default(null),
	/** The questionnaire as far as she got, so another device continues; null when none is open. */
	questionnaireDraft: questionnaireDraftSchema.nullable().default(null)
};

/**
 * The citizen's sick-leave status: a document edited on several devices, guarded by ETag/If-Match.
 * Every field is the citizen's own; the same schema checks the form, the outbox and the API.
 */
export const sickLeaveStatusSchema = z
	.strictObject(fields)
	.superRefine((value, ctx) => {
		if (
			value.firstAbsenceDay &&
			value.expectedReturn &&
			value.expectedReturn <= value.firstAbsenceDay
		) {
			ctx.addIssue({
				code: 'custom',
				path: ['expectedReturn'],
				message: 'Datoen skal ligge efter din første sygedag'
			});
		}
		if (value.returnKind !== 'partial') return;
		if (value.partialHoursPerWeek === null) {
			ctx.addIssue({
				code: 'custom',
				path: ['partialHoursPerWeek'],
				message: 'Skriv hvor mange timer om ugen du regner med at arbejde'
			});
		} else if (value.partialHoursPerWeek > MAX_PARTIAL_HOURS) {
			ctx.addIssue({
				code: 'custom',
				path: ['partialHoursPerWeek'],
				message: `Ved delvis raskmelding skal du stadig være syg mindst ${MIN_ABSENCE_HOURS} timer om ugen, så du kan højst arbejde ${MAX_PARTIAL_HOURS} af ${FULL_WEEK_HOURS} timer`
			});
		}
	})
	.meta({ id: 'SickLeaveStatus' });

export type SickLeaveStatus = z.infer<typeof sickLeaveStatusSchema>;

/** What a citizen has before writing anything (the server answers this at version 0). */
export function emptySickLeaveStatus(): SickLeaveStatus {
	return {
		expectedReturn: null,
		returnKind: 'unknown',
		partialHoursPerWeek: null,
		contactPreference: 'phone',
		note: '',
		firstAbsenceDay: null,
		employer: '',
		returnCertainty: null,
		questionnaireDraft: null
	};
}

/** GET/PUT answer and delta-feed data: the document with its ETag. */
export const sickLeaveResourceSchema = z
	.object({
		document: sickLeaveStatusSchema,
		etag: z.string(),
		updatedAt: z.string().nullable().optional()
	})
	.meta({ id: 'SickLeaveResource' });

export type SickLeaveResource = z.infer<typeof sickLeaveResourceSchema>;
