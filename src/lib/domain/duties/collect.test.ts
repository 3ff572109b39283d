import { describe, expect, it } from 'vitest';
import { emptyCv } from '../cv/model';
import { collectFacts, type FactSources } from './collect';

/** Wednesday 9 December 2026, 11:00 in Copenhagen. */
const NOW = new Date('2026-12-09T10:00:00.000Z');
const sources = (more: Partial<FactSources>): FactSources => ({
	profile: { benefitType: 'sygedagpenge', targetGroup: null },
	applications: [],
	cv: null,
	meetings: null,
	requests: null,
	sickLeave: null,
	...more
});
const meeting = (startsAt: string, status: string) => ({
	startsAt,
	endsAt: new Date(Date.parse(startsAt) + 30 * 60_000).toISOString(),
	status
});

describe('collectFacts', () => {
	it.each<[string, Partial<FactSources>, string, unknown]>([
		['nothing known', {}, 'meetings', null],
		['an empty CV is 0 % with every part missing', { cv: emptyCv() }, 'cv.percent', 0],
		[
			'a meeting running now is still the next one',
			{ meetings: [meeting('2026-12-09T09:45:00.000Z', 'booked')] },
			'meetings.next.date',
			'2026-12-09'
		],
		[
			'a meeting over an hour ago is not',
			{ meetings: [meeting('2026-12-09T08:00:00.000Z', 'booked')] },
			'meetings.next',
			null
		],
		[
			'no-shows are not held',
			{ meetings: [meeting('2026-12-01T08:00:00.000Z', 'no_show')] },
			'meetings.held',
			0
		],
		[
			'the open request with the nearest deadline',
			{
				requests: [
					{ requestedAt: '2026-12-08T08:00:00.000Z', deadline: '2026-12-18', status: 'open' },
					{ requestedAt: '2026-12-03T08:00:00.000Z', deadline: '2026-12-14', status: 'open' },
					{ requestedAt: '2026-11-20T08:00:00.000Z', deadline: '2026-12-01', status: 'booked' }
				]
			},
			'conversationRequest.deadline',
			'2026-12-14'
		],
		[
			'requested late in the evening counts on the Danish date',
			{
				requests: [
					{ requestedAt: '2026-12-07T23:30:00.000Z', deadline: '2026-12-18', status: 'open' }
				]
			},
			'conversationRequest.requestedOn',
			'2026-12-08'
		],
		[
			'no first sick day: no timeline',
			{ sickLeave: { firstAbsenceDay: null, expectedReturn: '2027-01-04' } },
			'sickLeave.next',
			null
		],
		[
			'the employer conversation comes first in the first weeks',
			{ sickLeave: { firstAbsenceDay: '2026-12-01', expectedReturn: null } },
			'sickLeave.next.textKey',
			'sickLeave.timeline.steps.employerConversation'
		],
		[
			'a job seeker’s sick-leave document is no fact of hers',
			{
				profile: { benefitType: 'dagpenge', targetGroup: null },
				sickLeave: { firstAbsenceDay: '2026-12-01', expectedReturn: null }
			},
			'sickLeave',
			null
		]
	])('%s', (_, more, path, expected) => {
		const facts = collectFacts(sources(more), NOW);
		const value = path
			.split('.')
			.reduce<unknown>((at, key) => (at as Record<string, unknown> | null)?.[key], facts);
		expect(value).toEqual(expected);
	});
});
