import { describe, expect, it } from 'vitest';
import { timelineStepCalendar } from './calendar';

describe('a timeline date as a calendar file', () => {
	it('is an all-day event on that local date, with a stable UID per step', () => {
		const ics = timelineStepCalendar(
			{ kind: 'firstFollowUp', date: '2027-02-07', rule: 'firstFollowUp' },
			{ summary: 'Første opfølgningssamtale', description: 'Senest denne dag' },
			0,
			'2026-12-05T10:00:00Z'
		);
		expect(ics).toContain('DTSTART;VALUE=DATE:20270207');
		expect(ics).toContain('DTEND;VALUE=DATE:20270208');
		expect(ics).toContain('UID:sygemelding-firstFollowUp-0@virtuelt-jobunivers.dk');
		expect(ics).toContain('SUMMARY:Første opfølgningssamtale');
		expect(ics).toMatch(/\r\n/);
	});
});
