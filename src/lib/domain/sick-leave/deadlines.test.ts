import { afterEach, describe, expect, it } from 'vitest';
import { conversationDeadline } from '../booking/deadline';
import {
	daysBetween,
	employerConversationBy,
	endOfMonth,
	expectedLong,
	fastTrackDeadline,
	fastTrackOffered,
	fastTrackWindowEnds,
	firstFollowUpBy,
	nextStep,
	reassessmentOn,
	sickLeaveTimeline
} from './deadlines';

/** Each row worked out by hand on a calendar (day 1 is the first day of absence). */
const cases = [
	{
		what: 'spring, across the change to summer time (29 March 2026)',
		firstDay: '2026-03-02',
		employer: '2026-03-29',
		fastTrackEnds: '2026-04-05',
		firstFollowUp: '2026-04-26',
		reassessment: '2026-09-30'
	},
	{
		what: 'across New Year',
		firstDay: '2026-12-14',
		employer: '2027-01-10',
		fastTrackEnds: '2027-01-17',
		firstFollowUp: '2027-02-07',
		reassessment: '2027-06-30'
	},
	{
		what: 'starting on 29 February',
		firstDay: '2028-02-29',
		employer: '2028-03-27',
		fastTrackEnds: '2028-04-03',
		firstFollowUp: '2028-04-24',
		reassessment: '2028-08-31'
	},
	{
		what: 'starting on the last day of January (a short February)',
		firstDay: '2026-01-31',
		employer: '2026-02-27',
		fastTrackEnds: '2026-03-06',
		firstFollowUp: '2026-03-27',
		reassessment: '2026-08-31'
	},
	{
		what: 'autumn, across the change back to winter time (25 October 2026)',
		firstDay: '2026-10-01',
		employer: '2026-10-28',
		fastTrackEnds: '2026-11-04',
		firstFollowUp: '2026-11-25',
		reassessment: '2027-04-30'
	}
];

const originalTz = process.env.TZ;
afterEach(() => {
	process.env.TZ = originalTz;
});

describe('deadline engine', () => {
	for (const row of cases) {
		it(`computes each deadline: ${row.what}`, () => {
			expect(employerConversationBy(row.firstDay)).toBe(row.employer);
			expect(fastTrackWindowEnds(row.firstDay)).toBe(row.fastTrackEnds);
			expect(firstFollowUpBy(row.firstDay)).toBe(row.firstFollowUp);
			expect(reassessmentOn({ firstDay: row.firstDay, expectedReturn: null })).toBe(
				row.reassessment
			);
		});
	}

	it('gives the same dates whatever time zone the machine is in', () => {
		for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'Europe/Copenhagen']) {
			process.env.TZ = tz;
			for (const row of cases) {
				expect([
					employerConversationBy(row.firstDay),
					firstFollowUpBy(row.firstDay),
					reassessmentOn({ firstDay: row.firstDay, expectedReturn: null })
				]).toEqual([row.employer, row.firstFollowUp, row.reassessment]);
			}
		}
	});

	it('follows up every 4 weeks after the first, while she is still away', () => {
		const steps = sickLeaveTimeline({ firstDay: '2026-03-02', expectedReturn: '2026-07-01' });
		expect(steps.map((step) => [step.kind, step.date])).toEqual([
			['firstDay', '2026-03-02'],
			['employerConversation', '2026-03-29'],
			['fastTrackWindowEnds', '2026-04-05'],
			['firstFollowUp', '2026-04-26'],
			['followUp', '2026-05-24'],
			['followUp', '2026-06-21'],
			['expectedReturn', '2026-07-01']
		]);
	});

	it('lists neither fast track nor follow-ups for a short absence, and no re-assessment', () => {
		const steps = sickLeaveTimeline({ firstDay: '2026-03-02', expectedReturn: '2026-03-23' });
		expect(steps.map((step) => step.kind)).toEqual([
			'firstDay',
			'expectedReturn',
			'employerConversation'
		]);
	});

	it('lists the re-assessment when she is not expected back before it', () => {
		const unknown = sickLeaveTimeline({ firstDay: '2026-12-14', expectedReturn: null });
		expect(unknown.find((step) => step.kind === 'reassessment')?.date).toBe('2027-06-30');
		expect(unknown.filter((step) => step.kind === 'followUp')).toHaveLength(6);
		const back = sickLeaveTimeline({ firstDay: '2026-12-14', expectedReturn: '2027-06-30' });
		expect(back.some((step) => step.kind === 'reassessment')).toBe(false);
	});

	it('counts payments from the date she gives instead of after the employer period', () => {
		// Paid from 1 June 2026: day 155 of payments is 3 November.
		expect(
			reassessmentOn({ firstDay: '2026-03-02', expectedReturn: null, paymentsFrom: '2026-06-01' })
		).toBe('2026-11-30');
	});

	it.each([
		// [expected return, more than 8 weeks?] — 8 weeks from 2 March is 27 April (day 57)
		['2026-04-26', false],
		['2026-04-27', false],
		['2026-04-28', true],
		[null, null]
	] as const)('expected return %s: long absence %s', (expectedReturn, long) => {
		expect(expectedLong({ firstDay: '2026-03-02', expectedReturn })).toBe(long);
	});

	it.each([
		// [today, expected return, offered]
		['2026-03-02', '2026-06-01', true],
		['2026-04-05', '2026-06-01', true],
		['2026-04-06', '2026-06-01', false],
		['2026-03-01', '2026-06-01', false],
		['2026-03-10', '2026-04-20', false],
		['2026-03-10', null, false]
	] as const)('fast track on %s (back %s): offered %s', (today, expectedReturn, offered) => {
		expect(fastTrackOffered({ firstDay: '2026-03-02', expectedReturn }, today)).toBe(offered);
	});

	it('holds the fast-track conversation within 2 weeks of the request, across a year end', () => {
		expect(fastTrackDeadline('2026-12-25')).toBe('2027-01-08');
	});

	it('moves a fast-track deadline on a weekend or holiday to the next working day, as booking does', () => {
		expect(fastTrackDeadline('2026-12-05')).toBe('2026-12-21');
		expect(conversationDeadline(new Date('2026-12-05T10:00:00Z'), 'fastTrack')).toBe('2026-12-21');
		// 2027-03-11 + 14 is skærtorsdag; then langfredag, the weekend and 2. påskedag.
		expect(fastTrackDeadline('2027-03-11')).toBe('2027-03-30');
	});

	it('highlights the first step on or after today, and none when all are past', () => {
		const steps = sickLeaveTimeline({ firstDay: '2026-03-02', expectedReturn: '2026-07-01' });
		expect(nextStep(steps, '2026-03-02')?.kind).toBe('employerConversation');
		expect(nextStep(steps, '2026-04-26')?.kind).toBe('firstFollowUp');
		expect(nextStep(steps, '2026-04-27')?.date).toBe('2026-05-24');
		expect(nextStep(steps, '2026-07-02')).toBeNull();
	});

	it.each([
		['2026-02-10', '2026-02-28'],
		['2028-02-10', '2028-02-29'],
		['2026-12-31', '2026-12-31'],
		['2026-04-01', '2026-04-30']
	])('end of month of %s is %s', (date, end) => {
		expect(endOfMonth(date)).toBe(end);
	});

	it('counts whole days across summer time and leap days', () => {
		expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
		expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
		expect(daysBetween('2026-12-31', '2026-12-30')).toBe(-1);
	});
});
