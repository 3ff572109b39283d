/**
 * The follow-up rules for sick-listed employees that the deadline engine computes, each with its source
 * and how sure we are, like the calculator's rates (shared/facts/rates-dk.md, "Sygedagpenge", checked
 * December 2026). `confirmed`: an official page or the law says so; `secondary`: only a non-official
 * source was found, and the page says so beside the figure.
 */

export const RULES_CHECKED_ON = '2026-12-05';

export type RuleStatus = 'confirmed' | 'secondary';

export interface SickLeaveRule {
	/** What the rule says, in plain Danish (shown as it is on the page's sources list). */
	text: string;
	status: RuleStatus;
	source: string;
}

const star =
	'https://star.dk/da/indsatser-og-ordninger/indsatser-ved-sygdom-nedslidning-mv/sygedagpengeopfoelgning/';

export const sickLeaveRules = {
	employerConversation: {
		text: 'Arbejdsgiveren holder en sygefraværssamtale med dig inden for de første 4 uger.',
		status: 'confirmed',
		source: star
	},
	firstFollowUp: {
		text: 'Jobcentrets første opfølgningssamtale er inden udgangen af 8. uge fra første fraværsdag (skal holdes, når fraværet ventes at vare over 8 uger), derefter mindst hver 4. uge.',
		status: 'confirmed',
		source: star
	},
	fastTrack: {
		text: 'Fast track: I de første 5 uger kan du (eller din arbejdsgiver) bede om tidlig opfølgning, når fraværet ventes at vare over 8 uger. Samtalen holdes inden for 2 uger efter anmodningen. Du kan også sige nej.',
		status: 'confirmed',
		source: 'https://pav.medst.dk/'
	},
	reassessment: {
		text: 'Revurdering ved udgangen af den måned, hvor der er udbetalt sygedagpenge eller refusion i mere end 22 uger inden for 9 måneder. Arbejdsgiverperioden tæller ikke med.',
		status: 'confirmed',
		source: 'https://www.cabiweb.dk/'
	},
	partialReturn: {
		text: 'Ved delvis raskmelding skal du stadig være fraværende mindst 4 timer om ugen (behandling, ventetid og transport tæller med).',
		status: 'secondary',
		source: 'https://www.nyre.dk/'
	}
} as const satisfies Record<string, SickLeaveRule>;

export type SickLeaveRuleName = keyof typeof sickLeaveRules;

/** The numbers the engine uses; each belongs to the rule named beside it. */
export const RULE_NUMBERS = {
	/** employerConversation */
	employerConversationWeeks: 4,
	/** firstFollowUp: before the end of this week of absence */
	firstFollowUpWeek: 8,
	/** firstFollowUp: then at least every so many weeks */
	followUpEveryWeeks: 4,
	/** fastTrack: she may ask within this many weeks of the first day */
	fastTrackWindowWeeks: 5,
	/** fastTrack and firstFollowUp: "expected to last more than" this many weeks */
	longAbsenceWeeks: 8,
	/** fastTrack: the conversation within this many days of the request */
	fastTrackConversationDays: 14,
	/** reassessment: more than this many weeks paid … */
	reassessmentWeeks: 22,
	/** … within this many months */
	reassessmentWithinMonths: 9,
	/**
	 * reassessment: the employer period that does not count. For employees the employer pays the first
	 * 30 days (rates-dk.md); we assume payments (sygedagpenge or refusion) run from day 31 of absence
	 * unless the jobcentre's own date is known.
	 */
	employerPeriodDays: 30,
	/** partialReturn: at least this many hours' absence a week must remain */
	minAbsenceHoursPerWeek: 4
} as const;
