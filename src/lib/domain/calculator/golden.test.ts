import { describe, expect, it } from 'vitest';
import { calculateGain, ratesFor } from './index';
import { parseRateTable } from './rate-schema';
import type { CalculatorInput, CalculatorResult, ScenarioResult } from './index';

/**
 * Golden cases, worked by hand from rates/2026.json (not from the code's output).
 *
 * Figures used (2026 file):
 *   AM-bidrag 8 %; personfradrag (PF) 54,100/yr; bundskat 12.01 %; kommuneskat average 25.049 %;
 *   kirkeskat 0.867 %; mellemskat 7.5 % > 641,200; topskat 7.5 % > 777,900;
 *   beskæftigelsesfradrag (BF) 12.75 % max 63,300; single-parent BF 11.5 % max 50,600;
 *   jobfradrag (JF) 4.5 % of wage > 235,200, max 3,100.
 *   Kontanthjælp: mindstesats 6,553; grundsats 6,955; forhøjet 12,064; børnetillæg 2,784;
 *   enlig forsørger 1,638; enlig ikke-forsørger 1,092; ungetillæg 18–24 1,036.
 *   Fribeløb 5,000 (mindste/grund), 2,500 (forhøjet); 65 % above it; krone-for-krone ceiling
 *   100 % (forhøjet) / 85 % (mindste/grund) of highest dagpenge 22,041 = 22,041 / 18,734.85.
 *   Dagpenge 22,041 (full-time, 160.33 h, cut-off 145.53 h); part-time 14,061 (130 h, 118 h).
 *
 * Method (monthly): wage = weekly h × hourly × 52 / 12, rounded to kroner; AM = 8 % of wage,
 * rounded; counted earnings = wage − AM; P (personal income) = wage − AM + benefit;
 * yearly P×12, taxable T = P×12 − BF − JF (− single-parent BF);
 * kommuneskat = 25.049 % × (T − PF) / 12; kirkeskat = 0.867 % × (T − PF) / 12;
 * bundskat = 12.01 % × (P×12 − PF) / 12; each rounded to whole kroner, half up.
 * Disposable = wage + benefit − AM − taxes.
 */

const rates = ratesFor(2026);

type ExpectedScenario = Partial<
	Pick<ScenarioResult, 'wageKr' | 'benefitBeforeOffsetKr' | 'benefitAfterOffsetKr'>
> &
	Partial<ScenarioResult['taxes']> & { disposableKr: number };

function expectScenario(actual: ScenarioResult, expected: ExpectedScenario) {
	const {
		disposableKr: _disposableKr,
		wageKr,
		benefitBeforeOffsetKr,
		benefitAfterOffsetKr,
		...taxes
	} = expected;
	expect({
		disposableKr: actual.disposableKr,
		...(wageKr === undefined ? {} : { wageKr: actual.wageKr }),
		...(benefitBeforeOffsetKr === undefined
			? {}
			: { benefitBeforeOffsetKr: actual.benefitBeforeOffsetKr }),
		...(benefitAfterOffsetKr === undefined
			? {}
			: { benefitAfterOffsetKr: actual.benefitAfterOffsetKr }),
		...Object.fromEntries(
			Object.keys(taxes).map((k) => [k, actual.taxes[k as keyof ScenarioResult['taxes']]])
		)
	}).toEqual(expected);
}

const singleForhoejet = (weeklyHours: number, churchMember = false): CalculatorInput => ({
	benefit: { kind: 'kontanthjaelp', rate: 'forhoejet' },
	age: 35,
	household: 'single',
	children: 0,
	churchMember,
	job: { weeklyHours, hourlyWageKr: 150 }
});

/*
 * Without a job, single 35-year-old on forhøjet sats, no children, not a church member:
 *   benefit = 12,064 + enlig ikke-forsørger 1,092 = 13,156
 *   P×12 = 157,872; T − PF = 103,772
 *   kommuneskat 0.25049 × 103,772 / 12 = 2,166.15 → 2,166
 *   bundskat    0.1201  × 103,772 / 12 = 1,038.58 → 1,039
 *   disposable  13,156 − 2,166 − 1,039 = 9,951
 */
const FORHOEJET_SINGLE_WITHOUT_JOB: ExpectedScenario = {
	benefitAfterOffsetKr: 13156,
	kommuneskatKr: 2166,
	bundskatKr: 1039,
	disposableKr: 9951
};

