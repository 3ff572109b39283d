import type { FigureKey, RateTable } from './rates';
import type { DagpengeMembership, DagpengeOwnRate, RatePeriod } from './types';
import { MONTHS_PER_YEAR, roundKr, WEEKS_PER_YEAR } from './units';

/**
 * Supplerende dagpenge while working part time.
 *
 * A full-time member is paid for up to 160.33 hours a month; every hour worked is deducted hour
 * for hour at the member's hourly rate (monthly rate / 160.33). In a month with more than 145.53
 * hours worked nothing is paid (at least 14.8 hours must remain). Part-time members: 130 hours,
 * cut-off 118. Her own rate when she gives it (many get less than the highest rate), else the
 * highest rate of the rate file.
 *
 * The hour deduction does not depend on the wage: with an hourly wage below the hourly dagpenge
 * rate, working more lowers income; and crossing the cut-off drops the remaining dagpenge at once.
 */

export interface DagpengeRules {
	membership: DagpengeMembership;
	/** Her monthly rate, unrounded (a weekly rate × 52 / 12). */
	fullRateKr: number;
	/** Her own rate as she gave it; undefined when the highest rate is assumed. */
	ownRate: DagpengeOwnRate | undefined;
	hoursNorm: number;
	cutoffHours: number;
	hourlyRateKr: number;
	figuresUsed: FigureKey[];
}

function figureKeys(membership: DagpengeMembership): [FigureKey, FigureKey, FigureKey] {
	return membership === 'fulltime'
		? ['dagpengeHighestRateFulltime', 'dagpengeHoursNormFulltime', 'dagpengeCutoffHoursFulltime']
		: ['dagpengeHighestRateParttime', 'dagpengeHoursNormParttime', 'dagpengeCutoffHoursParttime'];
}

/** A rate per week or per month as a monthly amount (unrounded): weeks × 52 / 12, as in units.ts. */
export function monthlyRateKr(rate: DagpengeOwnRate): number {
	return rate.per === 'month' ? rate.amountKr : (rate.amountKr * WEEKS_PER_YEAR) / MONTHS_PER_YEAR;
}

/**
 * The highest dagpenge rate in the unit the citizen uses, whole kroner. The weekly figure is
 * rounded down, so the highest weekly amount we accept is never above the monthly maximum.
 */
export function highestDagpengeRateKr(
	membership: DagpengeMembership,
	per: RatePeriod,
	rates: RateTable
): number {
	const monthly = rates.figures[figureKeys(membership)[0]].value;
	return per === 'month'
		? monthly
		: Math.floor((monthly * MONTHS_PER_YEAR) / WEEKS_PER_YEAR + 1e-6);
}

export function dagpengeRulesFor(
	membership: DagpengeMembership,
	rates: RateTable,
	ownRate?: DagpengeOwnRate
): DagpengeRules {
	const f = rates.figures;
	const keys = figureKeys(membership);
	const [rateKey, normKey, cutoffKey] = keys;
	const fullRateKr = ownRate ? monthlyRateKr(ownRate) : f[rateKey].value;
	const hoursNorm = f[normKey].value;
	return {
		membership,
		fullRateKr,
		ownRate,
		hoursNorm,
		cutoffHours: f[cutoffKey].value,
		hourlyRateKr: fullRateKr / hoursNorm,
		// With her own rate the highest rate only bounds what she may enter: the result rests on it no more.
		figuresUsed: ownRate ? [normKey, cutoffKey] : [...keys]
	};
}

export interface DagpengeOutcome {
	fullRateKr: number;
	/** Hours of dagpenge paid this month (0 above the cut-off). */
	paidHours: number;
	/** Full rate − paid, whole kroner. */
	hoursDeductionKr: number;
	paidKr: number;
	cutOff: boolean;
}

/** @param monthlyHoursWorked exact (unrounded) hours worked in the month */
export function supplerendeDagpenge(
	rules: DagpengeRules,
	monthlyHoursWorked: number
): DagpengeOutcome {
	const fullRateKr = roundKr(rules.fullRateKr);
	const cutOff = monthlyHoursWorked > rules.cutoffHours;
	const paidHours = cutOff ? 0 : Math.max(0, rules.hoursNorm - monthlyHoursWorked);
	const paidKr = Math.min(fullRateKr, roundKr((rules.fullRateKr * paidHours) / rules.hoursNorm));
	return { fullRateKr, paidHours, hoursDeductionKr: fullRateKr - paidKr, paidKr, cutOff };
}
