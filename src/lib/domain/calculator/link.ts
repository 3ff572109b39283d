import type { CalculatorInput } from './types';

/**
 * URL parameters of `/beregner` (documented with their values in
 * `routes/beregner/_utils/query.ts`, which reads them). Here so a job ad can write the link to the
 * same calculation it shows, without loading the calculator page's code.
 */
export const QUERY_PARAMS = {
	hours: 'timer',
	hourlyWage: 'timeloen',
	monthlyWage: 'maanedsloen',
	benefit: 'ydelse',
	rate: 'sats',
	membership: 'forsikring',
	aktivitetsparat: 'aktivitetsparat',
	age: 'alder',
	household: 'husstand',
	children: 'boern',
	spouseIncome: 'aegtefaelleloen',
	churchMember: 'kirkeskat',
	dagpengeRate: 'dagpengesats',
	ratePeriod: 'satsperiode',
	calculate: 'beregn',
	version: 'v'
} as const;

export const CALCULATOR_LINK_VERSION = 1;

const HOUSEHOLD_TOKEN = { single: 'enlig', married: 'gift', cohabiting: 'samlevende' } as const;
const MEMBERSHIP_TOKEN = { fulltime: 'fuldtid', parttime: 'deltid' } as const;
const PERIOD_TOKEN = { month: 'maaned', week: 'uge' } as const;

/**
 * `/beregner?…` filled in with every answer of `input` and shown at once (`beregn`), so the page
 * computes exactly this calculation. The municipality is not in the link: the calculator takes it
 * from her profile, as the input here did.
 */
export function calculatorHref(input: CalculatorInput): string {
	const p = QUERY_PARAMS;
	const params = new URLSearchParams({ [p.version]: String(CALCULATOR_LINK_VERSION) });
	params.set(p.hours, String(input.job.weeklyHours));
	if (input.job.hourlyWageKr !== undefined)
		params.set(p.hourlyWage, String(input.job.hourlyWageKr));
	else params.set(p.monthlyWage, String(input.job.monthlyWageKr));
	params.set(p.benefit, input.benefit.kind);
	if (input.benefit.kind === 'kontanthjaelp') {
		params.set(p.rate, input.benefit.rate);
		params.set(p.aktivitetsparat, input.benefit.aktivitetsparat ? 'ja' : 'nej');
	} else {
		params.set(p.membership, MEMBERSHIP_TOKEN[input.benefit.membership]);
		if (input.benefit.ownRate) {
			params.set(p.dagpengeRate, String(input.benefit.ownRate.amountKr));
			params.set(p.ratePeriod, PERIOD_TOKEN[input.benefit.ownRate.per]);
		}
	}
	params.set(p.age, String(input.age));
	params.set(p.household, HOUSEHOLD_TOKEN[input.household]);
	params.set(p.children, String(input.children));
	if (input.spouseMonthlyIncomeKr !== undefined) {
		params.set(p.spouseIncome, String(input.spouseMonthlyIncomeKr));
	}
	params.set(p.churchMember, input.churchMember ? 'ja' : 'nej');
	params.set(p.calculate, '1');
	return `/beregner?${params}`;
}