describe('golden cases: single on forhøjet sats at 150 kr/hour', () => {
	it('0 hours: no change, gain 0', () => {
		const result = calculateGain(singleForhoejet(0), rates);
		expectScenario(result.withoutJob, FORHOEJET_SINGLE_WITHOUT_JOB);
		expectScenario(result.withJob, FORHOEJET_SINGLE_WITHOUT_JOB);
		expect(result.gainPerMonthKr).toBe(0);
		expect(result.gainPerHourKr).toBeNull();
		expect(result.participationTaxRate).toBeNull();
	});

	it('10 hours: 65 % offset above the 2,500 kr fribeløb', () => {
		/*
		 * wage = 10 × 150 × 52 / 12 = 6,500; AM = 520; counted = 5,980
		 * offset = 0.65 × (5,980 − 2,500) = 0.65 × 3,480 = 2,262
		 * benefit = 13,156 − 2,262 = 10,894; ceiling check 10,894 + 5,980 = 16,874 ≤ 22,041
		 * P = 6,500 − 520 + 10,894 = 16,874 → ×12 = 202,488
		 * BF = 0.1275 × 78,000 = 9,945; JF = 0 (78,000 < 235,200); T = 192,543
		 * kommuneskat 0.25049 × (192,543 − 54,100 = 138,443) / 12 = 2,889.88 → 2,890
		 * bundskat    0.1201 × (202,488 − 54,100 = 148,388) / 12 = 1,485.12 → 1,485
		 * disposable  6,500 + 10,894 − 520 − 2,890 − 1,485 = 12,499; gain 12,499 − 9,951 = 2,548
		 * gain/hour   2,548 / 43.333 h = 58.80; participation tax 1 − 2,548 / 6,500 = 0.608
		 */
		const result = calculateGain(singleForhoejet(10), rates);
		expectScenario(result.withoutJob, FORHOEJET_SINGLE_WITHOUT_JOB);
		expectScenario(result.withJob, {
			wageKr: 6500,
			benefitBeforeOffsetKr: 13156,
			benefitAfterOffsetKr: 10894,
			amBidragKr: 520,
			kommuneskatKr: 2890,
			bundskatKr: 1485,
			disposableKr: 12499
		});
		expect(result.gainPerMonthKr).toBe(2548);
		expect(result.gainPerHourKr).toBe(58.8);
		expect(result.participationTaxRate).toBeCloseTo(1 - 2548 / 6500, 10);
		expect(result.krFlags.kroneForKroneApplies).toBe(false);
	});

	it('20 hours: still below the krone-for-krone ceiling', () => {
		/*
		 * wage = 20 × 150 × 52 / 12 = 13,000; AM = 1,040; counted = 11,960
		 * offset = 0.65 × (11,960 − 2,500 = 9,460) = 6,149; benefit = 13,156 − 6,149 = 7,007
		 * ceiling check 7,007 + 11,960 = 18,967 ≤ 22,041
		 * P = 13,000 − 1,040 + 7,007 = 18,967 → ×12 = 227,604
		 * BF = 0.1275 × 156,000 = 19,890; JF = 0; T = 207,714
		 * kommuneskat 0.25049 × 153,614 / 12 = 3,206.56 → 3,207
		 * bundskat    0.1201 × 173,504 / 12 = 1,736.49 → 1,736
		 * disposable  13,000 + 7,007 − 1,040 − 3,207 − 1,736 = 14,024; gain 4,073
		 */
		const result = calculateGain(singleForhoejet(20), rates);
		expectScenario(result.withJob, {
			wageKr: 13000,
			benefitAfterOffsetKr: 7007,
			amBidragKr: 1040,
			kommuneskatKr: 3207,
			bundskatKr: 1736,
			disposableKr: 14024
		});
		expect(result.gainPerMonthKr).toBe(4073);
	});

	it('37 hours: the krone-for-krone ceiling takes the rest of the benefit', () => {
		/*
		 * wage = 37 × 150 × 52 / 12 = 24,050 (160.33 h); AM = 1,924; counted = 22,126
		 * 65 % offset = 0.65 × (22,126 − 2,500 = 19,626) = 12,756.90 → 12,757
		 * after 65 %: 13,156 − 12,757 = 399; 399 + 22,126 = 22,525 > ceiling 22,041
		 * → krone for krone: benefit = max(0, 22,041 − 22,126) = 0 (399 kr deducted)
		 * P = 24,050 − 1,924 = 22,126 → ×12 = 265,512
		 * BF = 0.1275 × 288,600 = 36,796.50; JF = 0.045 × (288,600 − 235,200) = 2,403
		 * T = 265,512 − 36,796.50 − 2,403 = 226,312.50
		 * kommuneskat 0.25049 × 172,212.50 / 12 = 3,594.79 → 3,595
		 * bundskat    0.1201 × 211,412 / 12 = 2,115.88 → 2,116
		 * disposable  24,050 − 1,924 − 3,595 − 2,116 = 16,415; gain 16,415 − 9,951 = 6,464
		 */
		const result = calculateGain(singleForhoejet(37), rates);
		expectScenario(result.withJob, {
			wageKr: 24050,
			benefitAfterOffsetKr: 0,
			amBidragKr: 1924,
			kommuneskatKr: 3595,
			bundskatKr: 2116,
			disposableKr: 16415
		});
		expect(result.withJob.monthlyHours).toBe(160.33);
		expect(result.gainPerMonthKr).toBe(6464);
		expect(result.krFlags).toEqual({
			kroneForKroneApplies: true,
			kroneForKroneCeilingKr: 22041,
			dagpengeCutOffApplies: false
		});
		const kfk = result.withJob.lines.find((l) => l.key === 'calculator.line.offsetKroneForKrone');
		expect(kfk?.amountKr).toBe(399);
		const wage = result.withJob.lines.find((l) => l.key === 'calculator.line.wage');
		expect(wage?.params).toMatchObject({
			weeklyHours: 37,
			monthlyHours: 160.33,
			hourlyWageKr: 150
		});
	});
});

