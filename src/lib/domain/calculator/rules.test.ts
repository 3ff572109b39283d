import { describe, expect, it } from 'vitest';
import { dagpengeRulesFor, supplerendeDagpenge } from './dagpenge';
import { kontanthjaelpRulesFor, offsetKontanthjaelp } from './kontanthjaelp';
import { ratesFor } from './rates';
import { calculateIncomeTax, taxParametersFor } from './tax';
import { monthlyHoursFromWeekly, monthlyWageKr, roundKr } from './units';

const rates = ratesFor(2026);

describe('units', () => {
	it('37 hours a week is 160.33 hours a month', () => {
		expect(monthlyHoursFromWeekly(37)).toBeCloseTo(160.3333, 4);
		expect(monthlyWageKr(37, 150)).toBe(24050);
	});
	it('rounds half up to whole kroner despite binary floating point', () => {
		expect(roundKr(0.5)).toBe(1);
		expect(roundKr(1.005 * 1000 - 1004.5)).toBe(1); // 0.4999999999999 as a double
		expect(roundKr(2.49)).toBe(2);
	});
});

describe('income tax', () => {
	const tax = taxParametersFor(rates);
	const base = { kommuneskatRate: 0.25049, churchMember: true, singleParent: false };

	it('no income, no tax: personfradrag never turns into a payment', () => {
		const result = calculateIncomeTax({ ...base, wageKr: 0, benefitKr: 0 }, tax);
		expect(result.incomeTaxKr).toBe(0);
		expect(result.amBidragKr).toBe(0);
	});

	it('income below personfradrag pays only AM-bidrag', () => {
		// 4,000 kr/month = 48,000 a year < 54,100
		const result = calculateIncomeTax({ ...base, wageKr: 4000, benefitKr: 0 }, tax);
		expect(result.amBidragKr).toBe(320);
		expect(result.incomeTaxKr).toBe(0);
	});

	it('benefits carry no AM-bidrag and earn no beskæftigelsesfradrag', () => {
		const result = calculateIncomeTax({ ...base, wageKr: 0, benefitKr: 15000 }, tax);
		expect(result.amBidragKr).toBe(0);
		expect(result.beskaeftigelsesfradragKr).toBe(0);
		expect(result.jobfradragKr).toBe(0);
	});

	it('caps beskæftigelsesfradrag and jobfradrag', () => {
		const result = calculateIncomeTax({ ...base, wageKr: 100_000, benefitKr: 0 }, tax);
		expect(result.beskaeftigelsesfradragKr).toBe(5275); // 63,300 / 12
		expect(result.jobfradragKr).toBe(258); // 3,100 / 12 = 258.33
	});

	it('top-topskat above 2,592,700 kr a year', () => {
		// 300,000 wage: AM 24,000; P = 276,000 × 12 = 3,312,000; (3,312,000 − 2,592,700) × 5 % / 12
		const result = calculateIncomeTax({ ...base, wageKr: 300_000, benefitKr: 0 }, tax);
		expect(result.topTopskatKr).toBe(2997); // 719,300 × 0.05 / 12 = 2,997.08
	});
});

describe('kontanthjælp offsetting', () => {
	const person = { aktivitetsparat: false, age: 35, household: 'married' as const, children: 0 };

	it('hjemmeboende sats has no fribeløb: 65 % of all earnings', () => {
		const rules = kontanthjaelpRulesFor({ ...person, age: 22, rate: 'hjemmeboende' }, rates);
		expect(rules.fribeloebKr).toBe(0);
		expect(offsetKontanthjaelp(rules, 1000, 0).ownEarningsOffsetKr).toBe(650);
	});

	it('never pays a negative benefit, however high the spouse income', () => {
		const rules = kontanthjaelpRulesFor({ ...person, rate: 'forhoejet' }, rates);
		const outcome = offsetKontanthjaelp(rules, 0, 200_000);
		expect(outcome.afterOffsetKr).toBe(0);
		expect(outcome.spouseIncomeOffsetKr).toBe(rules.fullBenefitKr);
	});

	it('krone-for-krone keeps benefit + earnings at the 85 % ceiling on grundsats', () => {
		const rules = kontanthjaelpRulesFor({ ...person, age: 26, rate: 'grundsats' }, rates);
		expect(rules.ceilingKr).toBeCloseTo(18734.85, 2); // 0.85 × 22,041
		// 15,000 earned: 65 % offset 0.65 × 10,000 = 6,500 → 6,955 − 6,500 = 455;
		// 455 + 15,000 = 15,455 ≤ ceiling, no krone-for-krone.
		expect(offsetKontanthjaelp(rules, 15_000, 0)).toMatchObject({
			afterOffsetKr: 455,
			kroneForKroneOffsetKr: 0
		});
		// 18,500 earned: 0.65 × 13,500 = 8,775 > 6,955 → benefit 0 by the 65 % rule alone.
		expect(offsetKontanthjaelp(rules, 18_500, 0).afterOffsetKr).toBe(0);
	});

	it('never lets the first krone earned cost more than a krone, even if a file sets the ceiling low', () => {
		const lowCeiling = structuredClone(rates);
		lowCeiling.figures.kontanthjaelpCeilingForhoejet = {
			...lowCeiling.figures.kontanthjaelpCeilingForhoejet,
			value: 10
		};
		const rules = kontanthjaelpRulesFor({ ...person, rate: 'forhoejet' }, lowCeiling);
		expect(offsetKontanthjaelp(rules, 0, 0).afterOffsetKr).toBe(12064);
		expect(offsetKontanthjaelp(rules, 100, 0).afterOffsetKr).toBe(11964);
	});
});

describe('supplerende dagpenge', () => {
	const fulltime = dagpengeRulesFor('fulltime', rates);

	it('pays at 145.53 hours and nothing above', () => {
		// 14.8 hours × 22,041 / 160.33 = 2,034.57 → 2,035
		expect(supplerendeDagpenge(fulltime, 145.53)).toMatchObject({ paidKr: 2035, cutOff: false });
		expect(supplerendeDagpenge(fulltime, 145.54)).toMatchObject({ paidKr: 0, cutOff: true });
	});

	it('part-time: 130-hour norm, cut-off above 118 hours', () => {
		const parttime = dagpengeRulesFor('parttime', rates);
		// 12 hours × 14,061 / 130 = 1,297.94 → 1,298
		expect(supplerendeDagpenge(parttime, 118).paidKr).toBe(1298);
		expect(supplerendeDagpenge(parttime, 118.01).paidKr).toBe(0);
	});
});
