import { dagpengeRulesFor, supplerendeDagpenge } from './dagpenge';
import type { DagpengeOutcome, DagpengeRules } from './dagpenge';
import { kontanthjaelpRulesFor, offsetKontanthjaelp } from './kontanthjaelp';
import type { KontanthjaelpOutcome, KontanthjaelpRules } from './kontanthjaelp';
import type { FigureKey, RateTable } from './rates';
import { calculateIncomeTax, taxParametersFor } from './tax';
import type { IncomeTaxResult, TaxParameters } from './tax';
import type {
	BreakdownLine,
	BreakdownLineKey,
	BreakdownLineKind,
	CalculatorInput,
	CalculatorResult,
	GainCurveOptions,
	GainCurvePoint,
	JobInput,
	LineParams,
	ScenarioResult
} from './types';
import { displayHours, monthlyHoursFromWeekly, monthlyWageKr, roundKr, roundOere } from './units';

/**
 * "Kan det betale sig?": disposable income on benefit without a job and with a job, and the gain.
 *
 * Pure functions: no I/O, no clock, no Svelte. Inputs are expected to have passed
 * `validateCalculatorInput`. Amounts are kroner per month, whole kroner.
 */

export * from './types';
export {
	availableYears,
	latestRatesYear,
	ratesFor,
	unconfirmedFigures,
	UnknownRatesYearError
} from './rates';
export type {
	FigureKey,
	RateFigure,
	RateStatus,
	RateTable,
	RateUnit,
	UnconfirmedFigure
} from './rates';
export { CALCULATOR_ERROR_KEYS, INPUT_LIMITS, validateCalculatorInput } from './validation';
export { highestDagpengeRateKr, monthlyRateKr } from './dagpenge';
export type { CalculatorErrorKey, ValidationError, ValidationResult } from './validation';

/** A person is a single parent (enlig forsørger) when single and supporting children at home. */
export function isSingleParent(input: Pick<CalculatorInput, 'household' | 'children'>): boolean {
	return input.household === 'single' && input.children > 0;
}

type BenefitContext =
	{ kind: 'kontanthjaelp'; rules: KontanthjaelpRules } | { kind: 'dagpenge'; rules: DagpengeRules };

/** Everything that does not depend on the hours worked, resolved once per calculation/curve. */
interface CalculationContext {
	rates: RateTable;
	tax: TaxParameters;
	benefit: BenefitContext;
	kommuneskatRate: number;
	kommuneskatPercent: number;
	/** Set when the municipality's own rate was found in the rate file. */
	municipalityCodeUsed: string | undefined;
	churchMember: boolean;
	singleParent: boolean;
	/** Married to a kontanthjælp recipient: the spouse's wage counts (mutual maintenance). */
	spouseCounts: boolean;
	spouseIncomeKr: number;
	spouseCountedIncomeKr: number;
}

function createContext(input: CalculatorInput, rates: RateTable): CalculationContext {
	const tax = taxParametersFor(rates);
	const benefit: BenefitContext =
		input.benefit.kind === 'kontanthjaelp'
			? {
					kind: 'kontanthjaelp',
					rules: kontanthjaelpRulesFor(
						{
							rate: input.benefit.rate,
							aktivitetsparat: input.benefit.aktivitetsparat ?? false,
							age: input.age,
							household: input.household,
							children: input.children
						},
						rates
					)
				}
			: {
					kind: 'dagpenge',
					rules: dagpengeRulesFor(input.benefit.membership, rates, input.benefit.ownRate)
				};

	const code = input.municipalityCode;
	const municipalityPercent = code === undefined ? undefined : rates.municipalities[code];
	const kommuneskatPercent = municipalityPercent ?? rates.figures.kommuneskatAverageRate.value;

	const spouseCounts = benefit.kind === 'kontanthjaelp' && input.household === 'married';
	const spouseIncomeKr = spouseCounts ? roundKr(input.spouseMonthlyIncomeKr ?? 0) : 0;
	return {
		rates,
		tax,
		benefit,
		kommuneskatRate: kommuneskatPercent / 100,
		kommuneskatPercent,
		municipalityCodeUsed: municipalityPercent === undefined ? undefined : code,
		churchMember: input.churchMember,
		singleParent: isSingleParent(input),
		spouseCounts,
		spouseIncomeKr,
		// The spouse's wage is counted after AM-bidrag, like the citizen's own.
		spouseCountedIncomeKr: spouseIncomeKr - roundKr(spouseIncomeKr * tax.amBidragRate)
	};
}

