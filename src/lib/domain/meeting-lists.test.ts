import { describe, expect, it } from 'vitest';
import {
	daysUntil,
	slotsByDay,
	splitMeetings,
	tomorrowsMeeting,
	type MeetingLike
} from './meeting-lists';

// Monday 23 March 2026, 10:00 in Copenhagen (CET, UTC+1); DST starts Sunday 29 March.
const now = new Date('2026-03-23T09:00:00Z');
const slot = (id: string, startsAt: string) => ({
	id,
	startsAt,
	endsAt: new Date(Date.parse(startsAt) + 30 * 60_000).toISOString()
});

describe('slotsByDay', () => {
	it('groups by the local day, earliest first, with the 10-day right apart from later days', () => {
		const days = slotsByDay(
			[
				slot('after-right', '2026-04-03T07:00:00Z'),
				slot('late-evening-utc-is-next-day', '2026-03-24T23:30:00Z'),
				slot('tomorrow', '2026-03-24T08:00:00Z'),
				slot('last-day-of-right', '2026-04-02T21:00:00Z'),
				slot('begun', '2026-03-23T08:30:00Z')
			],
			now
		);
		expect(days.soon.map((d) => [d.date, d.items.map((s) => s.id)])).toEqual([
			['2026-03-24', ['tomorrow']],
			['2026-03-25', ['late-evening-utc-is-next-day']],
			// 23:00 in Copenhagen (CEST) on 2 April: still within today + 10 days.
			['2026-04-02', ['last-day-of-right']]
		]);
		expect(days.later.map((d) => d.date)).toEqual(['2026-04-03']);
	});

	it('says nothing when there are no slots', () => {
		expect(slotsByDay([], now)).toEqual({ soon: [], later: [] });
	});
});

const meeting = (start: string, status: MeetingLike['status'] = 'booked') => ({
	...slot(start, start),
	status
});

describe('splitMeetings', () => {
	const cases: [string, MeetingLike['status'], string, 'upcoming' | 'past'][] = [
		['booked, ahead', 'booked', '2026-03-24T08:00:00Z', 'upcoming'],
		['booked, running now (ends after now)', 'booked', '2026-03-23T08:45:00Z', 'upcoming'],
		['booked, over', 'booked', '2026-03-20T08:00:00Z', 'past'],
		['cancelled, ahead', 'cancelled', '2026-03-25T08:00:00Z', 'past'],
		['held', 'held', '2026-03-19T08:00:00Z', 'past'],
		['no-show', 'no_show', '2026-03-18T08:00:00Z', 'past']
	];
	it.each(cases)('%s', (_name, status, start, where) => {
		const split = splitMeetings([meeting(start, status)], now);
		expect(split[where]).toHaveLength(1);
	});

	it('orders upcoming soonest first and past latest first', () => {
		const split = splitMeetings(
			[
				meeting('2026-03-26T08:00:00Z'),
				meeting('2026-03-24T08:00:00Z'),
				meeting('2026-03-10T08:00:00Z', 'held'),
				meeting('2026-03-12T08:00:00Z', 'held')
			],
			now
		);
		expect(split.upcoming.map((m) => m.startsAt)).toEqual([
			'2026-03-24T08:00:00Z',
			'2026-03-26T08:00:00Z'
		]);
		expect(split.past.map((m) => m.startsAt)).toEqual([
			'2026-03-12T08:00:00Z',
			'2026-03-10T08:00:00Z'
		]);
	});
});

describe('tomorrowsMeeting', () => {
	it('finds a booked meeting on tomorrow’s local date only', () => {
		const tomorrowLate = meeting('2026-03-24T22:30:00Z'); // 23:30 local on the 24th
		expect(tomorrowsMeeting([meeting('2026-03-25T08:00:00Z'), tomorrowLate], now)).toBe(
			tomorrowLate
		);
		expect(tomorrowsMeeting([meeting('2026-03-24T23:30:00Z')], now)).toBeUndefined();
		expect(tomorrowsMeeting([meeting('2026-03-24T08:00:00Z', 'cancelled')], now)).toBeUndefined();
	});
});

describe('daysUntil', () => {
	it.each([
		['2026-04-02', 10],
		['2026-03-23', 0],
		['2026-03-22', -1]
	])('%s is %i days away', (deadline, days) => {
		expect(daysUntil(deadline, now)).toBe(days);
	});
});
