import { describe, expect, it } from 'vitest';
import {
	DUTY_RULES,
	citizenOverview,
	dutyItems,
	emptyFacts,
	situationOf,
	type CitizenFacts,
	type ItemState,
	type RuleId,
	type Situation
} from '.';

/** Wednesday; the week is Monday 7 – Sunday 13 December 2026, last week 30 November – 6 December. */
const TODAY = '2026-12-09';

const apps = (...dates: string[]) => dates.map((appliedOn) => ({ appliedOn }));
const facts = (situation: Situation, more: Partial<CitizenFacts> = {}): CitizenFacts => ({
	...emptyFacts(situation),
	...more
});
const sick = (more: Partial<NonNullable<CitizenFacts['sickLeave']>>) => ({
	firstSickDay: null,
	expectedReturn: null,
	next: null,
	...more
});

function item(f: CitizenFacts, id: RuleId) {
	const found = dutyItems(f, TODAY).find((i) => i.rule.id === id);
	return found && { state: found.state, dueOn: found.dueOn };
}

describe('situationOf', () => {
	it.each([
		[{ benefitType: 'dagpenge', targetGroup: 'Dagpengemodtager' }, 'dagpenge'],
		[
			{ benefitType: 'kontanthjaelp', targetGroup: 'Jobparat kontanthjælpsmodtager' },
			'kontanthjaelpJobparat'
		],
		[
			{ benefitType: 'kontanthjaelp', targetGroup: 'Aktivitetsparat kontanthjælpsmodtager' },
			'kontanthjaelpAktivitetsparat'
		],
		[{ benefitType: 'kontanthjaelp', targetGroup: null }, 'unknown'],
		[{ benefitType: 'sygedagpenge', targetGroup: null }, 'sygedagpenge'],
		[{ benefitType: null, targetGroup: null }, 'unknown'],
		[null, 'unknown']
	] as const)('%o → %s', (profile, expected) => {
		expect(situationOf(profile)).toBe(expected);
	});
});