/** The numbers of one month; lines are built from these, so they cannot disagree. */
interface ScenarioNumbers {
	weeklyHours: number;
	monthlyHoursExact: number;
	wageKr: number;
	benefitBeforeOffsetKr: number;
	benefitAfterOffsetKr: number;
	kontanthjaelp: KontanthjaelpOutcome | undefined;
	dagpenge: DagpengeOutcome | undefined;
	tax: IncomeTaxResult;
	disposableKr: number;
}

function computeScenario(
	ctx: CalculationContext,
	weeklyHours: number,
	wageKr: number
): ScenarioNumbers {
	const monthlyHoursExact = monthlyHoursFromWeekly(weeklyHours);
	let kontanthjaelp: KontanthjaelpOutcome | undefined;
	let dagpenge: DagpengeOutcome | undefined;
	let benefitBeforeOffsetKr: number;
	let benefitAfterOffsetKr: number;
	if (ctx.benefit.kind === 'kontanthjaelp') {
		const ownCountedEarningsKr = wageKr - roundKr(wageKr * ctx.tax.amBidragRate);
		kontanthjaelp = offsetKontanthjaelp(
			ctx.benefit.rules,
			ownCountedEarningsKr,
			ctx.spouseCountedIncomeKr
		);
		benefitBeforeOffsetKr = kontanthjaelp.fullBenefitKr;
		benefitAfterOffsetKr = kontanthjaelp.afterOffsetKr;
	} else {
		dagpenge = supplerendeDagpenge(ctx.benefit.rules, monthlyHoursExact);
		benefitBeforeOffsetKr = dagpenge.fullRateKr;
		benefitAfterOffsetKr = dagpenge.paidKr;
	}
	const tax = calculateIncomeTax(
		{
			wageKr,
			benefitKr: benefitAfterOffsetKr,
			kommuneskatRate: ctx.kommuneskatRate,
			churchMember: ctx.churchMember,
			singleParent: ctx.singleParent
		},
		ctx.tax
	);
	return {
		weeklyHours,
		monthlyHoursExact,
		wageKr,
		benefitBeforeOffsetKr,
		benefitAfterOffsetKr,
		kontanthjaelp,
		dagpenge,
		tax,
		disposableKr: wageKr + benefitAfterOffsetKr - tax.amBidragKr - tax.incomeTaxKr
	};
}

function line(
	key: BreakdownLineKey,
	kind: BreakdownLineKind,
	amountKr: number,
	params: LineParams = {}
): BreakdownLine {
	return { key, kind, amountKr, params };
}

