/**
 * What the phone reads of the booking API's answers (slots, meetings, conversation requests), as
 * loosely as the screens need: the server's schemas (domain/booking, entities/meetings) are the
 * contract; these parse only the fields the pages show, so an added field never breaks the phone.
 */
import { z } from 'zod';

export const channels = ['in_person', 'phone', 'video'] as const;
export type Channel = (typeof channels)[number];

export const topics = ['jobsoegning', 'uddannelse', 'sygdom', 'oekonomi', 'andet'] as const;
export type Topic = (typeof topics)[number];

const instant = z.string().refine((value) => !Number.isNaN(Date.parse(value)));

export const slotViewSchema = z
	.object({
		id: z.string(),
		start: instant,
		end: instant,
		channel: z.enum(channels),
		caseworkerName: z.string().nullish(),
		jobcenter: z.string().nullish(),
		address: z.string().nullish()
	})
	.loose();
export type SlotView = z.infer<typeof slotViewSchema>;

export const meetingStatuses = ['booked', 'cancelled', 'held', 'no_show'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export const meetingViewSchema = z
	.object({
		id: z.string(),
		slotId: z.string().nullish(),
		start: instant,
		end: instant,
		channel: z.enum(channels),
		topic: z.string().nullish(),
		note: z.string().nullish(),
		status: z.enum(meetingStatuses),
		/** `summons`: the jobcentre called her to it (indkaldelse). */
		kind: z.enum(['booking', 'summons']).catch('booking'),
		caseworkerName: z.string().nullish(),
		jobcenter: z.string().nullish(),
		address: z.string().nullish(),
		/** What to bring (indkaldelser). */
		bring: z.string().nullish(),
		/** Until when she may rebook it herself (ISO instant). */
		rebookUntil: instant.nullish(),
		cancelReason: z.string().nullish(),
		feedbackGiven: z.boolean().nullish()
	})
	.loose();
export type MeetingView = z.infer<typeof meetingViewSchema>;

export const conversationRequestViewSchema = z
	.object({
		id: z.string(),
		createdAt: instant,
		/** The local date by which a meeting must be held (`YYYY-MM-DD`). */
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
