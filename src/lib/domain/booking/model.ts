/**
 * The booking's wire shapes: slots, meetings, conversation requests and what a citizen or a
 * caseworker may send. One set of zod schemas checks the forms, the outbox and the API, and makes
 * the OpenAPI document.
 */
import { z } from 'zod';
import { localDateSchema, storableText } from '../validation';
import { requestKinds } from './deadline';

export const topics = ['jobsøgning', 'uddannelse', 'sygdom', 'økonomi', 'andet'] as const;
export type Topic = (typeof topics)[number];

/** `in_person` is at the jobcentre's address (the slot's `location`). */
export const channels = ['in_person', 'phone', 'video'] as const;
export type Channel = (typeof channels)[number];

export const meetingStatuses = ['booked', 'cancelled', 'held', 'no_show'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

/** `booked` by her; `summons`: an indkaldelse, a meeting the jobcentre called her to. */
export const meetingKinds = ['booked', 'summons'] as const;

const topic = z.enum(topics, { error: 'Vælg et emne' });
const channel = z.enum(channels, { error: 'Vælg hvordan samtalen skal foregå' });
const note = storableText(z.string().trim().max(1000, { error: 'Højst 1000 tegn' }));
const id = (message: string) => z.uuid({ error: message });

export const slotSchema = z
	.object({
		id: z.uuid(),
		startsAt: z.iso.datetime(),
		endsAt: z.iso.datetime(),
		minutes: z.int(),
		channels: z.array(z.enum(channels)),
		/** The jobcentre's address, where an `in_person` meeting takes place. */
		location: z.string().nullable(),
		jobcenter: z.string().nullable()
	})
	.meta({ id: 'Slot' });

export const slotListSchema = z.object({ items: z.array(slotSchema) });

export const slotQuerySchema = z.object({
	from: localDateSchema().optional(),
	to: localDateSchema().optional(),
	channel: channel.optional()
});

export const meetingSchema = z
	.object({
		/** One id for the meeting's whole life, also across rebooking (the calendar UID). */
		id: z.uuid(),
		slotId: z.uuid().nullable(),
		kind: z.enum(meetingKinds),
		status: z.enum(meetingStatuses),
		startsAt: z.iso.datetime(),
		endsAt: z.iso.datetime(),
		channel: z.enum(channels),
		topic: z.enum(topics),
		note: z.string(),
		location: z.string().nullable(),
		jobcenter: z.string().nullable(),
		caseworkerName: z.string(),
		/** What to bring (an indkaldelse says it). */
		bring: z.string().nullable(),
		/** Until this instant she may rebook or cancel it herself; after it, she calls. */
		changeableUntil: z.iso.datetime(),
		/** The calendar SEQUENCE: one higher for each rebooking or cancellation. */
		sequence: z.int(),
		cancelReason: z.string().nullable(),
		cancelledBy: z.enum(['citizen', 'jobcenter']).nullable(),
		feedbackGiven: z.boolean(),
		/** The conversation request this meeting answers, if any. */
		requestId: z.uuid().nullable(),
		createdAt: z.iso.datetime(),
		updatedAt: z.iso.datetime()
	})
	.meta({ id: 'Meeting' });

export const meetingListSchema = z.object({ items: z.array(meetingSchema) });

export const bookingInputSchema = z.strictObject({
	/** Chosen on the phone when she books, so a booking made offline has its final id at once. */
	id: id('Ugyldigt id').optional(),
	slotId: id('Vælg en ledig tid'),
	channel,
	topic,
	note: note.default(''),
	requestId: id('Ugyldig anmodning').optional()
});

export const rescheduleInputSchema = z.strictObject({
	slotId: id('Vælg en ledig tid'),
	channel: channel.optional()
});

export const cancelInputSchema = z.strictObject({
	reason: storableText(
		z.string().trim().min(1, { error: 'Skriv kort hvorfor' }).max(500, { error: 'Højst 500 tegn' })
	)
});

export const feedbackInputSchema = z.strictObject({
	score: z.int({ error: 'Vælg fra 1 til 5' }).min(1, { error: 'Vælg fra 1 til 5' }).max(5, {
		error: 'Vælg fra 1 til 5'
	}),
	comment: storableText(z.string().trim().max(1000, { error: 'Højst 1000 tegn' })).default('')
});

export const feedbackReceiptSchema = z.object({ meetingId: z.uuid(), received: z.literal(true) });

export const conversationRequestSchema = z
	.object({
		id: z.uuid(),
		kind: z.enum(requestKinds),
		topic: z.enum(topics),
		channel: z.enum(channels).nullable(),
		note: z.string(),
		requestedAt: z.iso.datetime(),
		/** The local date by which the conversation must be held (domain/booking/deadline.ts). */
		deadline: z.iso.date(),
		status: z.enum(['open', 'booked', 'closed']),
		meetingId: z.uuid().nullable(),
		jobcenter: z.string().nullable()
	})
	.meta({ id: 'ConversationRequest' });

export const conversationRequestListSchema = z.object({
	items: z.array(conversationRequestSchema)
});

export const conversationRequestInputSchema = z.strictObject({
	id: id('Ugyldigt id').optional(),
	kind: z.enum(requestKinds, { error: 'Ukendt slags anmodning' }).default('standard'),
	topic,
	channel: channel.optional(),
	note: note.default('')
});

/** The 409 of a taken or withdrawn slot: the nearest free slots she can take instead. */
export const slotTakenProblemSchema = z
	.object({
		type: z.string(),
		title: z.string(),
		status: z.literal(409),
		detail: z.string(),
		alternatives: z.array(slotSchema)
	})
	.meta({ id: 'SlotTaken' });

export type Slot = z.infer<typeof slotSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type BookingInput = z.output<typeof bookingInputSchema>;
export type ConversationRequest = z.infer<typeof conversationRequestSchema>;
export type ConversationRequestInput = z.output<typeof conversationRequestInputSchema>;
