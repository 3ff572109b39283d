/**
 * The deadline engine: from her first day of absence (and when she expects to be back) the dates the
 * follow-up rules give (rules.ts). Pure and on local dates (`YYYY-MM-DD`, Danish calendar days):
 * arithmetic is on whole days through `addDays`, so no time zone or summer time can move a date.
 *
 * Counting: the first day of absence is day 1. "Within the first 4 weeks" is days 1–28, so the last
 * day is first day + 27; "before the end of week 8" is on or before day 56 (first day + 55).
 */
import { nextWorkingDay } from '../booking/holidays';
import { addDays } from '../local-time';
import { RULE_NUMBERS as N, type SickLeaveRuleName } from './rules';

export interface SickLeaveFacts {
	firstDay: string;
	/** The first day she expects to work again (fully or partly); null when she does not know. */
	expectedReturn: string | null;
	/** First day paid with sygedagpenge or refusion, when known; else after the employer period. */
	paymentsFrom?: string | null;
}

export type StepKind =
	| 'firstDay'
	| 'employerConversation'
	| 'fastTrackWindowEnds'
	| 'firstFollowUp'
	| 'followUp'
	| 'expectedReturn'
	| 'reassessment';

export interface TimelineStep {
	kind: StepKind;
	date: string;
	/** The rule the date comes from (none for her own dates). */
	rule: SickLeaveRuleName | null;
}

/** At most this many 4-weekly follow-ups are listed after the first (when no return is expected). */
const MAX_FOLLOW_UPS = 6;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	const utc = (date: string) =>
		Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));
	return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** The last day of the month `date` is in. */
export function endOfMonth(date: string): string {
	const year = +date.slice(0, 4);
	const month = +date.slice(5, 7);
	// Day 0 of the next month is the last of this one.
	return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** Whether the absence is expected to last more than 8 weeks; null when no return date is known. */
export function expectedLong(facts: SickLeaveFacts): boolean | null {
	if (!facts.expectedReturn) return null;
	return daysBetween(facts.firstDay, facts.expectedReturn) > N.longAbsenceWeeks * 7;
}

export const employerConversationBy = (firstDay: string) =>
	addDays(firstDay, N.employerConversationWeeks * 7 - 1);

export const firstFollowUpBy = (firstDay: string) => addDays(firstDay, N.firstFollowUpWeek * 7 - 1);

/** The last day she may ask for fast track (the first 5 weeks). */
export const fastTrackWindowEnds = (firstDay: string) =>
	addDays(firstDay, N.fastTrackWindowWeeks * 7 - 1);

/**
 * The conversation is held within 2 weeks of her request; a deadline on a weekend or holiday moves to
 * the next working day, the rule of the conversation request the fast track registers (booking), so
 * /sygemeldt and /samtaler show the same date.
 */
export const fastTrackDeadline = (requestedOn: string) =>
	nextWorkingDay(addDays(requestedOn, N.fastTrackConversationDays));

/**
 * Revurdering: the end of the month in which payments pass 22 weeks. Payments start after the employer
 * period (30 days, so day 31) unless `paymentsFrom` says otherwise; one unbroken leave, so the 22 weeks
 * fall inside the 9 months by themselves.
 */
export function reassessmentOn(facts: SickLeaveFacts): string {
	const paidFrom = facts.paymentsFrom ?? addDays(facts.firstDay, N.employerPeriodDays);
	// Paid days 1 … 154 are 22 weeks; the 155th is the first day of "more than 22 weeks".
	return endOfMonth(addDays(paidFrom, N.reassessmentWeeks * 7));
}

/** Whether she may ask for fast track on `today`: inside the window and a long absence expected. */
export function fastTrackOffered(facts: SickLeaveFacts, today: string): boolean {
	return (
		expectedLong(facts) === true &&
		today >= facts.firstDay &&
		today <= fastTrackWindowEnds(facts.firstDay)
	);
}

/**
 * Her timeline in date order. Follow-ups every 4 weeks run until she is expected back (or six of them
 * when she does not know); the re-assessment is listed only when she is not expected back before it.
 */
export function sickLeaveTimeline(facts: SickLeaveFacts): TimelineStep[] {
	const { firstDay, expectedReturn } = facts;
	const steps: TimelineStep[] = [
		{ kind: 'firstDay', date: firstDay, rule: null },
		{
			kind: 'employerConversation',
			date: employerConversationBy(firstDay),
			rule: 'employerConversation'
		}
	];
	if (expectedLong(facts) === true) {
		steps.push({
			kind: 'fastTrackWindowEnds',
			date: fastTrackWindowEnds(firstDay),
			rule: 'fastTrack'
		});
	}
	const first = firstFollowUpBy(firstDay);
	const before = (date: string) => expectedReturn === null || date < expectedReturn;
	if (before(first)) {
		steps.push({ kind: 'firstFollowUp', date: first, rule: 'firstFollowUp' });
		for (let n = 1; n <= MAX_FOLLOW_UPS; n++) {
			const date = addDays(first, n * N.followUpEveryWeeks * 7);
			if (!before(date)) break;
			steps.push({ kind: 'followUp', date, rule: 'firstFollowUp' });
		}
	}
	const reassessment = reassessmentOn(facts);
	if (before(reassessment))
		steps.push({ kind: 'reassessment', date: reassessment, rule: 'reassessment' });
	if (expectedReturn) steps.push({ kind: 'expectedReturn', date: expectedReturn, rule: null });
	// Stable sort: on the same date her own step (first day, return) keeps its place.
	return steps
		.filter((step) => step.date >= firstDay)
		.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The step to highlight: the first on or after today (null when all are past). */
export function nextStep(steps: readonly TimelineStep[], today: string): TimelineStep | null {
	return steps.find((step) => step.date >= today && step.kind !== 'firstDay') ?? null;
}
