import type { Profile } from '../api/schemas';

/**
 * What the jobcentre's rules depend on: her benefit and, for kontanthjælp, whether she is judged
 * ready for a job (jobparat) or for activities first (aktivitetsparat). "unknown" when the profile
 * does not say: she then sees her rights only, never duties that may not be hers.
 */
export const SITUATIONS = [
	'dagpenge',
	'kontanthjaelpJobparat',
	'kontanthjaelpAktivitetsparat',
	'sygedagpenge',
	'unknown'
] as const;
export type Situation = (typeof SITUATIONS)[number];

/**
 * Her situation from the profile. The profile carries the target group only as the jobcentre's
 * text ("Jobparat kontanthjælpsmodtager"), so jobparat/aktivitetsparat is read from it.
 */
export function situationOf(
	profile: Pick<Profile, 'benefitType' | 'targetGroup'> | null | undefined
): Situation {
	switch (profile?.benefitType) {
		case 'dagpenge':
			return 'dagpenge';
		case 'sygedagpenge':
			return 'sygedagpenge';
		case 'kontanthjaelp': {
			const group = profile.targetGroup ?? '';
			if (/^\s*jobparat/i.test(group)) return 'kontanthjaelpJobparat';
			if (/^\s*aktivitetsparat/i.test(group)) return 'kontanthjaelpAktivitetsparat';
			return 'unknown';
		}
		default:
			return 'unknown';
	}
}

/** A local date, `YYYY-MM-DD` (Europe/Copenhagen). */
export type LocalDate = string;

/**
 * Everything the rules and Min side read about her, as plain data. Each feature fills in its part
 * (see `citizen-facts.ts` in the client); `null` means "not known here", which is not the same
 * as "none": a rule that needs an unknown fact shows its text without a state or a date.
 */
export interface CitizenFacts {
	situation: Situation;
	/** The day she signed up as unemployed at the jobcentre. */
	signedUpOn: LocalDate | null;
	/** Her joblog, as far as the rules need it. */
	applications: readonly { appliedOn: LocalDate }[];
	/** How complete her CV is: 0–100, and the i18n keys of the parts still missing. */
	cv: { percent: number; missing: readonly string[] } | null;
	/** Her meetings with the jobcentre: the next one ahead, and how many have been held. */
	meetings: {
		next: { startsAt: string; date: LocalDate } | null;
		held: number;
	} | null;
	/** An open request for a conversation, with the day the jobcentre must answer it by. */
	conversationRequest: { requestedOn: LocalDate; deadline: LocalDate } | null;
	/** Her sick leave: the first sick day, the return she expects, the next step of the follow-up. */
	sickLeave: {
		firstSickDay: LocalDate | null;
		expectedReturn: LocalDate | null;
		/** The next dated step of the sick-leave timeline, e.g. a follow-up questionnaire. */
		next: { date: LocalDate; textKey: string } | null;
	} | null;
}

/** Facts with nothing known but her situation: the starting point each feature adds to. */
export function emptyFacts(situation: Situation): CitizenFacts {
	return {
		situation,
		signedUpOn: null,
		applications: [],
		cv: null,
		meetings: null,
		conversationRequest: null,
		sickLeave: null
	};
}