describe('golden cases: other kontanthjælp situations', () => {
	it('grundsats, 24, aktivitetsparat, 10 hours at 140 kr (5,000 kr fribeløb, ungetillæg)', () => {
		/*
		 * benefit = grundsats 6,955 + enlig ikke-forsørger 1,092 + ungetillæg 18–24 1,036 = 9,083
		 * Without job: P×12 = 108,996; − PF = 54,896
		 *   kommuneskat 0.25049 × 54,896 / 12 = 1,145.91 → 1,146; bundskat 0.1201 × 54,896 / 12
		 *   = 549.42 → 549; disposable 9,083 − 1,146 − 549 = 7,388
		 * With 10 h: wage = 10 × 140 × 52 / 12 = 6,066.67 → 6,067; AM = 485.36 → 485
		 *   counted = 5,582; offset 0.65 × (5,582 − 5,000 = 582) = 378.30 → 378
		 *   benefit = 9,083 − 378 = 8,705 (8,705 + 5,582 = 14,287 ≤ 18,734.85)
		 *   P = 6,067 − 485 + 8,705 = 14,287 → ×12 = 171,444
		 *   BF = 0.1275 × 72,804 = 9,282.51; T = 162,161.49
		 *   kommuneskat 0.25049 × 108,061.49 / 12 = 2,255.69 → 2,256
		 *   bundskat 0.1201 × 117,344 / 12 = 1,174.42 → 1,174
		 *   disposable 6,067 + 8,705 − 485 − 2,256 − 1,174 = 10,857; gain 3,469
		 */
		const result = calculateGain(
			{
				benefit: { kind: 'kontanthjaelp', rate: 'grundsats', aktivitetsparat: true },
				age: 24,
				household: 'single',
				children: 0,
				churchMember: false,
				job: { weeklyHours: 10, hourlyWageKr: 140 }
			},
			rates
		);
		expectScenario(result.withoutJob, {
			benefitAfterOffsetKr: 9083,
			kommuneskatKr: 1146,
			bundskatKr: 549,
			disposableKr: 7388
		});
		expectScenario(result.withJob, {
			wageKr: 6067,
			benefitAfterOffsetKr: 8705,
			amBidragKr: 485,
			kommuneskatKr: 2256,
			bundskatKr: 1174,
			disposableKr: 10857
		});
		expect(result.gainPerMonthKr).toBe(3469);
	});

	it('married, 2 children, spouse earns 8,000 kr; 15 hours at 160 kr', () => {
		/*
		 * benefit = forhøjet 12,064 + børnetillæg 2,784 = 14,848 (no single supplements)
		 * spouse: 8,000 − AM 640 = 7,360 counted; offset 0.65 × (7,360 − 2,500) = 3,159
		 * Without job: benefit 14,848 − 3,159 = 11,689; P×12 = 140,268; − PF = 86,168
		 *   kommuneskat 0.25049 × 86,168 / 12 = 1,798.69 → 1,799
		 *   bundskat 0.1201 × 86,168 / 12 = 862.40 → 862; disposable 11,689 − 1,799 − 862 = 9,028
		 * With 15 h: wage = 15 × 160 × 52 / 12 = 10,400; AM 832; counted 9,568
		 *   own offset 0.65 × (9,568 − 2,500 = 7,068) = 4,594.20 → 4,594
		 *   benefit 14,848 − 4,594 − 3,159 = 7,095 (7,095 + 9,568 = 16,663 ≤ 22,041)
		 *   P = 10,400 − 832 + 7,095 = 16,663 → ×12 = 199,956
		 *   BF = 0.1275 × 124,800 = 15,912; T = 184,044
		 *   kommuneskat 0.25049 × 129,944 / 12 = 2,712.47 → 2,712
		 *   bundskat 0.1201 × 145,856 / 12 = 1,459.78 → 1,460
		 *   disposable 10,400 + 7,095 − 832 − 2,712 − 1,460 = 12,491; gain 3,463
		 */
		const result = calculateGain(
			{
				benefit: { kind: 'kontanthjaelp', rate: 'forhoejet' },
				age: 40,
				household: 'married',
				children: 2,
				spouseMonthlyIncomeKr: 8000,
				churchMember: false,
				job: { weeklyHours: 15, hourlyWageKr: 160 }
			},
			rates
		);
		expectScenario(result.withoutJob, {
			benefitBeforeOffsetKr: 14848,
			benefitAfterOffsetKr: 11689,
			kommuneskatKr: 1799,
			bundskatKr: 862,
			disposableKr: 9028
		});
		expectScenario(result.withJob, {
			wageKr: 10400,
			benefitAfterOffsetKr: 7095,
			amBidragKr: 832,
			kommuneskatKr: 2712,
			bundskatKr: 1460,
			disposableKr: 12491
		});
		expect(result.gainPerMonthKr).toBe(3463);
		const spouseLine = result.withJob.lines.find(
			(l) => l.key === 'calculator.line.offsetSpouseIncome'
		);
		expect(spouseLine?.amountKr).toBe(3159);

		// The same job given as a monthly wage (10,400 kr at 15 h/week) gives the same result.
		const monthly = calculateGain(
			{
				benefit: { kind: 'kontanthjaelp', rate: 'forhoejet' },
				age: 40,
				household: 'married',
				children: 2,
				spouseMonthlyIncomeKr: 8000,
				churchMember: false,
				job: { weeklyHours: 15, monthlyWageKr: 10400 }
			},
			rates
		);
		expect(monthly.gainPerMonthKr).toBe(3463);
	});

	it('a cohabiting partner’s income does not count', () => {
		// Same as above but cohabiting: no spouse offset, so benefit without job = 14,848.
		const result = calculateGain(
			{
				benefit: { kind: 'kontanthjaelp', rate: 'forhoejet' },
				age: 40,
				household: 'cohabiting',
				children: 2,
				spouseMonthlyIncomeKr: 8000,
				churchMember: false,
				job: { weeklyHours: 15, hourlyWageKr: 160 }
			},
			rates
		);
		expect(result.withoutJob.benefitAfterOffsetKr).toBe(14848);
	});

	it('single parent on mindstesats, 1 child, 20 hours at 150 kr', () => {
		/*
		 * benefit = mindstesats 6,553 + børnetillæg 2,784 + enlig forsørger 1,638 = 10,975
		 * Without job: P×12 = 131,700; − PF = 77,600
		 *   kommuneskat 0.25049 × 77,600 / 12 = 1,619.84 → 1,620
		 *   bundskat 0.1201 × 77,600 / 12 = 776.65 → 777; disposable 10,975 − 1,620 − 777 = 8,578
		 * With 20 h: wage 13,000; AM 1,040; counted 11,960
		 *   offset 0.65 × (11,960 − 5,000 = 6,960) = 4,524; benefit 10,975 − 4,524 = 6,451
		 *   ceiling check 6,451 + 11,960 = 18,411 ≤ 18,734.85
		 *   P = 13,000 − 1,040 + 6,451 = 18,411 → ×12 = 220,932
		 *   BF 0.1275 × 156,000 = 19,890; single-parent BF 0.115 × 156,000 = 17,940; JF 0
		 *   T = 220,932 − 19,890 − 17,940 = 183,102
		 *   kommuneskat 0.25049 × 129,002 / 12 = 2,692.81 → 2,693
		 *   bundskat 0.1201 × 166,832 / 12 = 1,669.71 → 1,670
		 *   disposable 13,000 + 6,451 − 1,040 − 2,693 − 1,670 = 14,048; gain 5,470
		 */
		const result = calculateGain(
			{
				benefit: { kind: 'kontanthjaelp', rate: 'mindstesats' },
				age: 32,
				household: 'single',
				children: 1,
				churchMember: false,
				job: { weeklyHours: 20, hourlyWageKr: 150 }
			},
			rates
		);
		expectScenario(result.withoutJob, {
			benefitAfterOffsetKr: 10975,
			kommuneskatKr: 1620,
			bundskatKr: 777,
			disposableKr: 8578
		});
		expectScenario(result.withJob, {
			benefitAfterOffsetKr: 6451,
			kommuneskatKr: 2693,
			bundskatKr: 1670,
			disposableKr: 14048
		});
		expect(result.gainPerMonthKr).toBe(5470);
		const extra = result.withJob.lines.find(
			(l) => l.key === 'calculator.line.beskaeftigelsesfradragSingleParent'
		);
		expect(extra?.amountKr).toBe(1495); // 17,940 / 12
	});
});

