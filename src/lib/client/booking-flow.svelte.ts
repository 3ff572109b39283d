import { slotsByDay } from '../domain/meeting-lists';
import type { Channel, SlotView, Topic } from './booking-shapes';
import type { UserDb } from './db';
import { fetchFreeSlots, type FreeSlots } from './free-slots';

export const bookingSteps = ['topic', 'channel', 'slot', 'note', 'confirm'] as const;
export type BookingStep = (typeof bookingSteps)[number];

export const NOTE_MAX = 1000;

/** i18n keys of what is missing at a step, by field. */
export type StepErrors = Partial<Record<'topic' | 'channel' | 'slot' | 'note', string>>;

/**
 * "Book en samtale" one question at a time: topic → channel → a free slot → an optional note →
 * confirm. Free slots come from the server, or from the copy the phone kept when offline.
 */
export class BookingFlow {
	step = $state<BookingStep>('topic');
	topic = $state<Topic | ''>('');
	channel = $state<Channel | ''>('');
	slotId = $state('');
	note = $state('');
	errors = $state<StepErrors>({});
	free = $state.raw<FreeSlots | null>(null);
	/** Epoch ms of the last read: what is ahead and behind is measured from it. */
	nowMs = $state(Date.now());
	/** Slots she cannot take (already booked or queued by her). */
	taken = $state.raw<readonly string[]>([]);

	slots = $derived(
		(this.free?.slots ?? []).filter(
			(slot) =>
				(!this.channel || slot.channels.includes(this.channel)) && !this.taken.includes(slot.id)
		)
	);
	days = $derived(slotsByDay(this.slots, this.nowMs));
	slot = $derived(this.slots.find((slot) => slot.id === this.slotId) ?? null);
	stepNumber = $derived(bookingSteps.indexOf(this.step) + 1);

	async load(db: UserDb | null) {
		this.nowMs = Date.now();
		this.free = await fetchFreeSlots(db, this.nowMs);
	}

	/** Goes on when the step is answered; otherwise sets `errors` and stays. */
	next(): boolean {
		const errors: StepErrors = {};
		if (this.step === 'topic' && !this.topic) errors.topic = 'booking.chooseTopic';
		if (this.step === 'channel' && !this.channel) errors.channel = 'booking.chooseChannel';
		if (this.step === 'slot' && !this.slot) errors.slot = 'booking.chooseSlot';
		if (this.step === 'note' && this.note.length > NOTE_MAX) errors.note = 'booking.noteTooLong';
		this.errors = errors;
		if (Object.keys(errors).length > 0) return false;
		const index = bookingSteps.indexOf(this.step);
		if (index < bookingSteps.length - 1) this.step = bookingSteps[index + 1]!;
		return true;
	}

	back() {
		this.errors = {};
		const index = bookingSteps.indexOf(this.step);
		if (index > 0) this.step = bookingSteps[index - 1]!;
	}

	/** What the confirm step books. */
	get choice(): { slot: SlotView; channel: Channel; topic: Topic; note: string } | null {
		return this.slot && this.topic && this.channel
			? { slot: this.slot, channel: this.channel, topic: this.topic, note: this.note }
			: null;
	}
}
