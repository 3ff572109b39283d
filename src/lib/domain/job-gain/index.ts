import { calculateGain, latestRatesYear, ratesFor, validateCalculatorInput } from '../calculator';
import type { CalculatorInput, KontanthjaelpRate, RateTable } from '../calculator';
import { calculatorHref } from '../calculator/link';
import { situationOf } from '../duties/facts';
import type { JobAd } from '../jobs';
import { ageOn } from '../local-time';
import { canComputeGain, type GainProfile } from './situation';
import typicalWages from './typical-wages.json';

/**
 * "Med dette job får du ca. 4.000 kr. mere om måneden": the gain calculator's answer for one job
 * ad and her profile. The same `calculateGain` that `/beregner` runs, on the phone, offline too;
 * this module is loaded only for a signed-in citizen whose profile allows it (dynamic import).
 */

export { canComputeGain, roughKr, type GainProfile } from './situation';

/** What the profile does not tell and the calculation assumes; shown with the gain. */
export interface GainAssumptions {
	/** Kontanthjælp: the rate read from her age (the profile does not hold the rate). */
	rate?: KontanthjaelpRate;
	/** Married on kontanthjælp: the spouse's wage, not known, counted as none. */
	spouseIncomeUnknown: boolean;
	/** Dagpenge: full-time insurance and the highest rate, unless her own is known. */
	dagpengeHighestRate: boolean;
}

export interface JobGain {
	/** Disposable income per month with the job minus without it, whole kroner. */
	gainPerMonthKr: number;
	/** The ad's hourly wage, or the typical one for its occupation group when the ad has none. */
	hourlyWageKr: number;
	wageSource: 'ad' | 'typical';
	weeklyHours: number;
	/** `/beregner` filled in with this very calculation. */
	href: string;
	assumptions: GainAssumptions;
}

const TYPICAL: Readonly<Record<string, number>> = typicalWages.hourlyWageKr;

/** The typical hourly wage for an occupation (DISCO-08 code), by its major group. */
export function typicalHourlyWageKr(occupationCode: string): number | undefined {
	return TYPICAL[occupationCode.trim().slice(0, 1)];
}

/**
 * Kontanthjælp rate from age: from 30 the forhøjet sats, under 30 the grundsats (the profile does
 * not say whether she lives with her parents, which would mean the hjemmeboende sats).
 */
function rateFor(age: number): KontanthjaelpRate {
	return age >= 30 ? 'forhoejet' : 'grundsats';
}

/** The calculator's input for this ad and her profile; null when the gain cannot be computed. */
export function jobGainInput(
	profile: GainProfile,
	ad: Pick<JobAd, 'weeklyHours' | 'hourlyWageKr' | 'occupation'>,
	today: string
): {
	input: CalculatorInput;
	wageSource: JobGain['wageSource'];
	assumptions: GainAssumptions;
} | null {
	if (!canComputeGain(profile) || !profile.birthDate || !profile.household) return null;
	const hourlyWageKr = ad.hourlyWageKr ?? typicalHourlyWageKr(ad.occupation.code);
	if (hourlyWageKr === undefined || ad.weeklyHours <= 0) return null;
	const age = ageOn(profile.birthDate, today);
	const { status: household, children } = profile.household;
	const kontanthjaelp = profile.benefitType === 'kontanthjaelp';
	const rate = rateFor(age);
	const spouseIncomeUnknown = kontanthjaelp && household === 'married';
	const code = profile.municipality?.code;
	// Checked as the calculator page checks its form: an ad's odd hours give no gain, not a wrong one.
	const checked = validateCalculatorInput({
		benefit: kontanthjaelp
			? {
					kind: 'kontanthjaelp',
					rate,
					aktivitetsparat: situationOf(profile) === 'kontanthjaelpAktivitetsparat'
				}
			: { kind: 'dagpenge', membership: 'fulltime' },
		age,
		household,
		children,
		...(spouseIncomeUnknown ? { spouseMonthlyIncomeKr: 0 } : {}),
		...(code !== undefined && /^\d{3}$/.test(code) ? { municipalityCode: code } : {}),
		// The calculator's own default: most people pay church tax.
		churchMember: true,
		job: { weeklyHours: ad.weeklyHours, hourlyWageKr }
	});
	if (!checked.ok) return null;
	return {
		input: checked.value,
		wageSource: ad.hourlyWageKr === null ? 'typical' : 'ad',
		assumptions: {
			...(kontanthjaelp ? { rate } : {}),
			spouseIncomeUnknown,
			dagpengeHighestRate: !kontanthjaelp
		}
	};
}

/** The gain of taking this job, for her; null when her profile or the ad does not allow it. */
export function jobGain(
	profile: GainProfile,
	ad: Pick<JobAd, 'weeklyHours' | 'hourlyWageKr' | 'occupation'>,
	today: string,
	rates: RateTable = ratesFor(latestRatesYear)
): JobGain | null {
	const prepared = jobGainInput(profile, ad, today);
	if (!prepared) return null;
	const { input, wageSource, assumptions } = prepared;
	return {
		gainPerMonthKr: calculateGain(input, rates).gainPerMonthKr,
		hourlyWageKr: input.job.hourlyWageKr ?? 0,
		wageSource,
		weeklyHours: input.job.weeklyHours,
		href: calculatorHref(input),
		assumptions
	};
}
