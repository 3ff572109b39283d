/**
 * The follow-up questionnaire (oplysningsskema), short and in steps. The finished answers go to the
 * jobcentre as a report (reports.ts); while she fills it in, a draft with the same fields, each
 * optional and not yet checked for completeness, lives in her status document so another device
 * continues where she stopped.
 */
import { z } from 'zod';
import { storableText } from '../validation';

export const employerContacts = ['held', 'planned', 'none'] as const;
export const expectedDurations = ['under4', 'from4to8', 'over8', 'unknown'] as const;
export const helpOptions = ['adjustedTasks', 'fewerHours', 'aids', 'treatment'] as const;

/** The steps in order; `summary` is the check before sending. */
export const questionnaireSteps = [
	'job',
	'employer',
	'duration',
	'help',
	'conversation',
	'summary'
] as const;
export type QuestionnaireStep = (typeof questionnaireSteps)[number];

/** Which answers each step asks for (its fields are checked when she moves on). */
export const stepFields = {
	job: ['job', 'hoursPerWeek'],
	employer: ['employerContact'],
	duration: ['expectedDuration'],
	help: ['help', 'helpNote'],
	conversation: ['wantsConversation'],
	summary: []
} as const satisfies Record<QuestionnaireStep, readonly string[]>;

const jobText = storableText(
	z.string({ error: 'Skal være tekst' }).trim().max(200, { error: 'Højst 200 tegn' })
);
const noteText = storableText(
	z.string({ error: 'Skal være tekst' }).max(1000, { error: 'Højst 1000 tegn' })
);
const hours = z
	.number({ error: 'Skriv et tal' })
	.min(1, { error: 'Skriv mindst 1 time' })
	.max(80, { error: 'Højst 80 timer om ugen' });

const fields = {
	job: storableText(
		z
			.string({ error: 'Skriv hvad du arbejder som' })
			.trim()
			.min(1, { error: 'Skriv hvad du arbejder som' })
			.max(200, { error: 'Højst 200 tegn' })
	),
	hoursPerWeek: hours,
	employerContact: z.enum(employerContacts, { error: 'Vælg et svar' }),
	expectedDuration: z.enum(expectedDurations, { error: 'Vælg et svar' }),
	help: z
		.array(z.enum(helpOptions, { error: 'Ukendt valg' }), { error: 'Skal være en liste' })
		.max(helpOptions.length, { error: 'Højst ét af hvert valg' })
		.refine((list) => new Set(list).size === list.length, { error: 'Højst ét af hvert valg' }),
	helpNote: noteText,
	wantsConversation: z.boolean({ error: 'Vælg ja eller nej' })
};

/** The answers as sent: every question answered (help may be an empty list, the note empty). */
export const questionnaireAnswersSchema = z
	.strictObject(fields)
	.meta({ id: 'SickLeaveQuestionnaire' });
export type QuestionnaireAnswers = z.infer<typeof questionnaireAnswersSchema>;

/** Kept as she goes: any answer may still be missing; the step she was at. */
export const questionnaireDraftSchema = z
	.strictObject({
		step: z.enum(questionnaireSteps, { error: 'Ukendt trin' }),
		job: jobText.optional(),
		hoursPerWeek: hours.nullable().optional(),
		employerContact: fields.employerContact.optional(),
		expectedDuration: fields.expectedDuration.optional(),
		help: fields.help.optional(),
		helpNote: noteText.optional(),
		wantsConversation: fields.wantsConversation.optional()
	})
	.meta({ id: 'SickLeaveQuestionnaireDraft' });
export type QuestionnaireDraft = z.infer<typeof questionnaireDraftSchema>;

export function emptyDraft(): QuestionnaireDraft {
	return { step: 'job', help: [], helpNote: '' };
}
