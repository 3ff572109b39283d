/**
 * Rules for slots: what a caseworker may publish, which slots are free, and the nearest ones to
 * offer when the one she chose is gone. Instants are UTC ISO strings; local dates and times are
 * Europe/Copenhagen (local-time.ts converts, DST-correct).
 */
import { addDays, localDateOf, localDateTimeToUtc } from '../local-time';
import { closedDayName } from './holidays';
import type { Channel } from './model';
import { isoWeekday } from '../local-time';

export const SLOT_MINUTES = { min: 15, max: 120, step: 5 } as const;
/** Meetings are held between 07:00 and 18:00 local time (the jobcentre's opening hours, roughly). */
export const OFFICE_HOURS = { opens: '07:00', closes: '18:00' } as const;
/** How far ahead a caseworker may publish: half a year. */
export const PUBLISH_HORIZON_DAYS = 183;
/** A slot is bookable until this long before it starts, so the caseworker sees it in time. */
export const BOOKING_LEAD_MINUTES = 60;

export interface SlotDraft {
	/** Local date and time (Europe/Copenhagen). */
	date: string;
	time: string;
	minutes: number;
}

export interface TimeSpan {
	startsAt: string;
	endsAt: string;
}

export interface SlotProblem {
	field: 'date' | 'time' | 'minutes';
	message: string;
}

function minutesOf(time: string): number {
	return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** The UTC span of a local slot (DST-correct: 09:00 is 08:00Z in winter and 07:00Z in summer). */
export function slotSpan(draft: SlotDraft): TimeSpan {
	const start = localDateTimeToUtc(draft.date, draft.time);
	return {
		startsAt: start.toISOString(),
		endsAt: new Date(start.getTime() + draft.minutes * 60_000).toISOString()
	};
}

/**
 * What is wrong with a slot a caseworker wants to publish, field by field (empty when nothing):
 * a working day (no weekend, holiday or closing day), within office hours, a length of 15–120
 * minutes in steps of 5, in the future and within the publishing horizon.
 */
export function slotProblems(draft: SlotDraft, now: Date): SlotProblem[] {
	const problems: SlotProblem[] = [];
	const { minutes } = draft;
	if (
		!Number.isInteger(minutes) ||
		minutes < SLOT_MINUTES.min ||
		minutes > SLOT_MINUTES.max ||
		minutes % SLOT_MINUTES.step !== 0
	) {
		problems.push({
			field: 'minutes',
			message: `Længden skal være ${SLOT_MINUTES.min}–${SLOT_MINUTES.max} minutter i trin på ${SLOT_MINUTES.step}`
		});
	}
	const holiday = closedDayName(draft.date);
	if (holiday) problems.push({ field: 'date', message: `${holiday}: jobcentret har lukket` });
	else if (isoWeekday(draft.date) > 5) {
		problems.push({ field: 'date', message: 'Vælg en hverdag' });
	}
	const today = localDateOf(now);
	if (draft.date > addDays(today, PUBLISH_HORIZON_DAYS)) {
		problems.push({ field: 'date', message: 'Højst et halvt år frem' });
	}
	const start = minutesOf(draft.time);
	const length = problems.some((p) => p.field === 'minutes') ? 0 : minutes;
	if (
		start % SLOT_MINUTES.step !== 0 ||
		start < minutesOf(OFFICE_HOURS.opens) ||
		start + length > minutesOf(OFFICE_HOURS.closes)
	) {
		problems.push({
			field: 'time',
			message: `Tiden skal ligge mellem ${OFFICE_HOURS.opens} og ${OFFICE_HOURS.closes} (hele 5 minutter)`
		});
	} else if (draft.date >= today && slotSpan(draft).startsAt <= now.toISOString()) {
		problems.push({ field: 'time', message: 'Tiden er allerede gået' });
	} else if (draft.date < today) {
		problems.push({ field: 'date', message: 'Dagen er allerede gået' });
	}
	return problems;
}

/** Whether two spans share any time (touching ends do not: 09:00–09:40 and 09:40–10:20 are fine). */
export function overlaps(a: TimeSpan, b: TimeSpan): boolean {
	return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

/** The first of `existing` the new span overlaps, if any (the database decides too; this words it). */
export function firstOverlap<T extends TimeSpan>(span: TimeSpan, existing: T[]): T | undefined {
	return existing.find((other) => overlaps(span, other));
}

export interface OpenSlot extends TimeSpan {
	id: string;
	channels: readonly Channel[];
}

export interface FreeSlotQuery {
	/** Local dates, both included. */
	from: string;
	to: string;
	channel?: Channel;
	now: Date;
}

/**
 * The free slots in a window, earliest first: not taken, offering the channel, on the local days
 * asked for and starting at least BOOKING_LEAD_MINUTES from now. The phone runs it on the slots it
 * last saw; the server asks the database the same (server/booking.ts).
 */
export function freeSlots<T extends OpenSlot>(
	slots: readonly T[],
	taken: ReadonlySet<string>,
	query: FreeSlotQuery
): T[] {
	const earliest = new Date(query.now.getTime() + BOOKING_LEAD_MINUTES * 60_000).toISOString();
	const windowStart = localDateTimeToUtc(query.from, '00:00').toISOString();
	const windowEnd = localDateTimeToUtc(addDays(query.to, 1), '00:00').toISOString();
	return slots
		.filter(
			(slot) =>
				!taken.has(slot.id) &&
				slot.startsAt >= windowStart &&
				slot.startsAt < windowEnd &&
				slot.startsAt >= earliest &&
				(!query.channel || slot.channels.includes(query.channel))
		)
		.sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id));
}

/**
 * The `count` slots nearest in time to `target` (what she chose and lost), nearest first; on a tie
 * the later one first, since a later time is one she can still make.
 */
export function nearestSlots<T extends TimeSpan & { id: string }>(
	candidates: readonly T[],
	target: string,
	count: number
): T[] {
	const at = new Date(target).getTime();
	const distance = (slot: T) => Math.abs(new Date(slot.startsAt).getTime() - at);
	return [...candidates]
		.sort(
			(a, b) =>
				distance(a) - distance(b) ||
				b.startsAt.localeCompare(a.startsAt) ||
				a.id.localeCompare(b.id)
		)
		.slice(0, count);
}
