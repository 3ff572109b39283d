/**
 * What the phone reads of the booking API's answers (slots, meetings, conversation requests), as
 * loosely as the screens need. The server's schemas (domain/booking/model.ts) are the contract;
 * these parse the fields the pages show, by the same names, so an added field never breaks the phone
 * and a kept copy from an older version still reads.
 */
import { z } from 'zod';
import {
	channels,
	meetingStatuses,
	topics,
	type Channel,
	type Topic
} from '../domain/booking/model';

export { channels, topics, type Channel, type Topic };

const instant = z.string().refine((value) => !Number.isNaN(Date.parse(value)));

export const slotViewSchema = z
	.object({
		id: z.string(),
		startsAt: instant,
		endsAt: instant,
		channels: z.array(z.enum(channels)),
		/** The jobcentre's address, for an `in_person` meeting. */
		location: z.string().nullish(),
		jobcenter: z.string().nullish(),
		caseworkerName: z.string().nullish()
	})
	.loose();
export type SlotView = z.infer<typeof slotViewSchema>;

export const meetingViewSchema = z
	.object({
		id: z.string(),
		slotId: z.string().nullish(),
		startsAt: instant,
		endsAt: instant,
		channel: z.enum(channels),
		topic: z.string().nullish(),
		note: z.string().nullish(),
		status: z.enum(meetingStatuses),
		/** `summons`: the jobcentre called her to it (indkaldelse). */
		kind: z.enum(['booked', 'summons']).catch('booked'),
		caseworkerName: z.string().nullish(),
		jobcenter: z.string().nullish(),
		location: z.string().nullish(),
		/** The number to call once it is too late to change it here. */
		jobcenterPhone: z.string().nullish(),
		/** What to bring (indkaldelser). */
		bring: z.string().nullish(),
		/** Until this instant she may rebook or cancel it herself. */
		changeableUntil: instant.nullish(),
		cancelReason: z.string().nullish(),
		feedbackGiven: z.boolean().nullish()
	})
	.loose();
export type MeetingView = z.infer<typeof meetingViewSchema>;

export const conversationRequestViewSchema = z
	.object({
		id: z.string(),
		requestedAt: instant,
		/** The local date by which the conversation must be held (`YYYY-MM-DD`). */
		deadline: z.string(),
		kind: z.string().nullish(),
		status: z.string().catch('open'),
		meetingId: z.string().nullish()
	})
	.loose();
export type ConversationRequestView = z.infer<typeof conversationRequestViewSchema>;

/** A 409's answer: the slot was taken or withdrawn; the nearest free ones instead. */
export function alternativesOf(problem: unknown): SlotView[] {
	const parsed = z
		.object({ alternatives: z.array(z.unknown()) })
		.loose()
		.safeParse(problem);
	if (!parsed.success) return [];
	return parsed.data.alternatives.flatMap((slot) => {
		const one = slotViewSchema.safeParse(slot);
		return one.success ? [one.data] : [];
	});
}
