import type { FigureKey, RateTable } from './rates';
import type { BreakdownLineKey, Household, KontanthjaelpRate } from './types';
import { percentToFraction, roundKr } from './units';

/**
 * Kontanthjælp after the reform in force 1 July 2025 (lov om aktiv socialpolitik as amended by
 * lov nr. 1655 of 30.12.2024).
 *
 * Offsetting of earnings, per month:
 * 1. Earnings up to the fribeløb are not offset (5,000 kr on mindstesats/grundsats, 2,500 kr on
 *    forhøjet sats, none on hjemmeboende sats).
 * 2. 65 % of earnings above the fribeløb is deducted from the benefit.
 * 3. Once benefit + earnings reach the ceiling (85 % of the highest dagpenge rate; 100 % on
 *    forhøjet sats), further earnings are deducted krone for krone.
 * "Earnings" are counted after AM-bidrag: the municipality deducts the wage the citizen is left
 * with after the 8 % contribution, as it did under the former hourly-disregard rules.
 *
 * Married couples (mutual maintenance duty): the spouse has a fribeløb of their own, and 65 % of
 * the spouse's wage after AM-bidrag above it reduces the benefit. We give the spouse the same
 * fribeløb as the citizen's rate and apply the krone-for-krone ceiling to the citizen's own
 * benefit + earnings only: simple, and it never overstates the spouse's effect. Cohabitants'
 * income does not count.
 */

export const KONTANTHJAELP_RATE_FIGURE: Record<KontanthjaelpRate, FigureKey> = {
	mindstesats: 'kontanthjaelpRateMindstesats',
	grundsats: 'kontanthjaelpRateGrundsats',
	forhoejet: 'kontanthjaelpRateForhoejet',
	hjemmeboende: 'kontanthjaelpRateHjemmeboende'
};
const FRIBELOEB_FIGURE: Record<KontanthjaelpRate, FigureKey> = {
	mindstesats: 'kontanthjaelpFribeloebMindstesats',
	grundsats: 'kontanthjaelpFribeloebGrundsats',
	forhoejet: 'kontanthjaelpFribeloebForhoejet',
	hjemmeboende: 'kontanthjaelpFribeloebHjemmeboende'
};
const CEILING_FIGURE: Record<KontanthjaelpRate, FigureKey> = {
	mindstesats: 'kontanthjaelpCeilingMindstesats',
	grundsats: 'kontanthjaelpCeilingGrundsats',
	forhoejet: 'kontanthjaelpCeilingForhoejet',
	hjemmeboende: 'kontanthjaelpCeilingHjemmeboende'
};

export interface AppliedSupplement {
	lineKey: BreakdownLineKey;
	figure: FigureKey;
	amountKr: number;
}

export interface KontanthjaelpRules {
	rate: KontanthjaelpRate;
	baseKr: number;
	supplements: AppliedSupplement[];
	/** Base rate + supplements: the benefit before any offsetting. */
	fullBenefitKr: number;
	fribeloebKr: number;
	offsetRate: number;
	ceilingPercent: number;
	highestDagpengeKr: number;
	ceilingKr: number;
	/** Every rate figure these rules read, for the unconfirmed-figures list. */
	figuresUsed: FigureKey[];
}

export interface KontanthjaelpPerson {
	rate: KontanthjaelpRate;
	aktivitetsparat: boolean;
	age: number;
	household: Household;
	children: number;
}

/**
 * Which supplements apply (Kalundborg Kommune's summary of the 2025 rules):
 * - børnetillæg: one per person with children to support, whatever the number, on every rate;
 * - enlig forsørger: single parents on mindstesats or grundsats;
 * - enlig ikke-forsørger: single without children on grundsats or forhøjet sats;
 * - særligt ungetillæg: aktivitetsparat, under 30, on grundsats; amount by age and children.
 * Not included: fritidstillæg (tax-free, and kept for 3 months after leaving kontanthjælp for a
 * job, like the other tax-free family benefits the calculator leaves out) and the midlertidigt
 * tilpasningstillæg (amount not found).
 */
