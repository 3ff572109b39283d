import { describe, expect, it } from 'vitest';
import { calculateGain, latestRatesYear, ratesFor } from '../calculator';
import { canComputeGain, jobGain, jobGainInput, roughKr, typicalHourlyWageKr } from '.';
import type { GainProfile } from '.';

const TODAY = '2026-12-09';
const mohammed: GainProfile = {
	benefitType: 'kontanthjaelp',
	targetGroup: 'Jobparat kontanthjælpsmodtager',
	birthDate: '1985-06-02',
	household: { status: 'married', children: 2 },
	municipality: { code: '461', name: 'Odense' }
};
const anna: GainProfile = {
	benefitType: 'dagpenge',
	targetGroup: 'Dagpengemodtager',
	birthDate: '1992-03-14',
	household: { status: 'single', children: 0 },
	municipality: { code: '751', name: 'Aarhus' }
};
const ad = { weeklyHours: 37, hourlyWageKr: 180, occupation: { code: '5322', title: 'Sosu' } };

describe('canComputeGain', () => {
	it.each([
		[mohammed, true],
		[anna, true],
		[{ ...anna, benefitType: 'sygedagpenge' as const }, false],
		[{ ...anna, benefitType: null }, false],
		[{ ...anna, birthDate: null }, false],
		[{ ...anna, household: null }, false],
		[null, false]
	])('%#', (profile, expected) => expect(canComputeGain(profile)).toBe(expected));
});

describe('jobGain', () => {
	it('is the calculator’s gain for her profile and the ad’s hours and wage', () => {
		const gain = jobGain(mohammed, ad, TODAY)!;
		const expected = calculateGain(
			{
				benefit: { kind: 'kontanthjaelp', rate: 'forhoejet', aktivitetsparat: false },
				age: 41,
				household: 'married',
				children: 2,
				spouseMonthlyIncomeKr: 0,
				municipalityCode: '461',
				churchMember: true,
				job: { weeklyHours: 37, hourlyWageKr: 180 }
			},
			ratesFor(latestRatesYear)
		).gainPerMonthKr;
		expect(gain).toMatchObject({
			gainPerMonthKr: expected,
			hourlyWageKr: 180,
			wageSource: 'ad',
			weeklyHours: 37,
			assumptions: { rate: 'forhoejet', spouseIncomeUnknown: true, dagpengeHighestRate: false }
		});
		expect(gain.gainPerMonthKr).toBeGreaterThan(0);
	});

	it('uses the typical wage of the occupation group when the ad states none, and says so', () => {
		const gain = jobGain(anna, { ...ad, hourlyWageKr: null }, TODAY)!;
		expect(gain.wageSource).toBe('typical');
		expect(gain.hourlyWageKr).toBe(typicalHourlyWageKr('5322'));
		expect(gain.assumptions).toEqual({ spouseIncomeUnknown: false, dagpengeHighestRate: true });
	});

	it('reads the kontanthjælp rate from age: grundsats under 30', () => {
		const young = { ...mohammed, birthDate: '2000-01-01' };
		expect(jobGainInput(young, ad, TODAY)?.input.benefit).toMatchObject({ rate: 'grundsats' });
	});

	it('gives no gain where it would be a guess or an error', () => {
		expect(jobGain({ ...anna, benefitType: 'sygedagpenge' }, ad, TODAY)).toBeNull();
		expect(jobGain(anna, { ...ad, weeklyHours: 0 }, TODAY)).toBeNull();
		expect(jobGain(anna, { ...ad, weeklyHours: 120 }, TODAY)).toBeNull();
		expect(
			jobGain(anna, { ...ad, hourlyWageKr: null, occupation: { code: '', title: '' } }, TODAY)
		).toBeNull();
	});

	it('links to the calculator with every answer filled in and the result shown', () => {
		const href = new URL(jobGain(mohammed, ad, TODAY)!.href, 'https://x');
		expect(href.pathname).toBe('/beregner');
		expect(Object.fromEntries(href.searchParams)).toEqual({
			v: '1',
			timer: '37',
			timeloen: '180',
			ydelse: 'kontanthjaelp',
			sats: 'forhoejet',
			aktivitetsparat: 'nej',
			alder: '41',
			husstand: 'gift',
			boern: '2',
			aegtefaelleloen: '0',
			kirkeskat: 'ja',
			beregn: '1'
		});
	});

	it('rounds "ca." amounts to 100 kr.', () => {
		expect([roughKr(3949), roughKr(3950), roughKr(-1249), roughKr(0)]).toEqual([
			3900, 4000, -1200, 0
		]);
	});
});
