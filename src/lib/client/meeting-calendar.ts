/**
 * "Føj til kalender": the server's .ics of a meeting (one UID for the meeting's whole life), or,
 * for a booking still waiting on the phone, the same event made here with the calendar module.
 */
import { eventCalendar } from '../domain/calendar';
import type { QueuedBooking } from './booking-store';
import { MEETINGS_PATH } from './booking-store';

export function meetingCalendarUrl(meetingId: string): string {
	return `${MEETINGS_PATH}/${encodeURIComponent(meetingId)}/calendar.ics`;
}

/** A reminder this long before, as the server's file has. */
const REMIND_MINUTES = 60;

export function offlineCalendarText(
	queued: Pick<QueuedBooking, 'entityId' | 'slot'>,
	text: { summary: string; channel: string }
): string | null {
	const slot = queued.slot;
	if (!slot) return null;
	return eventCalendar({
		// The meeting's id is made on the phone and kept by the server: the same UID as its file later.
		uid: queued.entityId,
		sequence: 0,
		time: {
			kind: 'instant',
			start: slot.startsAt,
			minutes: Math.round((Date.parse(slot.endsAt) - Date.parse(slot.startsAt)) / 60_000)
		},
		summary: text.summary,
		description: text.channel,
		location: slot.location ?? undefined,
		remindMinutesBefore: REMIND_MINUTES
	});
}

export function offlineCalendarFile(
	queued: Pick<QueuedBooking, 'entityId' | 'slot'>,
	text: { summary: string; channel: string }
): Blob {
	return new Blob([offlineCalendarText(queued, text) ?? ''], { type: 'text/calendar' });
}
