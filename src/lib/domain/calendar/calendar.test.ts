import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, eventCalendar, type CalendarEvent } from './index';

/** Parses a file back the way a calendar would, with the library that Thunderbird's lineage uses. */
function parse(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	const events = calendar.getAllSubcomponents('vevent').map((component) => {
		const event = new ICAL.Event(component);
		const alarm = component.getFirstSubcomponent('valarm');
		return {
			uid: event.uid,
			sequence: event.sequence,
			status: component.getFirstPropertyValue('status'),
			start: event.startDate,
			end: event.endDate,
			summary: event.summary,
			location: event.location,
			trigger: alarm ? String(alarm.getFirstPropertyValue('trigger')) : null,
			organizer: component.getFirstPropertyValue('organizer')
		};
	});
	return { method: calendar.getFirstPropertyValue('method'), events };
}

const meeting: CalendarEvent = {
	uid: '5b0e8d47-3c1f-4f7a-9d55-0f0e2f5c1a11',
	sequence: 0,
	time: { kind: 'instant', start: '2026-03-29T07:30:00.000Z', minutes: 40 },
	summary: 'Samtale med Jobcenter Aarhus',
	location: 'Jobcenter Aarhus, Værkmestergade 25, 8000 Aarhus C',
	remindMinutesBefore: 24 * 60,
	organizer: { name: 'Jobcenter Aarhus', email: 'ikke-svar@jobcenter.example' }
};

describe('buildCalendar', () => {
	it('writes an instant in UTC with UID, SEQUENCE, METHOD, times and a reminder', () => {
		const text = buildCalendar([meeting], { stamp: '2026-03-01T12:00:00.000Z' });
		expect(text).toContain('\r\n');
		expect(text).toMatch(/DTSTART:20260329T073000Z/);
		const parsed = parse(text);
		expect(parsed.method).toBe('PUBLISH');
		const [event] = parsed.events;
		expect(event!.uid).toBe(meeting.uid);
		expect(event!.sequence).toBe(0);
		expect(event!.status).toBe('CONFIRMED');
		expect(event!.start.zone?.tzid).toBe('UTC');
		expect(event!.start.toJSDate().toISOString()).toBe('2026-03-29T07:30:00.000Z');
		expect(event!.end.toJSDate().toISOString()).toBe('2026-03-29T08:10:00.000Z');
		expect(event!.location).toBe(meeting.location);
		expect(event!.trigger).toBe('-P1D');
	});

	it('keeps the UID and raises the SEQUENCE for a rebooked meeting', () => {
		const rebooked = {
			...meeting,
			sequence: 1,
			time: { kind: 'instant', start: '2026-03-31T08:15:00.000Z', minutes: 40 } as const
		};
		const [before] = parse(eventCalendar(meeting)).events;
		const [after] = parse(eventCalendar(rebooked)).events;
		expect(after!.uid).toBe(before!.uid);
		expect(after!.sequence).toBe(before!.sequence + 1);
		expect(after!.start.toJSDate().toISOString()).toBe('2026-03-31T08:15:00.000Z');
	});

	it('sends a cancellation as METHOD:CANCEL with STATUS:CANCELLED and no reminder', () => {
		const parsed = parse(eventCalendar({ ...meeting, sequence: 2, cancelled: true }));
		expect(parsed.method).toBe('CANCEL');
		expect(parsed.events[0]!.status).toBe('CANCELLED');
		expect(parsed.events[0]!.sequence).toBe(2);
		expect(parsed.events[0]!.trigger).toBeNull();
		expect(String(parsed.events[0]!.organizer)).toContain('ikke-svar@jobcenter.example');
	});

	it('writes an all-day event as local dates, whatever the machine’s time zone', () => {
		const text = buildCalendar(
			[
				{
					uid: 'frist-1',
					sequence: 0,
					time: { kind: 'all-day', date: '2026-10-25', days: 2 },
					summary: 'Frist',
					remindMinutesBefore: 60
				}
			],
			{ method: 'REQUEST' }
		);
		expect(text).toMatch(/DTSTART;VALUE=DATE:20261025/);
		const parsed = parse(text);
		expect(parsed.method).toBe('REQUEST');
		const [event] = parsed.events;
		expect(event!.start.isDate).toBe(true);
		expect(event!.start.toString()).toBe('2026-10-25');
		expect(event!.end.toString()).toBe('2026-10-27');
		expect(event!.trigger).toBe('-PT1H');
	});

	it('refuses a date or instant that is not one', () => {
		expect(() =>
			buildCalendar([{ ...meeting, time: { kind: 'all-day', date: '25-10-2026' } }])
		).toThrow(RangeError);
		expect(() =>
			buildCalendar([{ ...meeting, time: { kind: 'instant', start: 'soon', minutes: 5 } }])
		).toThrow(RangeError);
	});
});