describe('golden cases: church membership and municipality', () => {
	it('church member pays kirkeskat in both scenarios (10 hours, forhøjet)', () => {
		/*
		 * Without job: kirkeskat 0.00867 × 103,772 / 12 = 74.98 → 75; disposable 9,951 − 75 = 9,876
		 * With 10 h:   kirkeskat 0.00867 × 138,443 / 12 = 100.03 → 100; disposable 12,499 − 100
		 *              = 12,399. Gain 12,399 − 9,876 = 2,523 (non-member: 2,548)
		 */
		const member = calculateGain(singleForhoejet(10, true), rates);
		expectScenario(member.withoutJob, { kirkeskatKr: 75, kommuneskatKr: 2166, disposableKr: 9876 });
		expectScenario(member.withJob, { kirkeskatKr: 100, kommuneskatKr: 2890, disposableKr: 12399 });
		expect(member.gainPerMonthKr).toBe(2523);
		const nonMember = calculateGain(singleForhoejet(10, false), rates);
		expect(nonMember.withJob.taxes.kirkeskatKr).toBe(0);
		expect(nonMember.gainPerMonthKr).toBe(2548);
	});

	it('uses the municipality’s own rate when the file has it, else the average', () => {
		// A test-only table: 23.5 % for code 101 is an invented figure, not a real 2026 rate.
		const withMunicipality = parseRateTable({
			...rates,
			municipalities: { '101': 23.5 },
			municipalitiesSource: { status: 'secondary', source: 'https://example.org/test' }
		});
		/*
		 * Forhøjet, single, no job: kommuneskat 0.235 × 103,772 / 12 = 2,032.20 → 2,032
		 * disposable 13,156 − 2,032 − 1,039 = 10,085
		 */
		const local = calculateGain(
			{ ...singleForhoejet(0), municipalityCode: '101' },
			withMunicipality
		);
		expectScenario(local.withoutJob, { kommuneskatKr: 2032, disposableKr: 10085 });
		const line = local.withoutJob.lines.find((l) => l.key === 'calculator.line.kommuneskat');
		expect(line?.params).toMatchObject({
			ratePercent: 23.5,
			rateSource: 'municipality',
			municipalityCode: '101'
		});
		expect(local.unconfirmedFigures).toContain('municipalities.101');
		expect(local.unconfirmedFigures).not.toContain('kommuneskatAverageRate');

		// Unknown code: average 25.049 % → the 9,951 of the first case.
		const unknown = calculateGain({ ...singleForhoejet(0), municipalityCode: '999' }, rates);
		expectScenario(unknown.withoutJob, FORHOEJET_SINGLE_WITHOUT_JOB);
	});
});

