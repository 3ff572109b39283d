import type { RateTable } from './rates';
import { MONTHS_PER_YEAR, percentToFraction, roundKr } from './units';

/**
 * Danish personal income tax for one person, as a month of the year.
 *
 * Model (PSL/LL as of 2026, simplified to wage + taxable benefit, no capital income):
 * - AM-bidrag: 8 % of wage. Benefits carry none.
 * - Personal income = wage − AM-bidrag + benefit.
 * - Taxable income = personal income − beskæftigelsesfradrag − extra single-parent fradrag −
 *   jobfradrag. These are ligningsmæssige fradrag, so they only lower kommuneskat and kirkeskat:
 *   each is worth the kommune (+ kirke) rate. They are computed on the wage alone, because only
 *   income that carried AM-bidrag earns them.
 * - Kommuneskat and kirkeskat on taxable income, bundskat on personal income. Personfradrag is
 *   applied as its tax value at each of those three rates (rate × personfradrag), never below 0.
 * - Mellemskat, topskat and top-topskat on personal income above their thresholds.
 * Not modelled: skatteloft (it only caps the top brackets in high-tax municipalities), transfer
 * of unused personfradrag to a spouse, capital income, pension contributions and ATP.
 *
 * Thresholds and caps are yearly, so the month is scaled to a year (× 12), taxed, and divided
 * back by 12: a steady monthly income is taxed as it would be on the annual tax return.
 *
 * Rounding: every tax line is rounded to whole kroner, half up. SKAT lets payroll compute
 * AM-bidrag and A-skat with øre and round to whole kroner by ordinary øreafrunding (50 øre up),
 * see SKAT's guidance on øreafrunding (skat.dk, data.aspx?oid=141834). We round each tax separately rather than one A-skat
 * total so that the breakdown lines add up to the disposable income to the krone; the difference
 * from a single rounding is at most a few kroner a month.
 */

/** Tax parameters as fractions and kr/year, compiled once per rate table. */
export interface TaxParameters {
	amBidragRate: number;
	personfradragYearKr: number;
	bundskatRate: number;
	kommuneskatAverageRate: number;
	kirkeskatRate: number;
	mellemskatRate: number;
	mellemskatThresholdYearKr: number;
	topskatRate: number;
	topskatThresholdYearKr: number;
	topTopskatRate: number;
	topTopskatThresholdYearKr: number;
	beskaeftigelsesfradragRate: number;
	beskaeftigelsesfradragMaxYearKr: number;
	singleParentFradragRate: number;
	singleParentFradragMaxYearKr: number;
	jobfradragRate: number;
	jobfradragThresholdYearKr: number;
	jobfradragMaxYearKr: number;
}

const compiledTaxParameters = new WeakMap<RateTable, TaxParameters>();

export function taxParametersFor(rates: RateTable): TaxParameters {
	const cached = compiledTaxParameters.get(rates);
	if (cached) return cached;
	const f = rates.figures;
	const parameters: TaxParameters = {
		amBidragRate: percentToFraction(f.amBidragRate.value),
		personfradragYearKr: f.personfradrag.value,
		bundskatRate: percentToFraction(f.bundskatRate.value),
		kommuneskatAverageRate: percentToFraction(f.kommuneskatAverageRate.value),
		kirkeskatRate: percentToFraction(f.kirkeskatAverageRate.value),
		mellemskatRate: percentToFraction(f.mellemskatRate.value),
		mellemskatThresholdYearKr: f.mellemskatThreshold.value,
		topskatRate: percentToFraction(f.topskatRate.value),
		topskatThresholdYearKr: f.topskatThreshold.value,
		topTopskatRate: percentToFraction(f.topTopskatRate.value),
		topTopskatThresholdYearKr: f.topTopskatThreshold.value,
		beskaeftigelsesfradragRate: percentToFraction(f.beskaeftigelsesfradragRate.value),
		beskaeftigelsesfradragMaxYearKr: f.beskaeftigelsesfradragMax.value,
		singleParentFradragRate: percentToFraction(f.beskaeftigelsesfradragSingleParentRate.value),
		singleParentFradragMaxYearKr: f.beskaeftigelsesfradragSingleParentMax.value,
		jobfradragRate: percentToFraction(f.jobfradragRate.value),
		jobfradragThresholdYearKr: f.jobfradragThreshold.value,
		jobfradragMaxYearKr: f.jobfradragMax.value
	};
	compiledTaxParameters.set(rates, parameters);
	return parameters;
}

export interface IncomeTaxInput {
	/** Gross monthly wage, whole kroner (carries AM-bidrag). */
	wageKr: number;
	/** Monthly taxable benefit, whole kroner (A-income without AM-bidrag). */
	benefitKr: number;
	/** Kommuneskat as a fraction (municipality's own or the average). */
	kommuneskatRate: number;
	churchMember: boolean;
	singleParent: boolean;
}

