import { isoWeekOf } from '../joblog-weeks';
import type { CitizenSection } from '../min-side';
import type { CitizenFacts, LocalDate, Situation } from './facts';
import { dutyItems, type DutyItem } from './evaluate';

/** "Det har du gjort": her own numbers; null where the feature's data is not known here. */
export interface DoneSummary {
	applicationsThisWeek: number;
	applicationsThisMonth: number;
	cv: CitizenFacts['cv'];
	meetingsHeld: number | null;
}

/** One dated thing ahead (or passed and still open), with where she acts on it. */
export interface SoonItem {
	/** i18n key of its text under `duties.soon.` */
	key: string;
	date: LocalDate;
	section: CitizenSection;
	late: boolean;
	params: Readonly<Record<string, string | number>>;
}

export interface CitizenOverview {
	situation: Situation;
	/** "Det gælder for dig". */
	rules: DutyItem[];
	done: DoneSummary;
	/** "Det sker snart", by date. */
	soon: SoonItem[];
}

function soonItems(facts: CitizenFacts, rules: readonly DutyItem[], today: LocalDate): SoonItem[] {
	const items: SoonItem[] = [];
	for (const item of rules) {
		// Rules with a date still open; met and info ones are not "coming up".
		if ((item.state === 'due' || item.state === 'late') && item.dueOn !== null) {
			items.push({
				key: item.rule.id,
				date: item.dueOn,
				section: item.rule.section,
				late: item.state === 'late',
				params: item.params
			});
		}
	}
	const sick = facts.sickLeave;
	if (sick?.next && sick.next.date >= today) {
		items.push({
			key: 'sickLeaveNext',
			date: sick.next.date,
			section: 'sygemeldt',
			late: false,
			params: { textKey: sick.next.textKey }
		});
	}
	if (sick?.expectedReturn && sick.expectedReturn >= today) {
		items.push({
			key: 'expectedReturn',
			date: sick.expectedReturn,
			section: 'sygemeldt',
			late: false,
			params: {}
		});
	}
	return items.sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
}

/**
 * What Min side shows, from her facts alone: pure, so the phone computes it offline from
 * IndexedDB and the caseworker console can show the very same overview of a citizen.
 */
export function citizenOverview(facts: CitizenFacts, today: LocalDate): CitizenOverview {
	const rules = dutyItems(facts, today);
	const week = isoWeekOf(today);
	const month = today.slice(0, 7);
	return {
		situation: facts.situation,
		rules,
		done: {
			applicationsThisWeek: facts.applications.filter(
				(a) => a.appliedOn >= week.start && a.appliedOn <= week.end
			).length,
			applicationsThisMonth: facts.applications.filter((a) => a.appliedOn.startsWith(month)).length,
			cv: facts.cv,
			meetingsHeld: facts.meetings?.held ?? null
		},
		soon: soonItems(facts, rules, today)
	};
}
