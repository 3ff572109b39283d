import { describe, expect, it } from 'vitest';
import { CALCULATOR_ERROR_KEYS, validateCalculatorInput } from './validation';
import type { CalculatorErrorKey, ValidationError } from './validation';

const valid = {
	benefit: { kind: 'kontanthjaelp', rate: 'forhoejet' },
	age: 35,
	household: 'single',
	children: 0,
	churchMember: false,
	job: { weeklyHours: 20, hourlyWageKr: 150 }
};

function errorsOf(raw: unknown): ValidationError[] {
	const result = validateCalculatorInput(raw);
	return result.ok ? [] : result.errors;
}

function expectError(raw: unknown, field: string, messageKey: CalculatorErrorKey) {
	expect(errorsOf(raw)).toContainEqual({ field, messageKey });
}

const withJob = (job: Record<string, unknown>) => ({ ...valid, job });

describe('validateCalculatorInput', () => {
	it('accepts a valid input and drops unknown properties', () => {
		const result = validateCalculatorInput({ ...valid, extra: 'ignored' });
		expect(result).toEqual({ ok: true, value: valid });
	});

	it('accepts a monthly wage instead of an hourly one', () => {
		const result = validateCalculatorInput(withJob({ weeklyHours: 37, monthlyWageKr: 25_000 }));
		expect(result).toMatchObject({
			ok: true,
			value: { job: { weeklyHours: 37, monthlyWageKr: 25_000 } }
		});
	});

	it('keeps optional fields when given', () => {
		const result = validateCalculatorInput({
			...valid,
			household: 'married',
			spouseMonthlyIncomeKr: 12_000,
			municipalityCode: '101'
		});
		expect(result).toMatchObject({
			ok: true,
			value: { spouseMonthlyIncomeKr: 12_000, municipalityCode: '101' }
		});
	});

	it('rejects something that is not an object', () => {
		expect(errorsOf(null)).toEqual([{ field: '', messageKey: 'calculator.errors.invalidInput' }]);
		expect(errorsOf('x')).toEqual([{ field: '', messageKey: 'calculator.errors.invalidInput' }]);
	});

	describe('hours', () => {
		it('rejects negative hours', () => {
			expectError(
				withJob({ weeklyHours: -1, hourlyWageKr: 150 }),
				'job.weeklyHours',
				'calculator.errors.hoursNegative'
			);
		});
		it('rejects more than 48 hours a week (the working time act), accepts exactly 48', () => {
			for (const weeklyHours of [48.5, 60]) {
				expectError(
					withJob({ weeklyHours, hourlyWageKr: 150 }),
					'job.weeklyHours',
					'calculator.errors.hoursTooHigh'
				);
			}
			expect(validateCalculatorInput(withJob({ weeklyHours: 48, hourlyWageKr: 150 })).ok).toBe(
				true
			);
		});
		it('rejects missing, NaN, infinite and string hours', () => {
			expectError(withJob({ hourlyWageKr: 150 }), 'job.weeklyHours', 'calculator.errors.required');
			for (const weeklyHours of [Number.NaN, Number.POSITIVE_INFINITY, '20']) {
				expectError(
					withJob({ weeklyHours, hourlyWageKr: 150 }),
					'job.weeklyHours',
					'calculator.errors.notANumber'
				);
			}
		});
		it('needs hours for a monthly wage', () => {
			expectError(
				withJob({ weeklyHours: 0, monthlyWageKr: 20_000 }),
				'job.weeklyHours',
				'calculator.errors.hoursRequiredForMonthlyWage'
			);
		});
	});

	describe('wage', () => {
		it('rejects a negative wage', () => {
			expectError(
				withJob({ weeklyHours: 20, hourlyWageKr: -1 }),
				'job.hourlyWageKr',
				'calculator.errors.wageNegative'
			);
			expectError(
				withJob({ weeklyHours: 20, monthlyWageKr: -1 }),
				'job.monthlyWageKr',
				'calculator.errors.wageNegative'
			);
		});
		it('rejects more than 10,000 kr/hour, also as a monthly wage', () => {
			expectError(
				withJob({ weeklyHours: 20, hourlyWageKr: 10_001 }),
				'job.hourlyWageKr',
				'calculator.errors.wageTooHigh'
			);
			// 1 h/week = 4.33 h/month; 50,000 kr/month is 11,538 kr/hour.
			expectError(
				withJob({ weeklyHours: 1, monthlyWageKr: 50_000 }),
				'job.monthlyWageKr',
				'calculator.errors.wageTooHigh'
			);
			expect(validateCalculatorInput(withJob({ weeklyHours: 20, hourlyWageKr: 10_000 })).ok).toBe(
				true
			);
		});
		it('needs exactly one of hourly and monthly wage', () => {
			expectError(
				withJob({ weeklyHours: 20 }),
				'job.hourlyWageKr',
				'calculator.errors.wageMissing'
			);
			expectError(
				withJob({ weeklyHours: 20, hourlyWageKr: 150, monthlyWageKr: 20_000 }),
				'job.monthlyWageKr',
				'calculator.errors.wageAmbiguous'
			);
		});
	});

	describe('person', () => {
		it('rejects a bad age', () => {
			expectError({ ...valid, age: 17 }, 'age', 'calculator.errors.ageTooLow');
			expectError({ ...valid, age: 67 }, 'age', 'calculator.errors.ageTooHigh');
			expectError({ ...valid, age: 35.5 }, 'age', 'calculator.errors.ageNotWholeNumber');
			expectError({ ...valid, age: undefined }, 'age', 'calculator.errors.required');
		});
		it('rejects a bad number of children', () => {
			for (const children of [-1, 1.5, 21]) {
				expectError({ ...valid, children }, 'children', 'calculator.errors.childrenInvalid');
			}
		});
		it('rejects a bad spouse income', () => {
			expectError(
				{ ...valid, spouseMonthlyIncomeKr: -5 },
				'spouseMonthlyIncomeKr',
				'calculator.errors.spouseIncomeNegative'
			);
			expectError(
				{ ...valid, spouseMonthlyIncomeKr: 1_000_001 },
				'spouseMonthlyIncomeKr',
				'calculator.errors.spouseIncomeTooHigh'
			);
		});
		it('rejects a municipality code that is not three digits', () => {
			for (const municipalityCode of ['1', '1011', 'abc', 101]) {
				expectError(
					{ ...valid, municipalityCode },
					'municipalityCode',
					'calculator.errors.municipalityCodeInvalid'
				);
			}
		});
		it('rejects unknown choices', () => {
			expectError(
				{ ...valid, household: 'divorced' },
				'household',
				'calculator.errors.invalidChoice'
			);
			expectError(
				{ ...valid, churchMember: 'yes' },
				'churchMember',
				'calculator.errors.invalidChoice'
			);
			expectError(
				{ ...valid, benefit: { kind: 'su' } },
				'benefit.kind',
				'calculator.errors.invalidChoice'
			);
			expectError(
				{ ...valid, benefit: { kind: 'kontanthjaelp', rate: 'max' } },
				'benefit.rate',
				'calculator.errors.invalidChoice'
			);
			expectError(
				{ ...valid, benefit: { kind: 'dagpenge', membership: 'none' } },
				'benefit.membership',
				'calculator.errors.invalidChoice'
			);
			expectError({ ...valid, household: undefined }, 'household', 'calculator.errors.required');
		});
	});

	describe('rules across fields', () => {
		it('grundsats and hjemmeboende sats are for under-30s', () => {
			expectError(
				{ ...valid, age: 30, benefit: { kind: 'kontanthjaelp', rate: 'grundsats' } },
				'benefit.rate',
				'calculator.errors.rateRequiresUnder30'
			);
			expectError(
				{ ...valid, age: 31, benefit: { kind: 'kontanthjaelp', rate: 'hjemmeboende' } },
				'benefit.rate',
				'calculator.errors.rateRequiresUnder30'
			);
		});
		it('forhøjet sats needs age 25', () => {
			expectError({ ...valid, age: 24 }, 'benefit.rate', 'calculator.errors.rateRequiresAge25');
			expect(validateCalculatorInput({ ...valid, age: 25 }).ok).toBe(true);
		});
		it('hjemmeboende sats means no own children at home', () => {
			expectError(
				{
					...valid,
					age: 22,
					children: 1,
					benefit: { kind: 'kontanthjaelp', rate: 'hjemmeboende' }
				},
				'children',
				'calculator.errors.hjemmeboendeWithChildren'
			);
		});
		it('dagpenge has no rate-age rules', () => {
			expect(
				validateCalculatorInput({
					...valid,
					age: 19,
					benefit: { kind: 'dagpenge', membership: 'parttime' }
				}).ok
			).toBe(true);
		});
	});

	describe('her own dagpenge rate', () => {
		const dagpenge = (ownRate?: unknown, membership = 'fulltime') => ({
			...valid,
			benefit: { kind: 'dagpenge', membership, ...(ownRate === undefined ? {} : { ownRate }) }
		});
		it('is optional: without it the highest rate is used', () => {
			expect(validateCalculatorInput(dagpenge())).toEqual({ ok: true, value: dagpenge() });
		});
		it('accepts up to the highest rate of the rate file, per month and per week', () => {
			for (const ownRate of [
				{ amountKr: 22041, per: 'month' },
				{ amountKr: 1, per: 'month' },
				// 22,041 × 12 / 52 = 5,086.38: the highest whole weekly amount is 5,086.
				{ amountKr: 5086, per: 'week' }
			]) {
				expect(validateCalculatorInput(dagpenge(ownRate)).ok, JSON.stringify(ownRate)).toBe(true);
			}
			expect(
				validateCalculatorInput(dagpenge({ amountKr: 14061, per: 'month' }, 'parttime')).ok
			).toBe(true);
		});
		it('rejects a rate above the highest one for her insurance', () => {
			for (const [ownRate, membership] of [
				[{ amountKr: 22042, per: 'month' }, 'fulltime'],
				[{ amountKr: 5087, per: 'week' }, 'fulltime'],
				[{ amountKr: 14062, per: 'month' }, 'parttime']
			] as const) {
				expectError(
					dagpenge(ownRate, membership),
					'benefit.ownRate.amountKr',
					'calculator.errors.dagpengeRateTooHigh'
				);
			}
		});
		it('rejects 0 and negative amounts, and an unknown unit', () => {
			for (const amountKr of [0, -100]) {
				expectError(
					dagpenge({ amountKr, per: 'month' }),
					'benefit.ownRate.amountKr',
					'calculator.errors.dagpengeRateNotPositive'
				);
			}
			expectError(
				dagpenge({ amountKr: 100, per: 'day' }),
				'benefit.ownRate.per',
				'calculator.errors.invalidChoice'
			);
			expectError(
				dagpenge({ per: 'month' }),
				'benefit.ownRate.amountKr',
				'calculator.errors.required'
			);
		});
	});

	it('reports one error per field, and several fields at once', () => {
		const errors = errorsOf({
			...valid,
			age: -3.5,
			children: -1,
			job: { weeklyHours: 100, hourlyWageKr: -2 }
		});
		expect(errors.map((e) => e.field).sort()).toEqual([
			'age',
			'children',
			'job.hourlyWageKr',
			'job.weeklyHours'
		]);
	});

	it('names a missing wage together with the other missing answers', () => {
		const errors = errorsOf({ churchMember: true, children: 0, job: {} });
		expect(errors).toContainEqual({
			field: 'job.hourlyWageKr',
			messageKey: 'calculator.errors.wageMissing'
		});
		expect(errors.map((e) => e.field).sort()).toEqual([
			'age',
			'benefit',
			'household',
			'job.hourlyWageKr',
			'job.weeklyHours'
		]);
	});

	it('only ever returns declared message keys', () => {
		const garbage = [
			undefined,
			0,
			[],
			{},
			{ job: null },
			{ ...valid, benefit: null },
			{ ...valid, job: { weeklyHours: {} } }
		];
		for (const raw of garbage) {
			for (const error of errorsOf(raw)) expect(CALCULATOR_ERROR_KEYS).toContain(error.messageKey);
		}
	});
});
