import { describe, expect, it } from 'vitest';
import {
	calculateGain,
	latestRatesYear,
	ratesFor,
	validateCalculatorInput
} from '$lib/domain/calculator';
import { jobGain, type GainProfile } from '$lib/domain/job-gain';
import type { Profile } from '$lib/domain/api/schemas';
import { emptyForm, prefillFromProfile, toCalculatorInput } from './form';
import { parseCalculatorQuery } from './query';

/**
 * The gain a job ad shows and the calculator page it links to must agree: the link, read as the
 * page reads it (URL first, then her profile for the rest), gives the same calculation.
 */
const TODAY = '2026-12-09';
const base: Omit<Profile, keyof GainProfile> = {
	id: '00000000-0000-4000-8000-000000000000',
	name: 'X',
	role: 'citizen',
	caseworker: null,
	jobcenter: null,
	signedUpOn: null
};
const profiles: GainProfile[] = [
	{
		benefitType: 'kontanthjaelp',
		targetGroup: 'Jobparat kontanthjælpsmodtager',
		birthDate: '1985-06-02',
		household: { status: 'married', children: 2 },
		municipality: { code: '461', name: 'Odense' }
	},
	{
		benefitType: 'kontanthjaelp',
		targetGroup: 'Aktivitetsparat kontanthjælpsmodtager',
		birthDate: '2001-06-02',
		household: { status: 'single', children: 0 },
		municipality: null
	},
	{
		benefitType: 'dagpenge',
		targetGroup: 'Dagpengemodtager',
		birthDate: '1992-03-14',
		household: { status: 'cohabiting', children: 1 },
		municipality: { code: '751', name: 'Aarhus' }
	}
];
const ads = [
	{ weeklyHours: 37, hourlyWageKr: 180, occupation: { code: '5322', title: '' } },
	{ weeklyHours: 15, hourlyWageKr: null, occupation: { code: '9112', title: '' } }
];

describe('job ad gain → /beregner link', () => {
	for (const [p, profile] of profiles.entries()) {
		for (const [a, ad] of ads.entries()) {
			it(`profile ${p}, ad ${a}: the page computes the same gain`, () => {
				const gain = jobGain(profile, ad, TODAY)!;
				const url = new URL(gain.href, 'https://x');
				const query = parseCalculatorQuery(url.searchParams);
				const prefill = prefillFromProfile({ ...base, ...profile }, TODAY);
				// As the page: the URL's answers stand, the profile fills the rest.
				const values = { ...emptyForm(), ...prefill.values, ...query.values };
				const checked = validateCalculatorInput(
					toCalculatorInput(values, prefill.municipalityCode)
				);
				expect(query.calculate).toBe(true);
				expect(checked.ok).toBe(true);
				if (!checked.ok) return;
				expect(calculateGain(checked.value, ratesFor(latestRatesYear)).gainPerMonthKr).toBe(
					gain.gainPerMonthKr
				);
			});
		}
	}
});
