/**
 * The citizen's bookings on the phone. Meetings and conversation requests are server-owned: the
 * server's copies arrive through the delta feed (and each answer) into their stores, and what she
 * does — book, rebook, cancel, give feedback, ask for a conversation — is queued in the outbox with
 * its idempotency key, so it works offline. A booking not yet accepted is the outbox item itself
 * (her topic and note are its body); if the slot is gone the server answers 409 with the nearest free
 * slots, the item is kept as failed, and she can send it again for another slot (same topic and note).
 */
import type { EntityName, UserDb } from './db';
import { enqueue } from './outbox';
import {
	alternativesOf,
	conversationRequestViewSchema,
	meetingViewSchema,
	slotViewSchema,
	type Channel,
	type ConversationRequestView,
	type MeetingView,
	type SlotView,
	type Topic
} from './booking-shapes';
import type { Problem } from '../domain/api/schemas';
import { conversationRequests, meetings } from '../domain/entities';

export const MEETINGS: EntityName = meetings.name;
export const REQUESTS: EntityName = conversationRequests.name;
export const MEETINGS_PATH = meetings.path;
export const REQUESTS_PATH = conversationRequests.path;
/** Free slots last seen online (not personal), for booking offline. */
const KEPT_SLOTS = 'slotsSeen';
/** The slot a queued booking is for, to show its time before the server has answered. */
const bookedSlotKey = (entityId: string) => `bookingSlot:${entityId}`;

export interface BookingBody {
	/** Made on the phone, so a booking made offline has its final id at once. */
	id: string;
	slotId: string;
	channel: Channel;
	topic: Topic;
	note: string;
}

/** A booking (new or rebooking) the server has not accepted yet, or has refused. */
export interface QueuedBooking {
	seq: number;
	/** The phone's id of a new booking; the meeting's id for a rebooking. */
	entityId: string;
	kind: 'book' | 'reschedule';
	body: BookingBody | { slotId: string };
	/** The slot she picked, as she saw it. */
	slot: SlotView | null;
	state: 'pending' | 'failed';
	problem: Problem | null;
	/** The nearest free slots the server offered when it refused (409). */
	alternatives: SlotView[];
}

export interface KeptSlots {
	fetchedAt: string;
	slots: SlotView[];
}

export async function keepSlots(db: UserDb, slots: SlotView[], fetchedAt: string) {
	await db.put('meta', { fetchedAt, slots } satisfies KeptSlots, KEPT_SLOTS);
}

export async function keptSlots(db: UserDb): Promise<KeptSlots | null> {
	const kept = (await db.get('meta', KEPT_SLOTS)) as KeptSlots | undefined;
	if (!kept || !Array.isArray(kept.slots)) return null;
	return {
		fetchedAt: kept.fetchedAt,
		slots: kept.slots.flatMap((slot) => {
			const parsed = slotViewSchema.safeParse(slot);
			return parsed.success ? [parsed.data] : [];
		})
	};
}

/** Queues a booking of `slot`; the meeting's id (made here, kept by the server). */
export async function bookMeeting(
	db: UserDb,
	input: { slot: SlotView; channel: Channel; topic: Topic; note: string }
): Promise<string> {
	const entityId = crypto.randomUUID();
	// Its own write: if the outbox write below fails, a leftover slot copy shows nothing.
	await db.put('meta', input.slot, bookedSlotKey(entityId));
	const body: BookingBody = {
		id: entityId,
		slotId: input.slot.id,
		channel: input.channel,
		topic: input.topic,
		note: input.note.trim()
	};
	await enqueue(db, { method: 'POST', path: MEETINGS_PATH, body, entity: MEETINGS, entityId });
	return entityId;
}

const meetingPath = (id: string, action: string) =>
	`${MEETINGS_PATH}/${encodeURIComponent(id)}/${action}`;

