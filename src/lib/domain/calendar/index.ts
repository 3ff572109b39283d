/**
 * One iCalendar (RFC 5545) builder for the whole app, on `ical-generator` (no runtime dependencies,
 * so the phone can build the .ics of a meeting it booked offline, and the server the same file).
 *
 * Rules kept here so no feature gets them wrong (cal.com's lessons, STYLE.md):
 * - a stable UID per thing (a meeting keeps its id across rebooking) and a SEQUENCE that rises with
 *   every change, so a calendar replaces the old event instead of adding a second one;
 * - a cancellation is `METHOD:CANCEL` with `STATUS:CANCELLED` on the event, so it leaves calendars;
 * - instants are written in UTC (`…Z`); an all-day event is a local date (`VALUE=DATE`), never an
 *   instant at midnight, so it stays on its day in every time zone.
 */
import ical, {
	ICalAlarmType,
	ICalCalendarMethod,
	ICalEventStatus,
	type ICalEventData
} from 'ical-generator';

export type CalendarMethod = 'PUBLISH' | 'REQUEST' | 'CANCEL';

/** When an event happens: a whole local day (or several), or an instant with a length. */
export type EventTime =
	| { kind: 'all-day'; date: string; days?: number }
	| { kind: 'instant'; start: string; minutes: number };

export interface CalendarEvent {
	/** Stable across changes: the calendar matches updates and cancellations on it. */
	uid: string;
	/** 0 for the first version; one higher for every change (rebooking, cancelling). */
	sequence: number;
	time: EventTime;
	summary: string;
	description?: string;
	location?: string;
	url?: string;
	/** The event is called off: written as `STATUS:CANCELLED` (the calendar's method is CANCEL). */
	cancelled?: boolean;
	/** A display reminder this many minutes before the start; none when null or left out. */
	remindMinutesBefore?: number | null;
	/** Who arranges it (REQUEST and CANCEL need an ORGANIZER in RFC 5546). */
	organizer?: { name: string; email: string };
}

export interface CalendarOptions {
	/** PUBLISH by default; CANCEL when every event in it is cancelled. */
	method?: CalendarMethod;
	name?: string;
	/** DTSTAMP: when the file was made (an ISO instant); now unless given (tests pin it). */
	stamp?: string;
}

const methods: Record<CalendarMethod, ICalCalendarMethod> = {
	PUBLISH: ICalCalendarMethod.PUBLISH,
	REQUEST: ICalCalendarMethod.REQUEST,
	CANCEL: ICalCalendarMethod.CANCEL
};

const localDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A local date as the UTC midnight ical-generator writes back as that same `VALUE=DATE`. */
function dateValue(localDate: string, plusDays = 0): Date {
	const match = localDatePattern.exec(localDate);
	if (!match) throw new RangeError(`Invalid local date ${localDate}`);
	return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + plusDays));
}

function instantValue(iso: string): Date {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid instant ${iso}`);
	return date;
}

function eventData(event: CalendarEvent, stamp: Date): ICalEventData {
	const { time } = event;
	const span =
		time.kind === 'all-day'
			? {
					allDay: true,
					start: dateValue(time.date),
					end: dateValue(time.date, time.days ?? 1)
				}
			: {
					start: instantValue(time.start),
					end: new Date(instantValue(time.start).getTime() + time.minutes * 60_000)
				};
	return {
		...span,
		id: event.uid,
		sequence: event.sequence,
		stamp,
		summary: event.summary,
		description: event.description ?? null,
		location: event.location ?? null,
		url: event.url ?? null,
		organizer: event.organizer ?? null,
		status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
		alarms:
			event.remindMinutesBefore == null || event.cancelled
				? []
				: [
						{
							type: ICalAlarmType.display,
							trigger: event.remindMinutesBefore * 60,
							description: event.summary
						}
					]
	};
}

/** The calendar file (text/calendar, CRLF line endings) with the given events. */
export function buildCalendar(events: CalendarEvent[], options: CalendarOptions = {}): string {
	const stamp = options.stamp ? instantValue(options.stamp) : new Date();
	const calendar = ical({
		prodId: { company: 'Virtuelt Jobunivers', product: 'jobcenter', language: 'DA' },
		method: methods[options.method ?? 'PUBLISH'],
		name: options.name ?? null
	});
	for (const event of events) calendar.createEvent(eventData(event, stamp));
	return calendar.toString();
}

/** One event in a file of its own: cancelled events go out as CANCEL, others as PUBLISH. */
export function eventCalendar(event: CalendarEvent, options: Omit<CalendarOptions, 'method'> = {}) {
	return buildCalendar([event], { ...options, method: event.cancelled ? 'CANCEL' : 'PUBLISH' });
}

export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';
