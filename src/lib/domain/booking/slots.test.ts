import { describe, expect, it } from 'vitest';
import { localDateTimeToUtc } from '../local-time';
import {
	firstOverlap,
	freeSlots,
	nearestSlots,
	overlaps,
	slotProblems,
	slotSpan,
	type OpenSlot,
	type SlotDraft
} from './slots';
import { changeableUntil, feedbackSummary, mayChangeItself, mayGiveFeedback } from './notice';

const now = new Date('2026-10-20T08:00:00Z');

describe('Copenhagen time ↔ UTC across the DST changes (last Sunday of March and October)', () => {
	const table: [string, string, string][] = [
		['2026-03-27', '09:00', '2026-03-27T08:00:00.000Z'], // Friday before: CET (+1)
		['2026-03-29', '01:59', '2026-03-29T00:59:00.000Z'], // the Sunday, just before 02:00
		['2026-03-29', '03:00', '2026-03-29T01:00:00.000Z'], // the Sunday, after the jump: CEST
		['2026-03-30', '09:00', '2026-03-30T07:00:00.000Z'], // Monday after: CEST (+2)
		['2026-10-23', '09:00', '2026-10-23T07:00:00.000Z'], // Friday before: CEST
		['2026-10-25', '04:00', '2026-10-25T03:00:00.000Z'], // the Sunday, after 03:00 → 02:00: CET
		['2026-10-26', '09:00', '2026-10-26T08:00:00.000Z'], // Monday after: CET
		['2027-03-28', '12:00', '2027-03-28T10:00:00.000Z'], // 2027: last Sunday of March is the 28th
		['2027-10-31', '12:00', '2027-10-31T11:00:00.000Z'] //   and of October the 31st
	];
	it.each(table)('%s %s → %s', (date, time, utc) => {
		expect(localDateTimeToUtc(date, time).toISOString()).toBe(utc);
	});

	it('keeps a slot’s length over the change of clocks', () => {
		const span = slotSpan({ date: '2026-10-26', time: '09:00', minutes: 40 });
		expect(span).toEqual({
			startsAt: '2026-10-26T08:00:00.000Z',
			endsAt: '2026-10-26T08:40:00.000Z'
		});
	});
});

describe('slotProblems: what a caseworker may publish', () => {
	const ok: SlotDraft = { date: '2026-10-22', time: '09:00', minutes: 40 };
	const table: [string, SlotDraft, string[]][] = [
		['a Thursday morning', ok, []],
		['a Saturday', { ...ok, date: '2026-10-24' }, ['date']],
		['Juledag', { ...ok, date: '2026-12-25' }, ['date']],
		['2. påskedag', { ...ok, date: '2027-03-29' }, ['date']],
		['too short', { ...ok, minutes: 10 }, ['minutes']],
		['too long', { ...ok, minutes: 125 }, ['minutes']],
		['not in 5-minute steps', { ...ok, minutes: 42 }, ['minutes']],
		['before opening', { ...ok, time: '06:55' }, ['time']],
		['ends after closing', { ...ok, time: '17:30', minutes: 45 }, ['time']],
		['ends exactly at closing', { ...ok, time: '17:20', minutes: 40 }, []],
		['off the 5-minute grid', { ...ok, time: '09:03' }, ['time']],
		['earlier today', { ...ok, date: '2026-10-20', time: '09:00' }, ['time']],
		['yesterday', { ...ok, date: '2026-10-19' }, ['date']],
		['more than half a year ahead', { ...ok, date: '2027-05-03' }, ['date']]
	];
	it.each(table)('%s → %o', (_case, draft, fields) => {
		expect(slotProblems(draft, now).map((problem) => problem.field)).toEqual(fields);
	});
});

describe('overlap', () => {
	const a = { startsAt: '2026-10-22T07:00:00Z', endsAt: '2026-10-22T07:40:00Z' };
	it.each([
		['the same time', a, true],
		['touching ends', { startsAt: a.endsAt, endsAt: '2026-10-22T08:20:00Z' }, false],
		['inside', { startsAt: '2026-10-22T07:10:00Z', endsAt: '2026-10-22T07:20:00Z' }, true],
		[
			'starting before, ending inside',
			{ startsAt: '2026-10-22T06:50:00Z', endsAt: '2026-10-22T07:01:00Z' },
			true
		],
		['before', { startsAt: '2026-10-22T06:00:00Z', endsAt: '2026-10-22T07:00:00Z' }, false]
	])('%s → %s', (_case, b, expected) => {
		expect(overlaps(a, b)).toBe(expected);
		expect(overlaps(b, a)).toBe(expected);
		expect(firstOverlap(b, [a]) !== undefined).toBe(expected);
	});
});

describe('freeSlots and nearestSlots', () => {
	const slot = (id: string, date: string, time: string, channels = ['in_person', 'phone']) =>
		({
			id,
			...slotSpan({ date, time, minutes: 40 }),
			channels
		}) as OpenSlot;
	const slots = [
		slot('d', '2026-10-22', '13:00'),
		slot('a', '2026-10-20', '08:30'), // within the booking lead of `now` (08:00Z = 10:00 local)
		slot('b', '2026-10-20', '12:00'),
		slot('c', '2026-10-21', '09:00', ['video']),
		slot('e', '2026-11-05', '09:00')
	];

	it('keeps untaken slots in the window with the channel, earliest first', () => {
		const free = freeSlots(slots, new Set(['d']), { from: '2026-10-20', to: '2026-10-30', now });
		expect(free.map((s) => s.id)).toEqual(['b', 'c']);
		const phone = freeSlots(slots, new Set(), {
			from: '2026-10-20',
			to: '2026-11-05',
			channel: 'phone',
			now
		});
		expect(phone.map((s) => s.id)).toEqual(['b', 'd', 'e']);
	});

	it('offers the nearest slots to the one she lost, the later one first on a tie', () => {
		const lost = localDateTimeToUtc('2026-10-21', '09:00').toISOString();
		expect(nearestSlots(slots, lost, 3).map((s) => s.id)).toEqual(['c', 'b', 'a']);
		const twin = [slot('x', '2026-10-21', '08:00'), slot('y', '2026-10-21', '10:00')];
		expect(nearestSlots(twin, lost, 1).map((s) => s.id)).toEqual(['y']);
	});
});

describe('notice and feedback', () => {
	it('lets her change a meeting herself until 24 hours before', () => {
		const meeting = { status: 'booked', changeableUntil: changeableUntil('2026-10-22T07:00:00Z') };
		expect(meeting.changeableUntil).toBe('2026-10-21T07:00:00.000Z');
		expect(mayChangeItself(meeting, new Date('2026-10-21T06:59:00Z'))).toBe(true);
		expect(mayChangeItself(meeting, new Date('2026-10-21T07:00:00Z'))).toBe(false);
		expect(mayChangeItself({ ...meeting, status: 'cancelled' }, now)).toBe(false);
	});

	it('asks for feedback once, after a held meeting', () => {
		expect(mayGiveFeedback({ status: 'held', feedbackGiven: false })).toBe(true);
		expect(mayGiveFeedback({ status: 'held', feedbackGiven: true })).toBe(false);
		expect(mayGiveFeedback({ status: 'booked', feedbackGiven: false })).toBe(false);
	});

	it('shows no figure under five answers', () => {
		expect(feedbackSummary([5, 4, 3, 5])).toBeNull();
		expect(feedbackSummary([5, 4, 3, 5, 4])).toEqual({ count: 5, average: 4.2 });
	});
});
