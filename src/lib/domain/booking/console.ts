/** The caseworker console's wire shapes (slots with their bookings, the day's meetings, requests). */
import { z } from 'zod';
import { cvSchema } from '../cv/model';
import { citizenFactsSchema } from '../duties/facts-schema';
import { sickLeaveReportSchema } from '../sick-leave/reports';
import { localDateSchema, storableText } from '../validation';
import {
	channels,
	conversationRequestSchema,
	meetingSchema,
	meetingStatuses,
	slotSchema
} from './model';

const citizenRef = z.object({ id: z.uuid(), name: z.string() });

export const caseworkerSlotSchema = slotSchema
	.extend({
		withdrawn: z.boolean(),
		/** The active meeting in the slot, if booked. */
		meeting: z
			.object({
				id: z.uuid(),
				citizen: citizenRef,
				topic: z.string(),
				channel: z.enum(channels),
				status: z.enum(meetingStatuses)
			})
			.nullable()
	})
	.meta({ id: 'CaseworkerSlot' });

export const caseworkerSlotListSchema = z.object({ items: z.array(caseworkerSlotSchema) });

export const caseworkerSlotQuerySchema = z.object({
	from: localDateSchema().optional(),
	to: localDateSchema().optional()
});

/** A slot as the caseworker publishes it: a local date and time (Europe/Copenhagen). */
export const publishSlotInputSchema = z.strictObject({
	date: localDateSchema(),
	time: z
		.string({ error: 'Skal være et klokkeslæt (TT:MM)' })
		.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { error: 'Skal være et klokkeslæt (TT:MM)' }),
	minutes: z.int({ error: 'Skal være et helt antal minutter' }),
	channels: z
		.array(z.enum(channels, { error: 'Ukendt kanal' }), { error: 'Vælg mindst én kanal' })
		.min(1, { error: 'Vælg mindst én kanal' })
		.max(3)
		.refine((list) => new Set(list).size === list.length, { error: 'Hver kanal kun én gang' }),
	/** The address of an in-person meeting; the jobcentre's own when left out. */
	location: storableText(z.string().trim().min(1).max(300)).optional()
});

export const withdrawalSchema = z
	.object({
		slotId: z.uuid(),
		/** The meeting that was in the slot, now cancelled by the jobcentre (she is told). */
		cancelledMeetingId: z.uuid().nullable()
	})
	.meta({ id: 'SlotWithdrawal' });

export const caseworkerMeetingSchema = meetingSchema
	.extend({ citizen: citizenRef })
	.meta({ id: 'CaseworkerMeeting' });

export const caseworkerMeetingListSchema = z.object({ items: z.array(caseworkerMeetingSchema) });

export const meetingDayQuerySchema = z.object({ date: localDateSchema().optional() });

export const meetingOutcomeInputSchema = z.strictObject({
	status: z.enum(['held', 'no_show'], { error: 'Vælg afholdt eller udeblevet' })
});

export const caseworkerRequestSchema = conversationRequestSchema
	.extend({ citizen: citizenRef, overdue: z.boolean() })
	.meta({ id: 'CaseworkerConversationRequest' });

export const caseworkerRequestListSchema = z.object({ items: z.array(caseworkerRequestSchema) });

/**
 * A citizen as a caseworker with a relation to her sees her: profile, sick leave and its reports,
 * meetings, open requests, her CV, and the facts her Min side overview is built from.
 */
export const caseworkerCitizenSchema = z
	.object({
		profile: z.object({
			id: z.uuid(),
			name: z.string(),
			birthDate: z.iso.date().nullable(),
			municipality: z.object({ code: z.string(), name: z.string() }).nullable(),
			benefitType: z.string().nullable(),
			targetGroup: z.string().nullable()
		}),
		sickLeave: z
			.object({ document: z.record(z.string(), z.unknown()), updatedAt: z.string().nullable() })
			.nullable(),
		meetings: z.array(meetingSchema),
		openRequests: z.array(conversationRequestSchema),
		cv: z.object({ document: cvSchema, updatedAt: z.string().nullable() }).nullable(),
		/** Her sick-leave reports, newest first. */
		reports: z.array(sickLeaveReportSchema),
		/** What her overview on Min side is built from (`citizenOverview`), so both see the same. */
		facts: citizenFactsSchema
	})
	.meta({ id: 'CaseworkerCitizen' });

export const feedbackQuerySchema = z.object({
	month: z
		.string({ error: 'Skal være en måned (ÅÅÅÅ-MM)' })
		.regex(/^(?:19|20)\d\d-(?:0[1-9]|1[0-2])$/, { error: 'Skal være en måned (ÅÅÅÅ-MM)' })
		.optional()
});

export const feedbackReportSchema = z
	.object({
		month: z.string(),
		minimumAnswers: z.int(),
		items: z.array(
			z.object({
				jobcenter: z.string(),
				/** null under `minimumAnswers`: no figure that could point to anyone. */
				count: z.int().nullable(),
				average: z.number().nullable()
			})
		)
	})
	.meta({ id: 'FeedbackReport' });

export type CaseworkerSlot = z.infer<typeof caseworkerSlotSchema>;
export type CaseworkerMeeting = z.infer<typeof caseworkerMeetingSchema>;
export type CaseworkerRequest = z.infer<typeof caseworkerRequestSchema>;
export type CaseworkerCitizen = z.infer<typeof caseworkerCitizenSchema>;
export type FeedbackReport = z.infer<typeof feedbackReportSchema>;
