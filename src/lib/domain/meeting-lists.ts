/**
 * How the citizen's booking pages order what they show: free slots by day (the 10-day right first),
 * meetings ahead and behind, tomorrow's meeting for Min side, and what she may still do herself.
 * Pure: the rules of booking themselves (notice, deadlines) live with the server's booking domain.
 */
import { addDays, localDateOf } from './local-time';

interface Timed {
	startsAt: string;
	endsAt: string;
}

export interface DayGroup<T> {
	/** Local date in Europe/Copenhagen (`YYYY-MM-DD`). */
	date: string;
	items: T[];
}

export interface SlotDays<T> {
	/** Days within the 10-day right (today and the next 9 days… up to `today + days`). */
	soon: DayGroup<T>[];
	/** Days after it. */
	later: DayGroup<T>[];
}

/** The right: at most 10 days from her wish to the conversation. */
export const RIGHT_DAYS = 10;

/**
 * Free slots grouped by their local day, earliest first; slots that have begun are left out.
 * `soon` holds the days up to and including `today + days`.
 */
export function slotsByDay<T extends Timed>(
	slots: readonly T[],
	now: Date | number,
	days = RIGHT_DAYS
): SlotDays<T> {
	const at = new Date(now);
	const today = localDateOf(at);
	const last = addDays(today, days);
	const groups = new Map<string, T[]>();
	const upcoming = slots
		.filter((slot) => Date.parse(slot.startsAt) > at.getTime())
		.toSorted((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
	for (const slot of upcoming) {
		const date = localDateOf(new Date(slot.startsAt));
		groups.set(date, [...(groups.get(date) ?? []), slot]);
	}
	const all = [...groups].map(([date, items]) => ({ date, items }));
	return {
		soon: all.filter((group) => group.date <= last),
		later: all.filter((group) => group.date > last)
	};
}

export interface MeetingLike extends Timed {
	status: 'booked' | 'cancelled' | 'held' | 'no_show';
}

/** Booked meetings not yet over (soonest first), and the rest (latest first). */
export function splitMeetings<T extends MeetingLike>(
	meetings: readonly T[],
	now: Date | number
): { upcoming: T[]; past: T[] } {
	const isUpcoming = (m: T) =>
		m.status === 'booked' && Date.parse(m.endsAt) > new Date(now).getTime();
	return {
		upcoming: meetings
			.filter(isUpcoming)
			.toSorted((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt)),
		past: meetings
			.filter((m) => !isUpcoming(m))
			.toSorted((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt))
	};
}

/** The booked meeting that falls on tomorrow's local date, if any: the reminder on Min side. */
export function tomorrowsMeeting<T extends MeetingLike>(
	meetings: readonly T[],
	now: Date | number
): T | undefined {
	const tomorrow = addDays(localDateOf(new Date(now)), 1);
	return splitMeetings(meetings, now).upcoming.find(
		(m) => localDateOf(new Date(m.startsAt)) === tomorrow
	);
}

/** Days left until a local-date deadline (0 on the day, negative once passed). */
export function daysUntil(deadline: string, now: Date | number): number {
	const today = localDateOf(new Date(now));
	const [a, b] = [today, deadline].map((d) => Date.parse(`${d}T12:00:00Z`));
	return Math.round((b! - a!) / 86_400_000);
}