/** Monthly amounts in whole kroner. */
export interface IncomeTaxResult {
	amBidragKr: number;
	/** Wage − AM-bidrag + benefit. */
	personalIncomeKr: number;
	personfradragKr: number;
	beskaeftigelsesfradragKr: number;
	beskaeftigelsesfradragSingleParentKr: number;
	jobfradragKr: number;
	kommuneskatKr: number;
	kirkeskatKr: number;
	bundskatKr: number;
	mellemskatKr: number;
	topskatKr: number;
	topTopskatKr: number;
	/** Sum of the six income taxes above (AM-bidrag not included). */
	incomeTaxKr: number;
}

function taxAbove(rate: number, baseYearKr: number, thresholdYearKr: number): number {
	return baseYearKr > thresholdYearKr ? rate * (baseYearKr - thresholdYearKr) : 0;
}

/** Tax at `rate` on `baseYearKr`, less the tax value of personfradrag at the same rate. */
function taxAfterPersonfradrag(rate: number, baseYearKr: number, personfradragYearKr: number) {
	return Math.max(0, rate * baseYearKr - rate * personfradragYearKr);
}

const toMonthKr = (yearKr: number) => roundKr(yearKr / MONTHS_PER_YEAR);

export function calculateIncomeTax(input: IncomeTaxInput, tax: TaxParameters): IncomeTaxResult {
	// AM-bidrag is withheld on each month's wage; 8 % of 12 months / 12 is the same amount.
	const amBidragKr = roundKr(input.wageKr * tax.amBidragRate);
	const personalIncomeKr = input.wageKr - amBidragKr + input.benefitKr;

	const wageYearKr = input.wageKr * MONTHS_PER_YEAR;
	const personalIncomeYearKr = personalIncomeKr * MONTHS_PER_YEAR;

	const beskaeftigelsesfradragYearKr = Math.min(
		tax.beskaeftigelsesfradragRate * wageYearKr,
		tax.beskaeftigelsesfradragMaxYearKr
	);
	const singleParentFradragYearKr = input.singleParent
		? Math.min(tax.singleParentFradragRate * wageYearKr, tax.singleParentFradragMaxYearKr)
		: 0;
	const jobfradragYearKr = Math.min(
		taxAbove(tax.jobfradragRate, wageYearKr, tax.jobfradragThresholdYearKr),
		tax.jobfradragMaxYearKr
	);
	const taxableIncomeYearKr =
		personalIncomeYearKr -
		beskaeftigelsesfradragYearKr -
		singleParentFradragYearKr -
		jobfradragYearKr;

	const kommuneskatYearKr = taxAfterPersonfradrag(
		input.kommuneskatRate,
		taxableIncomeYearKr,
		tax.personfradragYearKr
	);
	const kirkeskatYearKr = input.churchMember
		? taxAfterPersonfradrag(tax.kirkeskatRate, taxableIncomeYearKr, tax.personfradragYearKr)
		: 0;
	const bundskatYearKr = taxAfterPersonfradrag(
		tax.bundskatRate,
		personalIncomeYearKr,
		tax.personfradragYearKr
	);
	const mellemskatYearKr = taxAbove(
		tax.mellemskatRate,
		personalIncomeYearKr,
		tax.mellemskatThresholdYearKr
	);
	const topskatYearKr = taxAbove(tax.topskatRate, personalIncomeYearKr, tax.topskatThresholdYearKr);
	const topTopskatYearKr = taxAbove(
		tax.topTopskatRate,
		personalIncomeYearKr,
		tax.topTopskatThresholdYearKr
	);

	const kommuneskatKr = toMonthKr(kommuneskatYearKr);
	const kirkeskatKr = toMonthKr(kirkeskatYearKr);
	const bundskatKr = toMonthKr(bundskatYearKr);
	const mellemskatKr = toMonthKr(mellemskatYearKr);
	const topskatKr = toMonthKr(topskatYearKr);
	const topTopskatKr = toMonthKr(topTopskatYearKr);

	return {
		amBidragKr,
		personalIncomeKr,
		personfradragKr: toMonthKr(tax.personfradragYearKr),
		beskaeftigelsesfradragKr: toMonthKr(beskaeftigelsesfradragYearKr),
		beskaeftigelsesfradragSingleParentKr: toMonthKr(singleParentFradragYearKr),
		jobfradragKr: toMonthKr(jobfradragYearKr),
		kommuneskatKr,
		kirkeskatKr,
		bundskatKr,
		mellemskatKr,
		topskatKr,
		topTopskatKr,
		incomeTaxKr: kommuneskatKr + kirkeskatKr + bundskatKr + mellemskatKr + topskatKr + topTopskatKr
	};
}
