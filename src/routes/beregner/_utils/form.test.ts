import { describe, expect, it } from 'vitest';
import { createTranslator } from '$lib/i18n/all';
import type { Translate } from '$lib/i18n';
import { latestRatesYear, ratesFor, validateCalculatorInput } from '$lib/domain/calculator';
import { calculatorFormat } from './format';
import {
	ageOn,
	dagpengeRateHint,
	emptyForm,
	errorText,
	fieldLabel,
	isOverFullTime,
	firstInvalidField,
	formErrors,
	parseNumber,
	prefillFromProfile,
	showsAktivitetsparat,
	showsSpouseIncome,
	toCalculatorInput
} from './form';
import type { CalculatorFormValues } from './form';

const da = createTranslator('da');
const t: Translate = (key, options) => da.t(key, { ...options });

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
		// Arabic-Indic digits and the Arabic decimal and thousands marks, as Arabic keyboards type them.
		['٣٧', 37],
		['١٨٢٫٥٠', 182.5],
		['٢٤٬٠٥٠', 24050],
		['۳۷', 37],
		// Ukrainian digit grouping: a narrow no-break space.
		['24\u202f050', 24050],
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
			// Named with the rest, not only once every other answer is valid.
			wage: 'calculator.errors.wageMissing',
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

describe('her own dagpenge rate', () => {
	const rates = ratesFor(latestRatesYear);
	const kr = (amount: number) => calculatorFormat('da').kr(amount).replace(/\s/g, ' ');
	const onDagpenge = filled({
		...anna,
		benefit: 'dagpenge',
		rate: '',
		membership: 'fulltime'
	});

	it('is left out when empty, so the engine uses the highest rate', () => {
		expect(toCalculatorInput(onDagpenge).benefit).toEqual({
			kind: 'dagpenge',
			membership: 'fulltime'
		});
	});

	it('is sent with its unit, and is only read on dagpenge', () => {
		const weekly = filled({ ...onDagpenge, ratePeriod: 'week', dagpengeRate: '4.000' });
		expect(toCalculatorInput(weekly).benefit).toEqual({
			kind: 'dagpenge',
			membership: 'fulltime',
			ownRate: { amountKr: 4000, per: 'week' }
		});
		const result = validateCalculatorInput(toCalculatorInput(weekly));
		expect(result.ok && result.value.benefit).toEqual({
			kind: 'dagpenge',
			membership: 'fulltime',
			ownRate: { amountKr: 4000, per: 'week' }
		});
		expect(toCalculatorInput({ ...weekly, benefit: 'kontanthjaelp' }).benefit).not.toHaveProperty(
			'ownRate'
		);
	});

	it('maps the engine errors onto the rate field and says the highest rate in her unit', () => {
		for (const values of [
			filled({ ...onDagpenge, dagpengeRate: '25000' }),
			filled({ ...onDagpenge, ratePeriod: 'week', dagpengeRate: '6000' })
		]) {
			const result = validateCalculatorInput(toCalculatorInput(values));
			expect(result.ok ? {} : formErrors(result.errors).byField).toEqual({
				dagpengeRate: 'calculator.errors.dagpengeRateTooHigh'
			});
		}
		const monthly = filled({ ...onDagpenge, dagpengeRate: '25000' });
		expect(
			errorText('dagpengeRate', 'calculator.errors.dagpengeRateTooHigh', monthly, rates, t, kr)
		).toBe(
			'Den højeste sats for dagpenge (fuld tid) er 22.041 kr. om måneden. Ingen får mere, så tjek beløbet i brevet fra din a-kasse.'
		);
		const weekly = filled({ ...onDagpenge, ratePeriod: 'week', membership: 'parttime' });
		expect(
			errorText('dagpengeRate', 'calculator.errors.dagpengeRateTooHigh', weekly, rates, t, kr)
		).toContain('(deltid) er 3.244 kr. om ugen');
		const zero = validateCalculatorInput(
			toCalculatorInput(filled({ ...onDagpenge, dagpengeRate: '0' }))
		);
		expect(zero.ok ? {} : formErrors(zero.errors).byField).toEqual({
			dagpengeRate: 'calculator.errors.dagpengeRateNotPositive'
		});
	});

	it('tells the highest rate, the default, in the unit she chose', () => {
		expect(dagpengeRateHint(onDagpenge, rates, t, kr)).toContain(
			'regner vi med den højeste sats: 22.041 kr. om måneden'
		);
		expect(dagpengeRateHint({ ...onDagpenge, ratePeriod: 'week' }, rates, t, kr)).toContain(
			'den højeste sats: 5.086 kr. om ugen'
		);
		expect(dagpengeRateHint({ ...onDagpenge, membership: '' }, rates, t, kr)).toMatch(
			/regner vi med den højeste sats\.$/
		);
	});

	it('is filled in from what is known about her (the seam for a rate in the profile)', () => {
		const profile = {
			birthDate: null,
			benefitType: 'dagpenge',
			household: null,
			municipality: null
		};
		expect(prefillFromProfile(profile as never, '2026-06-01').values).toEqual({
			benefit: 'dagpenge'
		});
		expect(
			prefillFromProfile(profile as never, '2026-06-01', {
				dagpengeRate: { amountKr: 4200, per: 'week' }
			}).values
		).toEqual({ benefit: 'dagpenge', ratePeriod: 'week', dagpengeRate: '4200' });
	});
});

describe('hours: the range and why', () => {
	const rates = ratesFor(latestRatesYear);
	const kr = calculatorFormat('da').kr;

	it('says more than a full-time week from 37 up to the 48-hour limit', () => {
		expect(isOverFullTime({ hours: '37' })).toBe(false);
		expect(isOverFullTime({ hours: '37,5' })).toBe(true);
		expect(isOverFullTime({ hours: '48' })).toBe(true);
		// Above 48 it is an error, not a note.
		expect(isOverFullTime({ hours: '60' })).toBe(false);
		expect(isOverFullTime({ hours: '' })).toBe(false);
	});

	it('rejects 60 hours with the reason', () => {
		const sixty = filled({ ...anna, hours: '60' });
		const result = validateCalculatorInput(toCalculatorInput(sixty));
		expect(result.ok ? {} : formErrors(result.errors).byField).toEqual({
			hours: 'calculator.errors.hoursTooHigh'
		});
		expect(errorText('hours', 'calculator.errors.hoursTooHigh', sixty, rates, t, kr)).toBe(
			'Skriv højst 48 timer om ugen. Man må ikke arbejde mere end 48 timer om ugen i gennemsnit, heller ikke med overarbejde.'
		);
	});
});

describe('fieldLabel', () => {
	it('names each field by its question, the wage by its type', () => {
		expect(fieldLabel('hours', anna, t)).toBe('Timer om ugen');
		expect(fieldLabel('wage', anna, t)).toBe('Timeløn før skat');
		expect(fieldLabel('wage', { ...anna, wageType: 'monthly' }, t)).toBe('Månedsløn før skat');
		expect(fieldLabel('benefit', anna, t)).toBe('Hvad får du nu?');
	});
});