function supplementsFor(person: KontanthjaelpPerson): [FigureKey, BreakdownLineKey][] {
	const hasChildren = person.children > 0;
	const single = person.household === 'single';
	const supplements: [FigureKey, BreakdownLineKey][] = [];
	if (hasChildren) {
		supplements.push([
			'kontanthjaelpSupplementBoernetillaeg',
			'calculator.line.supplementBoernetillaeg'
		]);
	}
	if (single && hasChildren && (person.rate === 'mindstesats' || person.rate === 'grundsats')) {
		supplements.push([
			'kontanthjaelpSupplementEnligForsoerger',
			'calculator.line.supplementEnligForsoerger'
		]);
	}
	if (single && !hasChildren && (person.rate === 'grundsats' || person.rate === 'forhoejet')) {
		supplements.push([
			'kontanthjaelpSupplementEnligIkkeForsoerger',
			'calculator.line.supplementEnligIkkeForsoerger'
		]);
	}
	if (person.rate === 'grundsats' && person.aktivitetsparat && person.age < 30) {
		const figure: FigureKey = hasChildren
			? 'kontanthjaelpSupplementUngetillaegForsoerger'
			: person.age < 25
				? 'kontanthjaelpSupplementUngetillaeg18to24'
				: 'kontanthjaelpSupplementUngetillaeg25to29';
		supplements.push([figure, 'calculator.line.supplementUngetillaeg']);
	}
	return supplements;
}

export function kontanthjaelpRulesFor(
	person: KontanthjaelpPerson,
	rates: RateTable
): KontanthjaelpRules {
	const f = rates.figures;
	const baseFigure = KONTANTHJAELP_RATE_FIGURE[person.rate];
	const supplements = supplementsFor(person).map(([figure, lineKey]) => ({
		figure,
		lineKey,
		amountKr: roundKr(f[figure].value)
	}));
	const baseKr = roundKr(f[baseFigure].value);
	const ceilingPercent = f[CEILING_FIGURE[person.rate]].value;
	const highestDagpengeKr = f.dagpengeHighestRateFulltime.value;
	return {
		rate: person.rate,
		baseKr,
		supplements,
		fullBenefitKr: baseKr + supplements.reduce((sum, s) => sum + s.amountKr, 0),
		fribeloebKr: f[FRIBELOEB_FIGURE[person.rate]].value,
		offsetRate: percentToFraction(f.kontanthjaelpOffsetRate.value),
		ceilingPercent,
		highestDagpengeKr,
		ceilingKr: percentToFraction(ceilingPercent) * highestDagpengeKr,
		figuresUsed: [
			baseFigure,
			...supplements.map((s) => s.figure),
			FRIBELOEB_FIGURE[person.rate],
			'kontanthjaelpOffsetRate',
			CEILING_FIGURE[person.rate],
			'dagpengeHighestRateFulltime'
		]
	};
}

/** Monthly amounts in whole kroner; `afterOffsetKr` = full − own − spouse − krone-for-krone. */
export interface KontanthjaelpOutcome {
	fullBenefitKr: number;
	ownEarningsOffsetKr: number;
	spouseIncomeOffsetKr: number;
	kroneForKroneOffsetKr: number;
	afterOffsetKr: number;
}

/**
 * @param ownCountedEarningsKr the citizen's wage after AM-bidrag, whole kroner
 * @param spouseCountedIncomeKr a married spouse's wage after AM-bidrag (0 when not married)
 *
 * Each deduction is rounded to whole kroner and the benefit is what is left, so the explanation
 * lines (full benefit − each deduction = benefit paid) add up exactly.
 */
export function offsetKontanthjaelp(
	rules: KontanthjaelpRules,
	ownCountedEarningsKr: number,
	spouseCountedIncomeKr: number
): KontanthjaelpOutcome {
	const full = rules.fullBenefitKr;
	const ownOffset = rules.offsetRate * Math.max(0, ownCountedEarningsKr - rules.fribeloebKr);
	const ownEarningsOffsetKr = roundKr(Math.min(full, ownOffset));
	const spouseOffset = rules.offsetRate * Math.max(0, spouseCountedIncomeKr - rules.fribeloebKr);
	const spouseIncomeOffsetKr = roundKr(Math.min(full - ownEarningsOffsetKr, spouseOffset));
	const afterSixtyFivePercentKr = full - ownEarningsOffsetKr - spouseIncomeOffsetKr;

	// The ceiling caps benefit + own earnings. Should a data file ever put the full benefit above
	// the ceiling, the cap starts at the benefit itself, so earning the first krone never costs
	// more than that krone.
	const ceilingKr = Math.max(rules.ceilingKr, full - spouseIncomeOffsetKr);
	const kroneForKroneOffsetKr =
		afterSixtyFivePercentKr > 0 && afterSixtyFivePercentKr + ownCountedEarningsKr > ceilingKr
			? roundKr(afterSixtyFivePercentKr - Math.max(0, ceilingKr - ownCountedEarningsKr))
			: 0;

	return {
		fullBenefitKr: full,
		ownEarningsOffsetKr,
		spouseIncomeOffsetKr,
		kroneForKroneOffsetKr,
		afterOffsetKr: afterSixtyFivePercentKr - kroneForKroneOffsetKr
	};
}
