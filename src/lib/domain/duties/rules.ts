import type { CitizenSection } from '../min-side';
import type { CitizenFacts, Situation } from './facts';

/**
 * The jobcentre's rules as data, one entry per rule: who it applies to, where she acts on it, what
 * of her data gives it a state, and where it is written. The wording is in the locale files
 * (`duties.rules.<id>.text` and `.more`), kept short and plain (LIX ≤ 35, tested).
 *
 * Sources: `checkedOn` is the day the text was compared with the source. Pages checked on
 * 2026-12-05 were read from stored copies, not live; `checkedOn: null` means no source was found
 * that states the rule as we show it (the note says what it rests on). Check them again when the
 * law changes (as the calculator's rate files are checked each January).
 */

export const RULE_IDS = [
	'weeklyApplication',
	'cvOnJobnet',
	'readyForWork',
	'meetings',
	'activityHelp',
	'sickNoJobSearch',
	'sickExpectedReturn',
	'sickFollowUp',
	'sickReassessment',
	'conversationRight',
	'profileUnknown'
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/**
 * duty: hers to do; right: the jobcentre owes it to her (a late one is the jobcentre's);
 * info: good to know, nothing to do.
 */
export type RuleKind = 'duty' | 'right' | 'info';

export interface RuleSource {
	url: string;
	publisher: string;
	checkedOn: string | null;
	note?: string;
}

export interface DutyRule {
	id: RuleId;
	kind: RuleKind;
	situations: readonly Situation[];
	/** Where she acts on it (its link is shown only once that section is built). */
	section: CitizenSection;
	/** The facts that give the rule a state; with none of them known it is shown as text only. */
	needs: readonly (keyof CitizenFacts)[];
	sources: readonly RuleSource[];
}

const JOB_SEEKERS = ['dagpenge', 'kontanthjaelpJobparat'] as const satisfies Situation[];
const KNOWN = [
	'dagpenge',
	'kontanthjaelpJobparat',
	'kontanthjaelpAktivitetsparat',
	'sygedagpenge'
] as const satisfies Situation[];

const CHECKED = '2026-12-05';
const krifa: RuleSource = {
	url: 'https://krifa.dk/fs/dagpenge/krav',
	publisher: 'Krifa a-kasse',
	checkedOn: CHECKED
};
const kkJobparat: RuleSource = {
	url: 'https://www.kk.dk/indhold/under-30-aar-jobparat-eller-aktivitetsparat',
	publisher: 'Københavns Kommune',
	checkedOn: CHECKED
};
const starSick: RuleSource = {
	url: 'https://star.dk/da/indsatser-og-ordninger/indsatser-ved-sygdom-nedslidning-mv/sygedagpengeopfoelgning/',
	publisher: 'Styrelsen for Arbejdsmarked og Rekruttering',
	checkedOn: CHECKED
};

export const DUTY_RULES: readonly DutyRule[] = [
	{
		id: 'weeklyApplication',
		kind: 'duty',
		situations: JOB_SEEKERS,
		section: 'joblog',
		needs: ['applications'],
		sources: [krifa, kkJobparat]
	},
	{
		id: 'cvOnJobnet',
		kind: 'duty',
		situations: ['dagpenge'],
		section: 'cv',
		needs: ['cv', 'signedUpOn'],
		sources: [
			krifa,
			{
				url: 'https://www.fa-k.dk/my-situation-content/samtaler-jobcenter-og-kassen/jeg-er-ledig',
				publisher: 'Fagforeningernes A-kasse',
				checkedOn: CHECKED,
				note: 'CV- og vejledningssamtale inden for de første 14 dage.'
			}
		]
	},
	{
		id: 'readyForWork',
		kind: 'info',
		situations: JOB_SEEKERS,
		section: 'job',
		needs: [],
		sources: [krifa]
	},
	{
		id: 'meetings',
		kind: 'duty',
		situations: KNOWN,
		section: 'samtaler',
		needs: ['meetings'],
		sources: [
			krifa,
			{
				url: 'https://ikast-brande.dk/borger/jobcenter/sygdom/oftest-stillede-spoergsmaal',
				publisher: 'Ikast-Brande Kommune',
				checkedOn: CHECKED
			}
		]
	},
	{
		id: 'activityHelp',
		kind: 'info',
		situations: ['kontanthjaelpAktivitetsparat'],
		section: 'samtaler',
		needs: [],
		sources: [kkJobparat]
	},
	{
		id: 'sickNoJobSearch',
		kind: 'info',
		situations: ['sygedagpenge'],
		section: 'sygemeldt',
		needs: [],
		sources: [starSick]
	},
	{
		id: 'sickExpectedReturn',
		kind: 'duty',
		situations: ['sygedagpenge'],
		section: 'sygemeldt',
		needs: ['sickLeave'],
		sources: [
			{
				url: 'https://ikast-brande.dk/borger/jobcenter/sygdom/oftest-stillede-spoergsmaal',
				publisher: 'Ikast-Brande Kommune',
				checkedOn: CHECKED,
				note: 'Oplysningspligt: fortæl om ændringer i dit helbred og dit arbejde.'
			}
		]
	},
	{
		id: 'sickFollowUp',
		kind: 'right',
		situations: ['sygedagpenge'],
		section: 'samtaler',
		needs: ['sickLeave'],
		sources: [
			starSick,
			{
				url: 'https://www.rk.dk/jobcenter/borger/ydelser/sygedagpenge',
				publisher: 'Ringkøbing-Skjern Kommune',
				checkedOn: CHECKED
			}
		]
	},
	{
		id: 'sickReassessment',
		kind: 'info',
		situations: ['sygedagpenge'],
		section: 'sygemeldt',
		needs: ['sickLeave'],
		sources: [starSick]
	},
	{
		id: 'conversationRight',
		kind: 'right',
		situations: [...KNOWN, 'unknown'],
		section: 'samtaler',
		needs: ['conversationRequest'],
		sources: [
			{
				url: 'https://www.star.dk/da/indsatser-og-ordninger/kontaktforloeb/kontaktforloeb/spoergsmaal-og-svar-om-kontaktforloebet/',
				publisher: 'Styrelsen for Arbejdsmarked og Rekruttering',
				checkedOn: null,
				note: 'The 10 days (2 weeks on sick leave) are this jobcentre’s promise (API: conversation-requests); the page describes the contact course, not this deadline.'
			}
		]
	},
	{
		id: 'profileUnknown',
		kind: 'info',
		situations: ['unknown'],
		section: 'profil',
		needs: [],
		sources: []
	}
];

/** The rules that apply in a situation, in the order above. */
export function rulesFor(situation: Situation): DutyRule[] {
	return DUTY_RULES.filter((rule) => rule.situations.includes(situation));
}
