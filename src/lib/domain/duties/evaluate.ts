import { isoWeekOf } from '../joblog-weeks';
import { addDays } from '../local-time';
import type { CitizenFacts, LocalDate } from './facts';
import { rulesFor, type DutyRule, type RuleId } from './rules';

/**
 * met: done (or nothing to do now); due: to do, by `dueOn` when known; late: the date has
 * passed (for a right, the jobcentre is late); info: nothing to measure.
 */
export type ItemState = 'met' | 'due' | 'late' | 'info';

export interface DutyItem {
	rule: DutyRule;
	state: ItemState;
	dueOn: LocalDate | null;
	/** Values for the state's text, e.g. this week's count or the CV's percent. */
	params: Readonly<Record<string, string | number>>;
}

/** Days from the first sick day to the end of the 8th week of absence (day 1 is the first). */
export const SICK_FOLLOW_UP_DAYS = 8 * 7 - 1;
/** Sygedagpenge are reassessed in the 22nd week. */
export const SICK_REASSESSMENT_DAYS = 22 * 7 - 1;
/** A CV on Jobnet within 2 weeks of signing up. */
export const CV_DEADLINE_DAYS = 14;

type Evaluation = Omit<DutyItem, 'rule'>;
const info = (dueOn: LocalDate | null = null, params = {}): Evaluation => ({
	state: 'info',
	dueOn,
	params
});

function countBetween(facts: CitizenFacts, from: LocalDate, to: LocalDate): number {
	return facts.applications.filter((a) => a.appliedOn >= from && a.appliedOn <= to).length;
}

/** At least one application a week (Monday–Sunday), written in the joblog. */
function weeklyApplication(facts: CitizenFacts, today: LocalDate): Evaluation {
	const week = isoWeekOf(today);
	const count = countBetween(facts, week.start, week.end);
	if (count > 0) return { state: 'met', dueOn: week.end, params: { count } };
	const last = isoWeekOf(addDays(week.start, -7));
	// Last week counts only if she was signed up then; unknown signing up: her earlier entries say so.
	const signedUpThen =
		facts.signedUpOn !== null
			? facts.signedUpOn <= last.start
			: facts.applications.some((a) => a.appliedOn < last.start);
	if (signedUpThen && countBetween(facts, last.start, last.end) === 0) {
		return { state: 'late', dueOn: last.end, params: { count } };
	}
	return { state: 'due', dueOn: week.end, params: { count } };
}

function cvOnJobnet(facts: CitizenFacts, today: LocalDate): Evaluation {
	const dueOn = facts.signedUpOn === null ? null : addDays(facts.signedUpOn, CV_DEADLINE_DAYS);
	if (facts.cv === null) return info(dueOn);
	const params = { percent: facts.cv.percent };
	if (facts.cv.percent >= 100) return { state: 'met', dueOn, params };
	return { state: dueOn !== null && today > dueOn ? 'late' : 'due', dueOn, params };
}

function meetings(facts: CitizenFacts): Evaluation {
	if (facts.meetings === null) return info();
	const next = facts.meetings.next;
	if (next === null) return { state: 'met', dueOn: null, params: {} };
	return { state: 'due', dueOn: next.date, params: { startsAt: next.startsAt } };
}

function conversationRight(facts: CitizenFacts, today: LocalDate): Evaluation {
	const request = facts.conversationRequest;
	if (request === null) return info();
	return {
		state: today > request.deadline ? 'late' : 'due',
		dueOn: request.deadline,
		params: {}
	};
}

function sickExpectedReturn(facts: CitizenFacts): Evaluation {
	if (facts.sickLeave === null) return info();
	const expected = facts.sickLeave.expectedReturn;
	return expected === null
		? { state: 'due', dueOn: null, params: {} }
		: { state: 'met', dueOn: expected, params: {} };
}

function sickFollowUp(facts: CitizenFacts, today: LocalDate): Evaluation {
	const first = facts.sickLeave?.firstSickDay ?? null;
	if (first === null) return info();
	const dueOn = addDays(first, SICK_FOLLOW_UP_DAYS);
	// A meeting held since the first sick day is the follow-up conversation.
	if ((facts.meetings?.held ?? 0) > 0) return { state: 'met', dueOn, params: {} };
	return { state: today > dueOn ? 'late' : 'due', dueOn, params: {} };
}

function sickReassessment(facts: CitizenFacts): Evaluation {
	const first = facts.sickLeave?.firstSickDay ?? null;
	return info(first === null ? null : addDays(first, SICK_REASSESSMENT_DAYS));
}

const EVALUATORS: Record<RuleId, (facts: CitizenFacts, today: LocalDate) => Evaluation> = {
	weeklyApplication,
	cvOnJobnet,
	readyForWork: () => info(),
	meetings,
	activityHelp: () => info(),
	sickNoJobSearch: () => info(),
	sickExpectedReturn,
	sickFollowUp,
	sickReassessment,
	conversationRight,
	profileUnknown: () => info()
};

/** Each rule of her situation with its state and date on `today` (a local date). */
export function dutyItems(facts: CitizenFacts, today: LocalDate): DutyItem[] {
	return rulesFor(facts.situation).map((rule) => ({
		rule,
		...EVALUATORS[rule.id](facts, today)
	}));
}

/**
 * The i18n key of an item's state text (`duties.rules.<id>.state.<state>`), `…NoDate` when the
 * date is not known; null for an undated info item, which has only its rule's text.
 */
export function stateTextKey(item: DutyItem): string | null {
	if (item.state === 'info' && item.dueOn === null) return null;
	const noDate = item.dueOn === null && item.state !== 'met' ? 'NoDate' : '';
	return `duties.rules.${item.rule.id}.state.${item.state}${noDate}`;
}
