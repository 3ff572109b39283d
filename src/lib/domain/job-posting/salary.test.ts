import { describe, expect, it } from 'vitest';
import { parseNumber } from './json-ld';
import { errorsOf, job, withChanges } from './test-records';

describe('wage', () => {
	const wage = (baseSalary: unknown) => job(withChanges({ baseSalary })).hourlyWageKr;
	const amount = (value: unknown, unitText: string, currency = 'DKK') => ({
		'@type': 'MonetaryAmount',
		currency,
		value: { '@type': 'QuantitativeValue', value, unitText }
	});

	it('converts DKK amounts to an hourly wage', () => {
		expect(wage(amount(185.5, 'HOUR'))).toBe(186);
		expect(wage(amount('185,50', 'hour'))).toBe(186);
		expect(wage(amount(32_000, 'MONTH'))).toBe(200);
		expect(wage(amount('32.000,00', 'MONTH'))).toBe(200);
		expect(wage(amount(384_792, 'YEAR'))).toBe(200);
		expect(wage(amount(7_400, 'WEEK'))).toBe(200);
		expect(wage(amount(1_480, 'DAY'))).toBe(200);
		expect(
			wage({
				currency: 'DKK',
				value: { minValue: 30_000, maxValue: 36_000, unitText: 'MONTH' }
			})
		).toBe(187);
		expect(wage({ currency: 'dkk', value: 190, unitText: 'HOUR' })).toBe(190);
	});

	it('leaves the wage out without DKK or a unit', () => {
		expect(wage(amount(30, 'HOUR', 'EUR'))).toBeNull();
		expect(wage({ value: { value: 200, unitText: 'HOUR' } })).toBeNull();
		expect(wage(amount(200, 'PIECE'))).toBeNull();
		expect(wage(200)).toBeNull();
	});

	it('refuses absurd wages and non-numbers', () => {
		expect(errorsOf(withChanges({ baseSalary: amount(5, 'HOUR') }))['baseSalary.value']).toBe(
			'lønnen svarer til 5 kr. i timen; forventede 50–2.000 kr.'
		);
		expect(
			errorsOf(withChanges({ baseSalary: amount(35_000, 'HOUR') }))['baseSalary.value']
		).toMatch(/35.000 kr. i timen/);
		expect(
			errorsOf(withChanges({ baseSalary: amount('efter aftale', 'HOUR') }))['baseSalary.value']
		).toBe('"efter aftale" er ikke et beløb');
		expect(parseNumber('32,500.75')).toBe(32_500.75);
		expect(parseNumber('1 234')).toBe(1_234);
	});
});