function benefitLines(ctx: CalculationContext, n: ScenarioNumbers): BreakdownLine[] {
	const lines: BreakdownLine[] = [];
	if (ctx.benefit.kind === 'kontanthjaelp' && n.kontanthjaelp) {
		const rules = ctx.benefit.rules;
		const outcome = n.kontanthjaelp;
		lines.push(
			line('calculator.line.benefitBase', 'info', rules.baseKr, {
				benefitKind: 'kontanthjaelp',
				rate: rules.rate
			})
		);
		for (const supplement of rules.supplements) {
			lines.push(
				line(supplement.lineKey, 'info', supplement.amountKr, { figure: supplement.figure })
			);
		}
		lines.push(
			line('calculator.line.benefitBeforeOffset', 'info', outcome.fullBenefitKr, {
				benefitKind: 'kontanthjaelp'
			})
		);
		if (n.wageKr > 0) {
			lines.push(
				line('calculator.line.offsetOwnEarnings', 'info', outcome.ownEarningsOffsetKr, {
					countedEarningsKr: n.wageKr - n.tax.amBidragKr,
					fribeloebKr: rules.fribeloebKr,
					offsetPercent: ctx.rates.figures.kontanthjaelpOffsetRate.value
				})
			);
		}
		if (ctx.spouseCounts) {
			lines.push(
				line('calculator.line.offsetSpouseIncome', 'info', outcome.spouseIncomeOffsetKr, {
					spouseIncomeKr: ctx.spouseIncomeKr,
					countedSpouseIncomeKr: ctx.spouseCountedIncomeKr,
					fribeloebKr: rules.fribeloebKr,
					offsetPercent: ctx.rates.figures.kontanthjaelpOffsetRate.value
				})
			);
		}
		if (outcome.kroneForKroneOffsetKr > 0) {
			lines.push(
				line('calculator.line.offsetKroneForKrone', 'info', outcome.kroneForKroneOffsetKr, {
					ceilingKr: roundKr(rules.ceilingKr),
					ceilingPercent: rules.ceilingPercent,
					highestDagpengeKr: rules.highestDagpengeKr
				})
			);
		}
		lines.push(
			line('calculator.line.benefitAfterOffset', 'income', n.benefitAfterOffsetKr, {
				benefitKind: 'kontanthjaelp'
			})
		);
	} else if (ctx.benefit.kind === 'dagpenge' && n.dagpenge) {
		const rules = ctx.benefit.rules;
		const outcome = n.dagpenge;
		lines.push(
			line('calculator.line.benefitBeforeOffset', 'info', outcome.fullRateKr, {
				benefitKind: 'dagpenge',
				membership: rules.membership,
				hoursNorm: rules.hoursNorm,
				ownRate: rules.ownRate !== undefined,
				...(rules.ownRate?.per === 'week' ? { weeklyRateKr: rules.ownRate.amountKr } : {})
			})
		);
		if (n.weeklyHours > 0) {
			lines.push(
				line('calculator.line.dagpengeHoursDeduction', 'info', outcome.hoursDeductionKr, {
					hoursWorked: displayHours(n.monthlyHoursExact),
					paidHours: displayHours(outcome.paidHours),
					hoursNorm: rules.hoursNorm,
					cutoffHours: rules.cutoffHours,
					hourlyRateKr: roundOere(rules.hourlyRateKr),
					cutOff: outcome.cutOff
				})
			);
		}
		lines.push(
			line('calculator.line.benefitAfterOffset', 'income', n.benefitAfterOffsetKr, {
				benefitKind: 'dagpenge'
			})
		);
	}
	return lines;
}

function scenarioLines(ctx: CalculationContext, n: ScenarioNumbers): BreakdownLine[] {
	const f = ctx.rates.figures;
	const t = n.tax;
	// A ligningsmæssigt fradrag is worth the kommune (+ kirke) rate.
	const fradragRate = ctx.kommuneskatRate + (ctx.churchMember ? ctx.tax.kirkeskatRate : 0);
	const lines = benefitLines(ctx, n);

	const wageParams: Record<string, number> = {
		weeklyHours: n.weeklyHours,
		monthlyHours: displayHours(n.monthlyHoursExact)
	};
	if (n.monthlyHoursExact > 0) wageParams.hourlyWageKr = roundOere(n.wageKr / n.monthlyHoursExact);
	lines.push(line('calculator.line.wage', 'income', n.wageKr, wageParams));
	lines.push(
		line('calculator.line.amBidrag', 'deduction', t.amBidragKr, {
			ratePercent: f.amBidragRate.value
		})
	);
	lines.push(
		line('calculator.line.personfradrag', 'info', t.personfradragKr, {
			yearKr: f.personfradrag.value,
			// Its tax value per month at the kommune, kirke and bund rates.
			taxValueKr: roundKr((f.personfradrag.value * (fradragRate + ctx.tax.bundskatRate)) / 12)
		})
	);
	if (n.wageKr > 0) {
		lines.push(
			line('calculator.line.beskaeftigelsesfradrag', 'info', t.beskaeftigelsesfradragKr, {
				ratePercent: f.beskaeftigelsesfradragRate.value,
				maxYearKr: f.beskaeftigelsesfradragMax.value,
				taxValueKr: roundKr(t.beskaeftigelsesfradragKr * fradragRate)
			})
		);
		if (ctx.singleParent) {
			lines.push(
				line(
					'calculator.line.beskaeftigelsesfradragSingleParent',
					'info',
					t.beskaeftigelsesfradragSingleParentKr,
					{
						ratePercent: f.beskaeftigelsesfradragSingleParentRate.value,
						maxYearKr: f.beskaeftigelsesfradragSingleParentMax.value,
						taxValueKr: roundKr(t.beskaeftigelsesfradragSingleParentKr * fradragRate)
					}
				)
			);
		}
		lines.push(
			line('calculator.line.jobfradrag', 'info', t.jobfradragKr, {
				ratePercent: f.jobfradragRate.value,
				thresholdYearKr: f.jobfradragThreshold.value,
				maxYearKr: f.jobfradragMax.value,
				taxValueKr: roundKr(t.jobfradragKr * fradragRate)
			})
		);
	}
	lines.push(
		line('calculator.line.kommuneskat', 'deduction', t.kommuneskatKr, {
			ratePercent: ctx.kommuneskatPercent,
			rateSource: ctx.municipalityCodeUsed === undefined ? 'average' : 'municipality',
			...(ctx.municipalityCodeUsed === undefined
				? {}
				: { municipalityCode: ctx.municipalityCodeUsed })
		}),
		line('calculator.line.kirkeskat', 'deduction', t.kirkeskatKr, {
			ratePercent: f.kirkeskatAverageRate.value,
			churchMember: ctx.churchMember
		}),
		line('calculator.line.bundskat', 'deduction', t.bundskatKr, {
			ratePercent: f.bundskatRate.value
		}),
		line('calculator.line.mellemskat', 'deduction', t.mellemskatKr, {
			ratePercent: f.mellemskatRate.value,
			thresholdYearKr: f.mellemskatThreshold.value
		}),
		line('calculator.line.topskat', 'deduction', t.topskatKr, {
			ratePercent: f.topskatRate.value,
			thresholdYearKr: f.topskatThreshold.value
		}),
		line('calculator.line.topTopskat', 'deduction', t.topTopskatKr, {
			ratePercent: f.topTopskatRate.value,
			thresholdYearKr: f.topTopskatThreshold.value
		}),
		line('calculator.line.disposableIncome', 'result', n.disposableKr)
	);
	return lines;
}

