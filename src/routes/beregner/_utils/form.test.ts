import { describe, expect, it } from 'vitest';
import { validateCalculatorInput } from '$lib/domain/calculator';
import {
	ageOn,
	emptyForm,
	firstInvalidField,
	formErrors,
	parseNumber,
	prefillFromProfile,
	showsAktivitetsparat,
	showsSpouseIncome,
	toCalculatorInput
} from './form';
import type { CalculatorFormValues } from './form';

const filled = (values: Partial<CalculatorFormValues>): CalculatorFormValues => ({
	...emptyForm(),
	...values
});

const anna = filled({
	hours: '20',
	wage: '150',
	benefit: 'kontanthjaelp',
	rate: 'forhoejet',
	age: '40',
	household: 'single'
});

describe('parseNumber', () => {
	it.each([
		['37', 37],
		['37,5', 37.5],
		['37.5', 37.5],
		['182,50', 182.5],
		['1.000', 1000],
		['24.050', 24050],
		['24 050 kr.', 24050],
		['kr. 150', 150],
		['1.234,56', 1234.56],
		['1,234.56', 1234.56],
		['1,000,000', 1000000],
		['-5', -5],
		['\u22125', -5],
		['0', 0]
	])('reads %s as %d', (text, value) => {
		expect(parseNumber(text)).toBe(value);
	});

	it('answers undefined when empty and NaN when unreadable', () => {
		expect(parseNumber('  ')).toBeUndefined();
		expect(parseNumber('mange')).toBeNaN();
		expect(parseNumber('3-4')).toBeNaN();
		expect(parseNumber('1e5')).toBeNaN();
	});
});

describe('toCalculatorInput', () => {
	it('gives the engine a valid input for a filled-in form', () => {
		const result = validateCalculatorInput(toCalculatorInput(anna));
		expect(result).toEqual({
			ok: true,
			value: {
				benefit: { kind: 'kontanthjaelp', rate: 'forhoejet', aktivitetsparat: false },
				age: 40,
				household: 'single',
				children: 0,
				churchMember: true,
				job: { weeklyHours: 20, hourlyWageKr: 150 }
			}
		});
	});

	it('sends the monthly wage, the municipality and the spouse wage only when they apply', () => {
		const married = filled({
			...anna,
			wageType: 'monthly',
			wage: '24.050',
			household: 'married',
			spouseIncome: '12000',
			churchMember: 'nej'
		});
		expect(toCalculatorInput(married, '461')).toMatchObject({
			spouseMonthlyIncomeKr: 12000,
			municipalityCode: '461',
			churchMember: false,
			job: { weeklyHours: 20, monthlyWageKr: 24050 }
		});
		expect(toCalculatorInput({ ...married, household: 'cohabiting' })).not.toHaveProperty(
			'spouseMonthlyIncomeKr'
		);
		expect(showsSpouseIncome(married)).toBe(true);
		expect(showsSpouseIncome({ ...married, benefit: 'dagpenge' })).toBe(false);
	});

	it('asks about aktivitetsparat only for under-30s on grundsats', () => {
		const young = filled({ ...anna, rate: 'grundsats', age: '24', aktivitetsparat: true });
		expect(showsAktivitetsparat(young)).toBe(true);
		expect(toCalculatorInput(young).benefit).toMatchObject({ aktivitetsparat: true });
		const older = { ...young, age: '31' };
		expect(showsAktivitetsparat(older)).toBe(false);
		expect(toCalculatorInput(older).benefit).toMatchObject({ aktivitetsparat: false });
	});

	it('sends dagpenge membership and ignores the kontanthjælp rate', () => {
		const input = toCalculatorInput(
			filled({ ...anna, benefit: 'dagpenge', membership: 'fulltime' })
		);
		expect(input.benefit).toEqual({ kind: 'dagpenge', membership: 'fulltime' });
	});
});

describe('formErrors', () => {
	it('puts each engine error on its field, in form order', () => {
		const validation = validateCalculatorInput(
			toCalculatorInput(filled({ hours: '90', wage: '', age: 'x' }))
		);
		expect(validation.ok).toBe(false);
		if (validation.ok) return;
		const errors = formErrors(validation.errors);
		expect(errors.byField).toEqual({
			hours: 'calculator.errors.hoursTooHigh',
			benefit: 'calculator.errors.invalidChoice',
			age: 'calculator.errors.notANumber',
			household: 'calculator.errors.required'
		});
		expect(firstInvalidField(errors)).toBe('hours');
	});

	it('shows a missing wage at the wage field and cross-field errors at theirs', () => {
		const validation = validateCalculatorInput(
			toCalculatorInput(filled({ ...anna, wage: '', age: '22' }))
		);
		if (validation.ok) throw new Error('expected errors');
		expect(formErrors(validation.errors).byField).toEqual({
			wage: 'calculator.errors.wageMissing',
			rate: 'calculator.errors.rateRequiresAge25'
		});
	});

	it('keeps errors without a field apart', () => {
		expect(
			formErrors([
				{ field: 'municipalityCode', messageKey: 'calculator.errors.municipalityCodeInvalid' },
				{ field: '', messageKey: 'calculator.errors.invalidInput' }
			])
		).toEqual({
			byField: {},
			general: ['calculator.errors.municipalityCodeInvalid', 'calculator.errors.invalidInput']
		});
	});
});

describe('ageOn and prefillFromProfile', () => {
	it('counts whole years, the birthday included', () => {
		expect(ageOn('1985-06-02', '2026-06-01')).toBe(40);
		expect(ageOn('1985-06-02', '2026-06-02')).toBe(41);
		expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
		expect(ageOn('2000-02-29', '2026-03-01')).toBe(26);
		expect(() => ageOn('2. juni 1985', '2026-06-01')).toThrow(RangeError);
	});

	it('prefills benefit, age, household and municipality from the profile', () => {
		expect(
			prefillFromProfile(
				{
					birthDate: '1985-06-02',
					benefitType: 'kontanthjaelp',
					household: { status: 'married', children: 2 },
					municipality: { code: '461', name: 'Odense' }
				},
				'2026-11-20'
			)
		).toEqual({
			values: { benefit: 'kontanthjaelp', age: '41', household: 'married', children: '2' },
			municipalityCode: '461'
		});
	});

	it('leaves out what the calculator cannot use', () => {
		expect(
			prefillFromProfile(
				{ birthDate: null, benefitType: 'sygedagpenge', household: null, municipality: null },
				'2026-11-20'
			)
		).toEqual({ values: {} });
	});
});
