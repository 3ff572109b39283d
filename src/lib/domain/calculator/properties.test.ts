import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	calculateGain,
	gainCurve,
	highestDagpengeRateKr,
	monthlyRateKr,
	ratesFor,
	validateCalculatorInput
} from './index';
import type { BreakdownLine, CalculatorInput, KontanthjaelpRate, ScenarioResult } from './index';

const rates = ratesFor(2026);
const f = rates.figures;

/**
 * Disposable income may dip by a krone or two between neighbouring hours where the exact
 * increase is tiny (very low wages, or the krone-for-krone zone where only the fradrag grows),
 * because every tax and offset is rounded to whole kroner on its own. Three separately rounded
 * taxes (kommune, kirke, bund) at ±½ kr in two scenarios bound that at 3 kr.
 */
const ROUNDING_TOLERANCE_KR = 3;

const kontanthjaelpArb = fc
	.constantFrom<KontanthjaelpRate>('mindstesats', 'grundsats', 'forhoejet', 'hjemmeboende')
	.chain((rate) =>
		fc.record({
			benefit: fc.record({
				kind: fc.constant('kontanthjaelp' as const),
				rate: fc.constant(rate),
				aktivitetsparat: fc.boolean()
			}),
			// The ages each rate allows (see validation): under 30 for grundsats/hjemmeboende,
			// from 25 for forhøjet sats.
			age:
				rate === 'grundsats' || rate === 'hjemmeboende'
					? fc.integer({ min: 18, max: 29 })
					: rate === 'forhoejet'
						? fc.integer({ min: 25, max: 66 })
						: fc.integer({ min: 18, max: 66 }),
			children: rate === 'hjemmeboende' ? fc.constant(0) : fc.integer({ min: 0, max: 5 })
		})
	);

/** Her own rate from 1 kr. up to the highest rate for her insurance, per month or per week. */
const ownRateArb = (membership: 'fulltime' | 'parttime') =>
	fc.constantFrom('month' as const, 'week' as const).chain((per) =>
		fc.record({
			amountKr: fc.integer({ min: 1, max: highestDagpengeRateKr(membership, per, rates) }),
			per: fc.constant(per)
		})
	);

const dagpengeBenefitArb = fc
	.constantFrom('fulltime' as const, 'parttime' as const)
	.chain((membership) =>
		fc.option(ownRateArb(membership), { nil: undefined }).map((ownRate) => ({
			kind: 'dagpenge' as const,
			membership,
			...(ownRate === undefined ? {} : { ownRate })
		}))
	);

const dagpengeArb = fc.record({
	benefit: dagpengeBenefitArb,
	age: fc.integer({ min: 18, max: 66 }),
	children: fc.integer({ min: 0, max: 5 })
});

const money = (max: number) =>
	fc.oneof(fc.integer({ min: 0, max }), fc.double({ min: 0, max, noNaN: true }));

function inputArb(hourlyWage: fc.Arbitrary<number> = money(10_000)): fc.Arbitrary<CalculatorInput> {
	return fc
		.tuple(
			fc.oneof(kontanthjaelpArb, dagpengeArb),
			fc.record({
				household: fc.constantFrom('single' as const, 'married' as const, 'cohabiting' as const),
				spouseMonthlyIncomeKr: money(60_000),
				churchMember: fc.boolean(),
				weeklyHours: fc.oneof(
					fc.integer({ min: 0, max: 48 }),
					fc.double({ min: 0, max: 48, noNaN: true })
				),
				hourlyWageKr: hourlyWage
			})
		)
		.map(([person, rest]) => ({
			benefit: person.benefit,
			age: person.age,
			children: person.children,
			household: rest.household,
			spouseMonthlyIncomeKr: rest.spouseMonthlyIncomeKr,
			churchMember: rest.churchMember,
			job: { weeklyHours: rest.weeklyHours, hourlyWageKr: rest.hourlyWageKr }
		}));
}

function sumOf(lines: BreakdownLine[], kind: BreakdownLine['kind']): number {
	return lines.filter((l) => l.kind === kind).reduce((sum, l) => sum + l.amountKr, 0);
}

function amountOf(scenario: ScenarioResult, key: BreakdownLine['key']): number {
	return scenario.lines.filter((l) => l.key === key).reduce((sum, l) => sum + l.amountKr, 0);
}

/** Hourly dagpenge rate: a wage after AM-bidrag below it loses money for every hour worked. */
function hourlyDagpengeKr(input: CalculatorInput): number {
	if (input.benefit.kind !== 'dagpenge') return 0;
	const { membership, ownRate } = input.benefit;
	const fulltime = membership === 'fulltime';
	const monthly = ownRate
		? monthlyRateKr(ownRate)
		: fulltime
			? f.dagpengeHighestRateFulltime.value
			: f.dagpengeHighestRateParttime.value;
	return (
		monthly / (fulltime ? f.dagpengeHoursNormFulltime.value : f.dagpengeHoursNormParttime.value)
	);
}