function toScenarioResult(ctx: CalculationContext, n: ScenarioNumbers): ScenarioResult {
	return {
		weeklyHours: n.weeklyHours,
		monthlyHours: displayHours(n.monthlyHoursExact),
		wageKr: n.wageKr,
		benefitBeforeOffsetKr: n.benefitBeforeOffsetKr,
		benefitAfterOffsetKr: n.benefitAfterOffsetKr,
		taxes: {
			amBidragKr: n.tax.amBidragKr,
			kommuneskatKr: n.tax.kommuneskatKr,
			kirkeskatKr: n.tax.kirkeskatKr,
			bundskatKr: n.tax.bundskatKr,
			mellemskatKr: n.tax.mellemskatKr,
			topskatKr: n.tax.topskatKr,
			topTopskatKr: n.tax.topTopskatKr
		},
		disposableKr: n.disposableKr,
		lines: scenarioLines(ctx, n)
	};
}

/** The figures a calculation read, in a stable order; wage-only figures only when there is a wage. */
function figuresUsed(ctx: CalculationContext, withWage: boolean): string[] {
	const keys: FigureKey[] = [...ctx.benefit.rules.figuresUsed, 'personfradrag', 'bundskatRate'];
	if (ctx.municipalityCodeUsed === undefined) keys.push('kommuneskatAverageRate');
	if (ctx.churchMember) keys.push('kirkeskatAverageRate');
	keys.push(
		'mellemskatRate',
		'mellemskatThreshold',
		'topskatRate',
		'topskatThreshold',
		'topTopskatRate',
		'topTopskatThreshold'
	);
	if (withWage || ctx.spouseCounts) keys.push('amBidragRate');
	if (withWage) {
		keys.push('beskaeftigelsesfradragRate', 'beskaeftigelsesfradragMax');
		if (ctx.singleParent) {
			keys.push('beskaeftigelsesfradragSingleParentRate', 'beskaeftigelsesfradragSingleParentMax');
		}
		keys.push('jobfradragRate', 'jobfradragThreshold', 'jobfradragMax');
	}
	const used: string[] = [...new Set(keys)];
	if (ctx.municipalityCodeUsed !== undefined) {
		used.push(`municipalities.${ctx.municipalityCodeUsed}`);
	}
	return used;
}

function unconfirmedUsed(ctx: CalculationContext, withWage: boolean): string[] {
	const figures = ctx.rates.figures;
	const municipalityStatus = ctx.rates.municipalitiesSource?.status ?? 'missing';
	return figuresUsed(ctx, withWage).filter((key) =>
		key.startsWith('municipalities.')
			? municipalityStatus !== 'confirmed'
			: figures[key as FigureKey].status !== 'confirmed'
	);
}

