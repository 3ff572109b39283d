import { splitMeetings } from '../domain/meeting-lists';
import type {
	Channel,
	ConversationRequestView,
	MeetingView,
	SlotView,
	Topic
} from './booking-shapes';
import {
	bookMeeting,
	cancelMeeting,
	giveFeedback,
	listConversationRequests,
	listMeetings,
	MEETINGS,
	queuedBookings,
	queuedRequests,
	rememberChosenSlot,
	requestConversation,
	rescheduleMeeting,
	type QueuedBooking
} from './booking-store';
import type { UserDb } from './db';
import { LocalView } from './local-view.svelte';

interface MeetingsRead {
	meetings: MeetingView[];
	requests: ConversationRequestView[];
	queued: QueuedBooking[];
	queuedRequests: number;
}

/**
 * The citizen's meetings as the phone has them: upcoming and past, bookings still on their way or
 * refused (with the alternatives), her open conversation requests; and what she does with them.
 * Every action is written on the phone and queued, so it works offline.
 */
export class MeetingsState extends LocalView<MeetingsRead> {
	/** Epoch ms of the last read: what is ahead and behind is measured from it. */
	nowMs = $state(Date.now());
	split = $derived(splitMeetings(this.data?.meetings ?? [], this.nowMs));
	/** New bookings not yet confirmed by the server (rebookings show on their meeting). */
	newBookings = $derived((this.data?.queued ?? []).filter((q) => q.kind === 'book'));
	openRequests = $derived(
		(this.data?.requests ?? []).filter((r) => r.status === 'open' && !r.meetingId)
	);

	protected async read(db: UserDb): Promise<MeetingsRead> {
		this.nowMs = Date.now();
		const [meetings, requests, queued, waitingRequests] = await Promise.all([
			listMeetings(db),
			listConversationRequests(db),
			queuedBookings(db),
			queuedRequests(db)
		]);
		return { meetings, requests, queued, queuedRequests: waitingRequests };
	}

	get requestWaiting(): boolean {
		return (this.data?.queuedRequests ?? 0) > 0;
	}

	/** The rebooking of a meeting still on its way or refused, if any. */
	rebookingOf(meetingId: string): QueuedBooking | undefined {
		return this.data?.queued.find((q) => q.kind === 'reschedule' && q.entityId === meetingId);
	}

	isMeetingPending(id: string) {
		return this.isPending(MEETINGS, id);
	}

	meetingFailure(id: string) {
		return this.failureOf(MEETINGS, id);
	}

	#db(): UserDb {
		const db = this.db;
		if (!db) throw new Error('The phone’s data is not open yet');
		return db;
	}

	async #done() {
		const db = this.db;
		if (db) await this.refresh(db);
	}

	async book(slot: SlotView, channel: Channel, topic: Topic, note: string): Promise<string> {
		const id = await bookMeeting(this.#db(), { slot, channel, topic, note });
		await this.#done();
		return id;
	}

	async reschedule(meeting: MeetingView, slot: SlotView) {
		await rescheduleMeeting(this.#db(), meeting, slot);
		await this.#done();
	}

	async cancel(meetingId: string, reason: string) {
		await cancelMeeting(this.#db(), meetingId, reason);
		await this.#done();
	}

	async feedback(meetingId: string, score: number, comment: string) {
		await giveFeedback(this.#db(), meetingId, { score, comment });
		await this.#done();
	}

	async requestConversation(wish: { topic: Topic; channel?: Channel; note?: string }) {
		await requestConversation(this.#db(), wish);
		await this.#done();
	}

	/** A refused booking sent again for another slot: the same topic and note. */
	async chooseAlternative(queued: QueuedBooking, slot: SlotView) {
		const engine = this.session.data.engine;
		if (!engine) return;
		await rememberChosenSlot(this.#db(), queued.entityId, slot);
		await engine.retry(queued.seq, { body: { ...queued.body, slotId: slot.id } });
		await this.#done();
	}

	/** Gives up a refused booking or change: the server's copy stands. */
	async giveUp(seq: number) {
		await this.session.data.engine?.discard(seq);
		await this.#done();
	}
}