function checkMonotonic(input: CalculatorInput, toleranceKr: number) {
	const curve = gainCurve(input, rates, { fromHours: 0, toHours: 80 });
	const hourlyWage = input.job.hourlyWageKr ?? 0;
	const wageLosesToHourDeduction =
		input.benefit.kind === 'dagpenge' &&
		hourlyWage * (1 - f.amBidragRate.value / 100) < hourlyDagpengeKr(input);
	for (let i = 1; i < curve.length; i++) {
		const before = curve[i - 1]!;
		const after = curve[i]!;
		// Rule: no supplerende dagpenge above 145.53 (part-time 118) hours a month, so the
		// remaining 14.8 (12) hours of dagpenge disappear at once.
		const crossesDagpengeCutOff = after.dagpengeCutOff && !before.dagpengeCutOff;
		// Rule: dagpenge are deducted hour for hour whatever the wage, so with an hourly wage
		// after AM-bidrag below the hourly dagpenge rate every hour worked costs money.
		if (crossesDagpengeCutOff || (wageLosesToHourDeduction && !before.dagpengeCutOff)) continue;
		expect(
			after.disposableKr,
			`disposable fell from ${before.weeklyHours} to ${after.weeklyHours} h/week`
		).toBeGreaterThanOrEqual(before.disposableKr - toleranceKr);
	}
}

describe('property: generated inputs are valid', () => {
	it('validateCalculatorInput accepts every generated input unchanged', () => {
		fc.assert(
			fc.property(inputArb(), (input) => {
				const result = validateCalculatorInput(input);
				expect(result.ok).toBe(true);
				if (result.ok) expect(result.value).toEqual(input);
			})
		);
	});
});

describe('property: disposable income does not fall when hours rise at a constant wage', () => {
	it('holds up to payslip rounding for any valid wage, except where the dagpenge rules make it fall', () => {
		fc.assert(
			fc.property(inputArb(), (input) => checkMonotonic(input, ROUNDING_TOLERANCE_KR)),
			{ numRuns: 300 }
		);
	});

	it('holds exactly for wages of 100 kr/hour and more, with the same dagpenge exceptions', () => {
		fc.assert(
			fc.property(inputArb(money(10_000).map((w) => 100 + (w * 9_900) / 10_000)), (input) =>
				checkMonotonic(input, 0)
			),
			{ numRuns: 300 }
		);
	});

	it('names the 145.53-hour rule: 33 → 34 h/week at 180 kr loses the last dagpenge hours', () => {
		const input: CalculatorInput = {
			benefit: { kind: 'dagpenge', membership: 'fulltime' },
			age: 40,
			household: 'single',
			children: 0,
			churchMember: false,
			job: { weeklyHours: 34, hourlyWageKr: 180 }
		};
		// 33 h/week = 143 h/month ≤ 145.53; 34 h/week = 147.33 h/month > 145.53.
		const [at33, at34] = gainCurve(input, rates, { fromHours: 33, toHours: 34 });
		expect(at33!.dagpengeCutOff).toBe(false);
		expect(at34!.dagpengeCutOff).toBe(true);
		expect(at34!.disposableKr).toBeLessThan(at33!.disposableKr);
	});

	it('names the hour-for-hour rule: at 100 kr/hour each hour on dagpenge costs money', () => {
		const input: CalculatorInput = {
			benefit: { kind: 'dagpenge', membership: 'fulltime' },
			age: 40,
			household: 'single',
			children: 0,
			churchMember: false,
			job: { weeklyHours: 10, hourlyWageKr: 100 }
		};
		// 100 × 0.92 = 92 kr after AM-bidrag < 22,041 / 160.33 = 137.47 kr of dagpenge per hour.
		expect(calculateGain(input, rates).gainPerMonthKr).toBeLessThan(0);
	});
});

describe('property: taxes are never negative', () => {
	it('every tax and every breakdown amount except results is ≥ 0 and whole kroner', () => {
		fc.assert(
			fc.property(inputArb(), (input) => {
				const result = calculateGain(input, rates);
				for (const scenario of [result.withoutJob, result.withJob]) {
					for (const amount of Object.values(scenario.taxes)) {
						expect(amount).toBeGreaterThanOrEqual(0);
						expect(Number.isInteger(amount)).toBe(true);
					}
					for (const l of scenario.lines) {
						expect(Number.isInteger(l.amountKr)).toBe(true);
						if (l.kind !== 'result') expect(l.amountKr).toBeGreaterThanOrEqual(0);
					}
				}
			}),
			{ numRuns: 500 }
		);
	});
});