/** Moves a meeting to another slot: one meeting id, which survives rebooking. */
export async function rescheduleMeeting(db: UserDb, meeting: MeetingView, slot: SlotView) {
	await db.put('meta', slot, bookedSlotKey(meeting.id));
	await enqueue(db, {
		method: 'POST',
		path: meetingPath(meeting.id, 'reschedule'),
		body: { slotId: slot.id },
		entity: MEETINGS,
		entityId: meeting.id,
		local: {
			store: 'meetings',
			op: 'patch',
			key: meeting.id,
			patch: { slotId: slot.id, startsAt: slot.startsAt, endsAt: slot.endsAt }
		}
	});
}

export async function cancelMeeting(db: UserDb, meetingId: string, reason: string) {
	await enqueue(db, {
		method: 'POST',
		path: meetingPath(meetingId, 'cancel'),
		body: { reason: reason.trim() },
		entity: MEETINGS,
		entityId: meetingId,
		local: {
			store: 'meetings',
			op: 'patch',
			key: meetingId,
			patch: { status: 'cancelled', cancelReason: reason.trim() }
		}
	});
}

export async function giveFeedback(
	db: UserDb,
	meetingId: string,
	feedback: { score: number; comment: string }
) {
	await enqueue(db, {
		method: 'POST',
		path: meetingPath(meetingId, 'feedback'),
		body: { score: feedback.score, comment: feedback.comment.trim() },
		entity: MEETINGS,
		entityId: meetingId,
		local: { store: 'meetings', op: 'patch', key: meetingId, patch: { feedbackGiven: true } }
	});
}

/** "Jeg ønsker en samtale": registered with its deadline by the server. */
export async function requestConversation(
	db: UserDb,
	wish: { topic: Topic; channel?: Channel; note?: string }
): Promise<string> {
	const entityId = crypto.randomUUID();
	await enqueue(db, {
		method: 'POST',
		path: REQUESTS_PATH,
		body: {
			id: entityId,
			kind: 'standard',
			topic: wish.topic,
			...(wish.channel ? { channel: wish.channel } : {}),
			note: (wish.note ?? '').trim()
		},
		entity: REQUESTS,
		entityId
	});
	return entityId;
}

export async function listMeetings(db: UserDb): Promise<MeetingView[]> {
	return (await db.getAll('meetings')).flatMap((value) => {
		const parsed = meetingViewSchema.safeParse(value);
		return parsed.success ? [parsed.data] : [];
	});
}

export async function listConversationRequests(db: UserDb): Promise<ConversationRequestView[]> {
	return ((await db.getAll(conversationRequests.name)) as unknown[]).flatMap((value) => {
		const parsed = conversationRequestViewSchema.safeParse(value);
		return parsed.success ? [parsed.data] : [];
	});
}

/** Bookings and rebookings still in the outbox (waiting, or refused with alternatives). */
export async function queuedBookings(db: UserDb): Promise<QueuedBooking[]> {
	const items = (await db.getAll('outbox')).filter(
		(item) =>
			item.entity === MEETINGS &&
			item.method === 'POST' &&
			(item.path === MEETINGS_PATH || item.path.endsWith('/reschedule'))
	);
	return Promise.all(
		items.map(async (item) => {
			const slot = slotViewSchema.safeParse(await db.get('meta', bookedSlotKey(item.entityId)));
			return {
				seq: item.seq,
				entityId: item.entityId,
				kind: item.path === MEETINGS_PATH ? 'book' : 'reschedule',
				body: item.body as QueuedBooking['body'],
				slot: slot.success ? slot.data : null,
				state: item.state,
				problem: item.problem ?? null,
				alternatives: item.state === 'failed' ? alternativesOf(item.problem) : []
			} satisfies QueuedBooking;
		})
	);
}

/** Conversation requests she has made that the server has not registered yet. */
export async function queuedRequests(db: UserDb): Promise<number> {
	return (await db.getAll('outbox')).filter(
		(item) => item.entity === REQUESTS && item.method === 'POST' && item.state === 'pending'
	).length;
}

/** Remembers the slot of a refused booking's new choice before it is sent again. */
export async function rememberChosenSlot(db: UserDb, entityId: string, slot: SlotView) {
	await db.put('meta', slot, bookedSlotKey(entityId));
}
