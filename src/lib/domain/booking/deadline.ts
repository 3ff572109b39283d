/**
 * The right to a conversation within a deadline (KL's proposal: at most 10 days from her request to
 * the conversation; the sick-leave fast track: 2 weeks).
 *
 * The rule applied: the deadline is the request's local date (Europe/Copenhagen) plus 10 (or 14)
 * calendar days. When that day is a Saturday, Sunday, public holiday, Grundlovsdag, juleaftensdag or
 * nytårsaftensdag, the deadline moves to the next working day — the general rule for Danish
 * deadlines (retsplejeloven § 148, stk. 2), which never shortens a right the citizen has. The
 * conversation must take place on or before the deadline day.
 */
import { addDays, localDateOf } from '../local-time';
import { nextWorkingDay } from './holidays';

export const requestKinds = ['standard', 'fastTrack'] as const;
export type RequestKind = (typeof requestKinds)[number];

/** Calendar days from the request to the deadline, per kind. */
export const DEADLINE_DAYS: Record<RequestKind, number> = { standard: 10, fastTrack: 14 };

/** The last local date by which the conversation must have been held. */
export function conversationDeadline(requestedAt: Date, kind: RequestKind = 'standard'): string {
	return nextWorkingDay(addDays(localDateOf(requestedAt), DEADLINE_DAYS[kind]));
}

/** Whether the deadline has passed on `today` (a local date): the day itself is still in time. */
export function isOverdue(deadline: string, today: string): boolean {
	return today > deadline;
}
