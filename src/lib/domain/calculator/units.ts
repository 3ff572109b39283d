/**
 * Units and rounding shared by the calculator.
 *
 * Monthly figures use the average month: 52 weeks / 12 months = 4.333… weeks. This is the
 * conversion Danish payroll and a-kasser use (37 h/week × 52 / 12 = 160.33 h/month, the dagpenge
 * hour norm), so a wage quoted per hour and the dagpenge hour rules meet on the same month.
 */
export const WEEKS_PER_YEAR = 52;
export const MONTHS_PER_YEAR = 12;

/** Exact (unrounded) average monthly hours for a weekly schedule. */
export function monthlyHoursFromWeekly(weeklyHours: number): number {
	return (weeklyHours * WEEKS_PER_YEAR) / MONTHS_PER_YEAR;
}

/** Monthly hours as shown to the citizen ("37 t/uge = 160,33 t/md"): two decimals. */
export function displayHours(hours: number): number {
	return Math.round(hours * 100) / 100;
}

/**
 * Monthly gross wage in whole kroner. Multiplying before dividing keeps whole-krone cases exact
 * in binary floating point (37 × 150 × 52 / 12 = 24,050, not 24,049.999…).
 */
export function monthlyWageKr(weeklyHours: number, hourlyWageKr: number): number {
	return roundKr((weeklyHours * hourlyWageKr * WEEKS_PER_YEAR) / MONTHS_PER_YEAR);
}

/**
 * Rounds a non-negative amount to whole kroner, half up (50 øre and more rounds up), the ordinary
 * øreafrunding SKAT allows for AM-bidrag and A-skat on a payslip. The 1e-6 nudge absorbs binary
 * floating-point error so that an amount that is exactly x.50 on paper (but x.4999999 as a double)
 * rounds up as it does by hand; no real amount has a millionth of a krone.
 */
export function roundKr(amount: number): number {
	return Math.round(amount + 1e-6);
}

/** Rounds to øre (two decimals), for rates shown per hour. */
export function roundOere(amount: number): number {
	return Math.round(amount * 100 + 1e-6) / 100;
}

export function percentToFraction(percent: number): number {
	return percent / 100;
}