describe('property: breakdown lines add up to the result to the krone', () => {
	it('income − deductions = disposable; benefit steps and gain add up', () => {
		fc.assert(
			fc.property(inputArb(), (input) => {
				const result = calculateGain(input, rates);
				for (const scenario of [result.withoutJob, result.withJob]) {
					const { lines } = scenario;
					expect(sumOf(lines, 'income') - sumOf(lines, 'deduction')).toBe(scenario.disposableKr);
					expect(lines.at(-1)).toMatchObject({
						key: 'calculator.line.disposableIncome',
						amountKr: scenario.disposableKr
					});
					const before = amountOf(scenario, 'calculator.line.benefitBeforeOffset');
					const after = amountOf(scenario, 'calculator.line.benefitAfterOffset');
					const offsets =
						amountOf(scenario, 'calculator.line.offsetOwnEarnings') +
						amountOf(scenario, 'calculator.line.offsetSpouseIncome') +
						amountOf(scenario, 'calculator.line.offsetKroneForKrone') +
						amountOf(scenario, 'calculator.line.dagpengeHoursDeduction');
					expect(before - offsets).toBe(after);
					if (input.benefit.kind === 'kontanthjaelp') {
						const base = amountOf(scenario, 'calculator.line.benefitBase');
						const supplements = scenario.lines
							.filter((l) => l.key.startsWith('calculator.line.supplement'))
							.reduce((sum, l) => sum + l.amountKr, 0);
						expect(base + supplements).toBe(before);
					}
				}
				expect(result.gainPerMonthKr).toBe(
					result.withJob.disposableKr - result.withoutJob.disposableKr
				);
				expect(result.lines.map((l) => l.amountKr)).toEqual([
					result.withoutJob.disposableKr,
					result.withJob.disposableKr,
					result.gainPerMonthKr
				]);
			}),
			{ numRuns: 500 }
		);
	});
});

describe('property: the curve agrees with the full calculation', () => {
	it('gainCurve at a whole hour equals calculateGain at that hour', () => {
		fc.assert(
			fc.property(inputArb(), fc.integer({ min: 0, max: 37 }), (input, hours) => {
				const atHours = { ...input, job: { ...input.job, weeklyHours: hours } } as CalculatorInput;
				const full = calculateGain(atHours, rates);
				const point = gainCurve(input, rates).find((p) => p.weeklyHours === hours);
				expect(point).toEqual({
					weeklyHours: hours,
					gainKr: full.gainPerMonthKr,
					disposableKr: full.withJob.disposableKr,
					kroneForKrone: full.krFlags.kroneForKroneApplies,
					dagpengeCutOff: full.krFlags.dagpengeCutOffApplies
				});
			})
		);
	});

	it('returns one point per whole hour, 0–37 by default', () => {
		fc.assert(
			fc.property(inputArb(), (input) => {
				const curve = gainCurve(input, rates);
				expect(curve.map((p) => p.weeklyHours)).toEqual(Array.from({ length: 38 }, (_, i) => i));
				expect(curve[0]!.gainKr).toBe(0);
			}),
			{ numRuns: 50 }
		);
	});

	it('rejects an inverted or negative range', () => {
		const input = fc.sample(inputArb(), 1)[0]!;
		expect(() => gainCurve(input, rates, { fromHours: 10, toHours: 5 })).toThrow(RangeError);
		expect(() => gainCurve(input, rates, { fromHours: -1, toHours: 5 })).toThrow(RangeError);
	});
});

describe('property: a lower own dagpenge rate never gives more dagpenge', () => {
	it('with and without the job, at any hours, lowering her rate never raises the dagpenge paid', () => {
		const pair = fc
			.constantFrom('fulltime' as const, 'parttime' as const)
			.chain((membership) =>
				fc.tuple(
					fc.constant(membership),
					ownRateArb(membership),
					fc.double({ min: 0, max: 1, noNaN: true }),
					fc.double({ min: 0, max: 48, noNaN: true }),
					money(1_000)
				)
			);
		fc.assert(
			fc.property(pair, ([membership, higher, share, weeklyHours, hourlyWageKr]) => {
				const lower = { ...higher, amountKr: Math.max(1, Math.floor(higher.amountKr * share)) };
				const input = (ownRate: typeof higher | undefined): CalculatorInput => ({
					benefit: { kind: 'dagpenge', membership, ...(ownRate ? { ownRate } : {}) },
					age: 40,
					household: 'single',
					children: 0,
					churchMember: false,
					job: { weeklyHours, hourlyWageKr }
				});
				const atLower = calculateGain(input(lower), rates);
				const atHigher = calculateGain(input(higher), rates);
				const atHighest = calculateGain(input(undefined), rates);
				for (const scenario of ['withoutJob', 'withJob'] as const) {
					expect(atLower[scenario].benefitAfterOffsetKr).toBeLessThanOrEqual(
						atHigher[scenario].benefitAfterOffsetKr
					);
					expect(atHigher[scenario].benefitAfterOffsetKr).toBeLessThanOrEqual(
						atHighest[scenario].benefitAfterOffsetKr
					);
				}
			})
		);
	});
});