describe('golden cases: dagpenge', () => {
	const dagpenge = (
		weeklyHours: number,
		hourlyWageKr: number,
		membership: 'fulltime' | 'parttime' = 'fulltime'
	): CalculatorInput => ({
		benefit: { kind: 'dagpenge', membership },
		age: 45,
		household: 'single',
		children: 0,
		churchMember: false,
		job: { weeklyHours, hourlyWageKr }
	});

	/*
	 * Without job (full-time): dagpenge 22,041; P×12 = 264,492; − PF = 210,392
	 *   kommuneskat 0.25049 × 210,392 / 12 = 4,391.76 → 4,392
	 *   bundskat 0.1201 × 210,392 / 12 = 2,105.67 → 2,106; disposable 22,041 − 4,392 − 2,106 = 15,543
	 */
	const FULLTIME_WITHOUT_JOB: ExpectedScenario = {
		benefitAfterOffsetKr: 22041,
		kommuneskatKr: 4392,
		bundskatKr: 2106,
		disposableKr: 15543
	};

	it('15 hours at 180 kr: supplerende dagpenge for 95.33 hours', () => {
		/*
		 * hours = 15 × 52 / 12 = 65; wage = 15 × 180 × 52 / 12 = 11,700; AM = 936
		 * dagpenge = 22,041 × (160.33 − 65) / 160.33 = 22,041 × 95.33 / 160.33 = 13,105.27 → 13,105
		 * P = 11,700 − 936 + 13,105 = 23,869 → ×12 = 286,428
		 * BF = 0.1275 × 140,400 = 17,901; JF 0; T = 268,527
		 * kommuneskat 0.25049 × 214,427 / 12 = 4,475.98 → 4,476
		 * bundskat 0.1201 × 232,328 / 12 = 2,325.22 → 2,325
		 * disposable 11,700 + 13,105 − 936 − 4,476 − 2,325 = 17,068; gain 1,525
		 */
		const result = calculateGain(dagpenge(15, 180), rates);
		expectScenario(result.withoutJob, FULLTIME_WITHOUT_JOB);
		expectScenario(result.withJob, {
			wageKr: 11700,
			benefitAfterOffsetKr: 13105,
			amBidragKr: 936,
			kommuneskatKr: 4476,
			bundskatKr: 2325,
			disposableKr: 17068
		});
		expect(result.gainPerMonthKr).toBe(1525);
	});

	it('30 hours at 180 kr: 30.33 hours of dagpenge, jobfradrag starts', () => {
		/*
		 * hours = 130; wage = 30 × 180 × 52 / 12 = 23,400; AM = 1,872
		 * dagpenge = 22,041 × 30.33 / 160.33 = 4,169.55 → 4,170
		 * P = 23,400 − 1,872 + 4,170 = 25,698 → ×12 = 308,376
		 * BF = 0.1275 × 280,800 = 35,802; JF = 0.045 × (280,800 − 235,200) = 2,052
		 * T = 308,376 − 35,802 − 2,052 = 270,522
		 * kommuneskat 0.25049 × 216,422 / 12 = 4,517.63 → 4,518
		 * bundskat 0.1201 × 254,276 / 12 = 2,544.88 → 2,545
		 * disposable 23,400 + 4,170 − 1,872 − 4,518 − 2,545 = 18,635; gain 3,092
		 */
		const result = calculateGain(dagpenge(30, 180), rates);
		expectScenario(result.withJob, {
			wageKr: 23400,
			benefitAfterOffsetKr: 4170,
			amBidragKr: 1872,
			kommuneskatKr: 4518,
			bundskatKr: 2545,
			disposableKr: 18635
		});
		expect(result.gainPerMonthKr).toBe(3092);
		expect(result.krFlags.dagpengeCutOffApplies).toBe(false);
	});

	it('part-time member, 20 hours at 150 kr: 130-hour norm', () => {
		/*
		 * Without job: 14,061; P×12 = 168,732; − PF = 114,632
		 *   kommuneskat 0.25049 × 114,632 / 12 = 2,392.85 → 2,393
		 *   bundskat 0.1201 × 114,632 / 12 = 1,147.28 → 1,147; disposable 10,521
		 * With 20 h: hours 86.67; paid 130 − 86.67 = 43.33 = 130 / 3 → 14,061 / 3 = 4,687
		 *   wage 13,000; AM 1,040; P = 16,647 → ×12 = 199,764; BF 19,890; T = 179,874
		 *   kommuneskat 0.25049 × 125,774 / 12 = 2,625.43 → 2,625
		 *   bundskat 0.1201 × 145,664 / 12 = 1,457.85 → 1,458
		 *   disposable 13,000 + 4,687 − 1,040 − 2,625 − 1,458 = 12,564; gain 2,043
		 */
		const result = calculateGain(dagpenge(20, 150, 'parttime'), rates);
		expectScenario(result.withoutJob, {
			benefitAfterOffsetKr: 14061,
			kommuneskatKr: 2393,
			bundskatKr: 1147,
			disposableKr: 10521
		});
		expectScenario(result.withJob, {
			benefitAfterOffsetKr: 4687,
			kommuneskatKr: 2625,
			bundskatKr: 1458,
			disposableKr: 12564
		});
		expect(result.gainPerMonthKr).toBe(2043);
		expect(result.unconfirmedFigures).toContain('dagpengeHighestRateParttime');
	});

	it('37 hours at 400 kr crosses the mellemskat threshold (dagpenge cut off)', () => {
		/*
		 * wage = 37 × 400 × 52 / 12 = 64,133.33 → 64,133; AM = 5,130.64 → 5,131
		 * hours 160.33 > 145.53 → no dagpenge
		 * P = 64,133 − 5,131 = 59,002 → ×12 = 708,024
		 * BF = 0.1275 × 769,596 = 98,123.49 → capped 63,300
		 * JF = 0.045 × (769,596 − 235,200) = 24,047.82 → capped 3,100
		 * T = 708,024 − 63,300 − 3,100 = 641,624
		 * kommuneskat 0.25049 × 587,524 / 12 = 12,264.07 → 12,264
		 * bundskat 0.1201 × 653,924 / 12 = 6,544.69 → 6,545
		 * mellemskat 0.075 × (708,024 − 641,200 = 66,824) / 12 = 417.65 → 418; topskat 0
		 * disposable 64,133 − 5,131 − 12,264 − 6,545 − 418 = 39,775; gain 39,775 − 15,543 = 24,232
		 */
		const result = calculateGain(dagpenge(37, 400), rates);
		expectScenario(result.withJob, {
			wageKr: 64133,
			benefitAfterOffsetKr: 0,
			amBidragKr: 5131,
			kommuneskatKr: 12264,
			bundskatKr: 6545,
			mellemskatKr: 418,
			topskatKr: 0,
			disposableKr: 39775
		});
		expect(result.gainPerMonthKr).toBe(24232);
		expect(result.krFlags.dagpengeCutOffApplies).toBe(true);
	});

	it('37 hours at 500 kr also crosses the topskat threshold', () => {
		/*
		 * wage = 37 × 500 × 52 / 12 = 80,166.67 → 80,167; AM = 6,413.36 → 6,413
		 * P = 73,754 → ×12 = 885,048; BF capped 63,300; JF capped 3,100; T = 818,648
		 * kommuneskat 0.25049 × 764,548 / 12 = 15,959.30 → 15,959
		 * bundskat 0.1201 × 830,948 / 12 = 8,316.40 → 8,316
		 * mellemskat 0.075 × 243,848 / 12 = 1,524.05 → 1,524
		 * topskat 0.075 × (885,048 − 777,900 = 107,148) / 12 = 669.675 → 670
		 * disposable 80,167 − 6,413 − 15,959 − 8,316 − 1,524 − 670 = 47,285
		 */
		const result = calculateGain(dagpenge(37, 500), rates);
		expectScenario(result.withJob, {
			amBidragKr: 6413,
			kommuneskatKr: 15959,
			bundskatKr: 8316,
			mellemskatKr: 1524,
			topskatKr: 670,
			topTopskatKr: 0,
			disposableKr: 47285
		});
	});
});

