import { describe, expect, it } from 'vitest';
import {
	addDays,
	isoWeekday,
	localDateOf,
	localDateTimeToUtc,
	zoneOffsetMinutes
} from './local-time';

describe('Copenhagen local time', () => {
	it('converts winter and summer wall-clock times to UTC', () => {
		expect(localDateTimeToUtc('2026-01-15', '09:00').toISOString()).toBe(
			'2026-01-15T08:00:00.000Z'
		);
		expect(localDateTimeToUtc('2026-07-15', '09:00').toISOString()).toBe(
			'2026-07-15T07:00:00.000Z'
		);
	});

	it('handles the day daylight saving time starts', () => {
		// 29 March 2026: clocks jump from 02:00 to 03:00; 10:00 is CEST (UTC+2).
		expect(localDateTimeToUtc('2026-03-29', '10:00').toISOString()).toBe(
			'2026-03-29T08:00:00.000Z'
		);
		expect(zoneOffsetMinutes(new Date('2026-03-29T00:30:00Z'))).toBe(60);
		expect(zoneOffsetMinutes(new Date('2026-03-29T01:30:00Z'))).toBe(120);
	});

	it('gives the local date of an instant near midnight', () => {
		expect(localDateOf(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
		expect(localDateOf(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
	});

	it('adds days across months and years and names weekdays', () => {
		expect(addDays('2026-12-28', 5)).toBe('2027-01-02');
		expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
		expect(isoWeekday('2026-11-22')).toBe(7);
		expect(isoWeekday('2026-11-23')).toBe(1);
	});
});