describe('which rules apply', () => {
	it.each<[Situation, RuleId[]]>([
		[
			'dagpenge',
			['weeklyApplication', 'cvOnJobnet', 'readyForWork', 'meetings', 'conversationRight']
		],
		[
			'kontanthjaelpJobparat',
			['weeklyApplication', 'readyForWork', 'meetings', 'conversationRight']
		],
		['kontanthjaelpAktivitetsparat', ['meetings', 'activityHelp', 'conversationRight']],
		[
			'sygedagpenge',
			[
				'meetings',
				'sickNoJobSearch',
				'sickExpectedReturn',
				'sickFollowUp',
				'sickReassessment',
				'conversationRight'
			]
		],
		['unknown', ['conversationRight', 'profileUnknown']]
	])('%s', (situation, ids) => {
		expect(dutyItems(emptyFacts(situation), TODAY).map((i) => i.rule.id)).toEqual(ids);
	});

	it('gives every duty and right a source on https', () => {
		for (const rule of DUTY_RULES.filter((r) => r.kind !== 'info' || r.sources.length > 0)) {
			expect(rule.sources.length, rule.id).toBeGreaterThan(0);
			for (const source of rule.sources) expect(source.url).toMatch(/^https:\/\//);
		}
	});
});

describe('state and date of each rule: situation × her data', () => {
	it.each<[string, CitizenFacts, RuleId, ItemState, string | null]>([
		// One application a week, Monday to Sunday.
		[
			'applied this week',
			facts('dagpenge', { applications: apps('2026-12-08') }),
			'weeklyApplication',
			'met',
			'2026-12-13'
		],
		[
			'applied last week only',
			facts('dagpenge', { applications: apps('2026-12-02') }),
			'weeklyApplication',
			'due',
			'2026-12-13'
		],
		[
			'nothing this week or last, earlier entries',
			facts('dagpenge', { applications: apps('2026-11-20') }),
			'weeklyApplication',
			'late',
			'2026-12-06'
		],
		[
			'nothing yet, signed up long ago',
			facts('dagpenge', { signedUpOn: '2026-11-01' }),
			'weeklyApplication',
			'late',
			'2026-12-06'
		],
		[
			'nothing yet, signed up last Tuesday',
			facts('dagpenge', { signedUpOn: '2026-12-01' }),
			'weeklyApplication',
			'due',
			'2026-12-13'
		],
		[
			'nothing yet, signing up not known',
			facts('kontanthjaelpJobparat'),
			'weeklyApplication',
			'due',
			'2026-12-13'
		],
		[
			'Sunday counts in its week',
			facts('kontanthjaelpJobparat', { applications: apps('2026-12-13') }),
			'weeklyApplication',
			'met',
			'2026-12-13'
		],
		// CV on Jobnet within 2 weeks of signing up.
		[
			'half a CV, past the deadline',
			facts('dagpenge', { signedUpOn: '2026-11-20', cv: { percent: 50, missing: [] } }),
			'cvOnJobnet',
			'late',
			'2026-12-04'
		],
		[
			'half a CV, in time',
			facts('dagpenge', { signedUpOn: '2026-12-01', cv: { percent: 50, missing: [] } }),
			'cvOnJobnet',
			'due',
			'2026-12-15'
		],
		[
			'whole CV',
			facts('dagpenge', { signedUpOn: '2026-11-20', cv: { percent: 100, missing: [] } }),
			'cvOnJobnet',
			'met',
			'2026-12-04'
		],
		[
			'half a CV, signing up not known',
			facts('dagpenge', { cv: { percent: 50, missing: [] } }),
			'cvOnJobnet',
			'due',
			null
		],
		[
			'CV not known',
			facts('dagpenge', { signedUpOn: '2026-12-01' }),
			'cvOnJobnet',
			'info',
			'2026-12-15'
		],
		// Meetings.
		[
			'a meeting ahead',
			facts('dagpenge', {
				meetings: { next: { startsAt: '2026-12-10T09:00:00.000Z', date: '2026-12-10' }, held: 0 }
			}),
			'meetings',
			'due',
			'2026-12-10'
		],
		[
			'no meeting booked',
			facts('kontanthjaelpAktivitetsparat', { meetings: { next: null, held: 2 } }),
			'meetings',
			'met',
			null
		],
		['meetings not known', facts('sygedagpenge'), 'meetings', 'info', null],
		// The right to a conversation: a late one is the jobcentre's.
		[
			'request open, in time',
			facts('unknown', {
				conversationRequest: { requestedOn: '2026-12-05', deadline: '2026-12-15' }
			}),
			'conversationRight',
			'due',
			'2026-12-15'
		],
		[
			'request open, jobcentre late',
			facts('dagpenge', {
				conversationRequest: { requestedOn: '2026-11-28', deadline: '2026-12-08' }
			}),
			'conversationRight',
			'late',
			'2026-12-08'
		],
		['no request', facts('dagpenge'), 'conversationRight', 'info', null],
		// Sick leave: the follow-up timeline from the first sick day.
		[
			'expected return told',
			facts('sygedagpenge', { sickLeave: sick({ expectedReturn: '2027-01-04' }) }),
			'sickExpectedReturn',
			'met',
			'2027-01-04'
		],
		[
			'expected return not told',
			facts('sygedagpenge', { sickLeave: sick({}) }),
			'sickExpectedReturn',
			'due',
			null
		],
		['sick leave not known', facts('sygedagpenge'), 'sickExpectedReturn', 'info', null],
		[
			'follow-up by end of week 8, ahead',
			facts('sygedagpenge', { sickLeave: sick({ firstSickDay: '2026-11-01' }) }),
			'sickFollowUp',
			'due',
			'2026-12-26'
		],
		[
			'follow-up passed, none held',
			facts('sygedagpenge', { sickLeave: sick({ firstSickDay: '2026-10-01' }) }),
			'sickFollowUp',
			'late',
			'2026-11-25'
		],
		[
			'follow-up held',
			facts('sygedagpenge', {
				sickLeave: sick({ firstSickDay: '2026-10-01' }),
				meetings: { next: null, held: 1 }
			}),
			'sickFollowUp',
			'met',
			'2026-11-25'
		],
		[
			'reassessment in week 22',
			facts('sygedagpenge', { sickLeave: sick({ firstSickDay: '2026-10-01' }) }),
			'sickReassessment',
			'info',
			'2027-03-03'
		],
		[
			'first sick day not known',
			facts('sygedagpenge', { sickLeave: sick({}) }),
			'sickFollowUp',
			'info',
			null
		]
	])('%s', (_, f, id, state, dueOn) => {
		expect(item(f, id)).toEqual({ state, dueOn });
	});
});

describe('citizenOverview', () => {
	const anna = facts('dagpenge', {
		signedUpOn: '2026-12-01',
		// 30 Nov is last week and last month; 1 Dec this month; 7 and 9 Dec this week.
		applications: apps('2026-11-30', '2026-12-01', '2026-12-07', '2026-12-09'),
		cv: { percent: 50, missing: ['cv.parts.experience'] },
		meetings: { next: { startsAt: '2026-12-10T09:00:00.000Z', date: '2026-12-10' }, held: 1 },
		conversationRequest: { requestedOn: '2026-12-07', deadline: '2026-12-17' }
	});

	it('counts this week’s and this month’s applications and passes on CV and meetings', () => {
		expect(citizenOverview(anna, TODAY).done).toEqual({
			applicationsThisWeek: 2,
			applicationsThisMonth: 3,
			cv: { percent: 50, missing: ['cv.parts.experience'] },
			meetingsHeld: 1
		});
	});

	it('lists what is coming by date, each with where she acts on it', () => {
		expect(
			citizenOverview(anna, TODAY).soon.map(({ key, date, section, late }) => [
				key,
				date,
				section,
				late
			])
		).toEqual([
			['meetings', '2026-12-10', 'samtaler', false],
			['cvOnJobnet', '2026-12-15', 'cv', false],
			['conversationRight', '2026-12-17', 'samtaler', false]
		]);
	});

	it('puts a week without applications and sick-leave dates in the list', () => {
		const sofie = facts('sygedagpenge', {
			sickLeave: sick({
				firstSickDay: '2026-11-01',
				expectedReturn: '2027-01-04',
				next: { date: '2026-12-11', textKey: 'duties.sickSteps.questionnaire' }
			})
		});
		expect(citizenOverview(sofie, TODAY).soon.map((s) => [s.key, s.date])).toEqual([
			['sickLeaveNext', '2026-12-11'],
			['sickFollowUp', '2026-12-26'],
			['expectedReturn', '2027-01-04']
		]);
		const idle = facts('kontanthjaelpJobparat', { signedUpOn: '2026-10-01' });
		expect(citizenOverview(idle, TODAY).soon).toMatchObject([
			{ key: 'weeklyApplication', date: '2026-12-06', late: true }
		]);
	});

	it('says nothing is known rather than zero where a feature gives no data', () => {
		const done = citizenOverview(emptyFacts('unknown'), TODAY).done;
		expect(done.cv).toBeNull();
		expect(done.meetingsHeld).toBeNull();
	});
});