/** Hourly wage the job pays, for scaling the wage with hours (curve) and for display. */
function hourlyWageOf(job: JobInput): number {
	if (job.hourlyWageKr !== undefined) return job.hourlyWageKr;
	const monthlyHours = monthlyHoursFromWeekly(job.weeklyHours);
	return monthlyHours > 0 ? job.monthlyWageKr / monthlyHours : 0;
}

function jobWageKr(job: JobInput): number {
	return job.hourlyWageKr !== undefined
		? monthlyWageKr(job.weeklyHours, job.hourlyWageKr)
		: roundKr(job.monthlyWageKr);
}

export function calculateGain(input: CalculatorInput, rates: RateTable): CalculatorResult {
	const ctx = createContext(input, rates);
	const without = computeScenario(ctx, 0, 0);
	const withJob = computeScenario(ctx, input.job.weeklyHours, jobWageKr(input.job));

	const gainPerMonthKr = withJob.disposableKr - without.disposableKr;
	const gainPerHourKr =
		withJob.monthlyHoursExact > 0 ? roundOere(gainPerMonthKr / withJob.monthlyHoursExact) : null;
	const participationTaxRate = withJob.wageKr > 0 ? 1 - gainPerMonthKr / withJob.wageKr : null;

	const kroneForKroneCeilingKr =
		ctx.benefit.kind === 'kontanthjaelp' ? roundKr(ctx.benefit.rules.ceilingKr) : null;

	return {
		ratesYear: rates.year,
		withoutJob: toScenarioResult(ctx, without),
		withJob: toScenarioResult(ctx, withJob),
		gainPerMonthKr,
		gainPerHourKr,
		participationTaxRate,
		lines: [
			line('calculator.line.disposableWithoutJob', 'result', without.disposableKr),
			line('calculator.line.disposableWithJob', 'result', withJob.disposableKr),
			line('calculator.line.gain', 'result', gainPerMonthKr, {
				...(gainPerHourKr === null ? {} : { gainPerHourKr }),
				...(participationTaxRate === null
					? {}
					: { participationTaxPercent: roundOere(participationTaxRate * 100) })
			})
		],
		krFlags: {
			kroneForKroneApplies: (withJob.kontanthjaelp?.kroneForKroneOffsetKr ?? 0) > 0,
			kroneForKroneCeilingKr,
			dagpengeCutOffApplies: withJob.dagpenge?.cutOff ?? false
		},
		unconfirmedFigures: unconfirmedUsed(ctx, withJob.wageKr > 0)
	};
}

export const DEFAULT_GAIN_CURVE_OPTIONS: Readonly<GainCurveOptions> = { fromHours: 0, toHours: 37 };

/**
 * Gain at every whole weekly hour from `fromHours` to `toHours`, at the job's hourly wage (a
 * monthly wage is converted to its hourly equivalent at the job's hours). Skips the breakdown
 * lines, so a 0–37 curve costs a few dozen microseconds.
 */
export function gainCurve(
	input: CalculatorInput,
	rates: RateTable,
	options: GainCurveOptions = DEFAULT_GAIN_CURVE_OPTIONS
): GainCurvePoint[] {
	const { fromHours, toHours } = options;
	if (
		!Number.isFinite(fromHours) ||
		!Number.isFinite(toHours) ||
		fromHours < 0 ||
		toHours < fromHours
	) {
		throw new RangeError(`Invalid gain curve range ${fromHours}–${toHours}`);
	}
	const ctx = createContext(input, rates);
	const hourlyWageKr = hourlyWageOf(input.job);
	const baselineKr = computeScenario(ctx, 0, 0).disposableKr;
	const points: GainCurvePoint[] = [];
	for (let weeklyHours = Math.ceil(fromHours); weeklyHours <= toHours; weeklyHours++) {
		const n = computeScenario(ctx, weeklyHours, monthlyWageKr(weeklyHours, hourlyWageKr));
		points.push({
			weeklyHours,
			gainKr: n.disposableKr - baselineKr,
			disposableKr: n.disposableKr,
			kroneForKrone: (n.kontanthjaelp?.kroneForKroneOffsetKr ?? 0) > 0,
			dagpengeCutOff: n.dagpenge?.cutOff ?? false
		});
	}
	return points;
}
