import type { FigureKey, RateTable } from './rates';
import type { DagpengeMembership } from './types';
import { roundKr } from './units';

/**
 * Supplerende dagpenge while working part time.
 *
 * A full-time member is paid for up to 160.33 hours a month; every hour worked is deducted hour
 * for hour at the member's hourly rate (monthly rate / 160.33). In a month with more than 145.53
 * hours worked nothing is paid (at least 14.8 hours must remain). Part-time members: 130 hours,
 * cut-off 118. We assume the highest rate, which most members get.
 *
 * The hour deduction does not depend on the wage: with an hourly wage below the hourly dagpenge
 * rate, working more lowers income; and crossing the cut-off drops the remaining dagpenge at once.
 */

export interface DagpengeRules {
	membership: DagpengeMembership;
	fullRateKr: number;
	hoursNorm: number;
	cutoffHours: number;
	hourlyRateKr: number;
	figuresUsed: FigureKey[];
}

export function dagpengeRulesFor(membership: DagpengeMembership, rates: RateTable): DagpengeRules {
	const f = rates.figures;
	const keys: [FigureKey, FigureKey, FigureKey] =
		membership === 'fulltime'
			? ['dagpengeHighestRateFulltime', 'dagpengeHoursNormFulltime', 'dagpengeCutoffHoursFulltime']
			: ['dagpengeHighestRateParttime', 'dagpengeHoursNormParttime', 'dagpengeCutoffHoursParttime'];
	const [rateKey, normKey, cutoffKey] = keys;
	const fullRateKr = f[rateKey].value;
	const hoursNorm = f[normKey].value;
	return {
		membership,
		fullRateKr,
		hoursNorm,
		cutoffHours: f[cutoffKey].value,
		hourlyRateKr: fullRateKr / hoursNorm,
		figuresUsed: [...keys]
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