describe('golden cases: dagpenge at her own rate', () => {
	const ownRate = (
		weeklyHours: number,
		amountKr: number,
		per: 'month' | 'week'
	): CalculatorInput => ({
		benefit: { kind: 'dagpenge', membership: 'fulltime', ownRate: { amountKr, per } },
		age: 45,
		household: 'single',
		children: 0,
		churchMember: false,
		job: { weeklyHours, hourlyWageKr: 180 }
	});

	it('18,000 kr. a month, 15 hours at 180 kr', () => {
		/*
		 * Without job: dagpenge 18,000; P×12 = 216,000; − PF = 161,900
		 *   kommuneskat 0.25049 × 161,900 / 12 = 3,379.53 → 3,380
		 *   bundskat 0.1201 × 161,900 / 12 = 1,620.35 → 1,620; disposable 18,000 − 3,380 − 1,620 = 13,000
		 * With job: hours 65; wage 11,700; AM 936
		 *   dagpenge = 18,000 × 95.33 / 160.33 = 10,702.55 → 10,703 (hour rate 112.27, not 137.47)
		 *   P = 11,700 − 936 + 10,703 = 21,467 → ×12 = 257,604; BF 17,901; T = 239,703
		 *   kommuneskat 0.25049 × 185,603 / 12 = 3,874.31 → 3,874
		 *   bundskat 0.1201 × 203,504 / 12 = 2,036.74 → 2,037
		 *   disposable 11,700 + 10,703 − 936 − 3,874 − 2,037 = 15,556; gain 2,556
		 */
		const result = calculateGain(ownRate(15, 18000, 'month'), rates);
		expectScenario(result.withoutJob, {
			benefitBeforeOffsetKr: 18000,
			benefitAfterOffsetKr: 18000,
			kommuneskatKr: 3380,
			bundskatKr: 1620,
			disposableKr: 13000
		});
		expectScenario(result.withJob, {
			wageKr: 11700,
			benefitAfterOffsetKr: 10703,
			amBidragKr: 936,
			kommuneskatKr: 3874,
			bundskatKr: 2037,
			disposableKr: 15556
		});
		expect(result.gainPerMonthKr).toBe(2556);
		// The result rests on her rate, not on the (secondary) highest rate.
		expect(result.unconfirmedFigures).not.toContain('dagpengeHighestRateFulltime');
		const base = result.withJob.lines.find((l) => l.key === 'calculator.line.benefitBeforeOffset');
		expect(base?.params).toMatchObject({ ownRate: true });
		expect(base?.params).not.toHaveProperty('weeklyRateKr');
	});

	it('4,000 kr. a week is 17,333.33 kr. a month (× 52 / 12)', () => {
		/*
		 * Month = 4,000 × 52 / 12 = 17,333.33, shown as 17,333
		 * Without job: P×12 = 207,996 (12 × 17,333); − PF = 153,896
		 *   kommuneskat 0.25049 × 153,896 / 12 = 3,212.45 → 3,212
		 *   bundskat 0.1201 × 153,896 / 12 = 1,540.24 → 1,540; disposable 17,333 − 3,212 − 1,540 = 12,581
		 * With job (15 h at 180): dagpenge = 17,333.33 × 95.33 / 160.33 = 10,306.16 → 10,306
		 *   P = 11,700 − 936 + 10,306 = 21,070 → ×12 = 252,840; T = 252,840 − 17,901 = 234,939
		 *   kommuneskat 0.25049 × 180,839 / 12 = 3,774.86 → 3,775
		 *   bundskat 0.1201 × 198,740 / 12 = 1,989.06 → 1,989
		 *   disposable 11,700 + 10,306 − 936 − 3,775 − 1,989 = 15,306; gain 2,725
		 */
		const result = calculateGain(ownRate(15, 4000, 'week'), rates);
		expectScenario(result.withoutJob, {
			benefitBeforeOffsetKr: 17333,
			benefitAfterOffsetKr: 17333,
			kommuneskatKr: 3212,
			bundskatKr: 1540,
			disposableKr: 12581
		});
		expectScenario(result.withJob, {
			benefitAfterOffsetKr: 10306,
			kommuneskatKr: 3775,
			bundskatKr: 1989,
			disposableKr: 15306
		});
		expect(result.gainPerMonthKr).toBe(2725);
		const base = result.withJob.lines.find((l) => l.key === 'calculator.line.benefitBeforeOffset');
		expect(base?.params).toMatchObject({ ownRate: true, weeklyRateKr: 4000 });
	});

	it('the highest rate given as her own rate changes nothing', () => {
		const highest = calculateGain(ownRate(15, 22041, 'month'), rates);
		const assumed = calculateGain(
			{ ...ownRate(15, 0, 'month'), benefit: { kind: 'dagpenge', membership: 'fulltime' } },
			rates
		);
		expect(highest.withJob.disposableKr).toBe(assumed.withJob.disposableKr);
		expect(highest.gainPerMonthKr).toBe(1525);
	});
});

describe('unconfirmed figures', () => {
	it('lists the non-confirmed figures a forhøjet-sats calculation used', () => {
		const result: CalculatorResult = calculateGain(singleForhoejet(37), rates);
		expect(result.unconfirmedFigures).toEqual(
			expect.arrayContaining([
				'kontanthjaelpRateForhoejet',
				'kontanthjaelpSupplementEnligIkkeForsoerger',
				'kontanthjaelpFribeloebForhoejet',
				'kontanthjaelpOffsetRate',
				'kontanthjaelpCeilingForhoejet',
				'dagpengeHighestRateFulltime',
				'jobfradragRate'
			])
		);
		expect(result.unconfirmedFigures).not.toContain('bundskatRate');
		expect(result.unconfirmedFigures).not.toContain('kontanthjaelpRateGrundsats');
	});

	it('leaves out wage-only figures when there is no wage', () => {
		const result = calculateGain(singleForhoejet(0), rates);
		expect(result.unconfirmedFigures).not.toContain('jobfradragRate');
	});
});
