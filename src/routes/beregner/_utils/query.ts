import { DAGPENGE_MEMBERSHIPS, HOUSEHOLDS, KONTANTHJAELP_RATES } from '$lib/domain/calculator';
import type {
	DagpengeMembership,
	Household,
	KontanthjaelpRate,
	RatePeriod
} from '$lib/domain/calculator';
import { CALCULATOR_LINK_VERSION, QUERY_PARAMS } from '$lib/domain/calculator/link';
import { parseNumber } from './form';
import type { CalculatorFormValues, FormField } from './form';

/**
 * URL parameters of `/beregner`, so a job ad, a caseworker or the form itself (GET, without
 * JavaScript) can open the calculator filled in. Example from a job ad:
 *
 *     /beregner?timer=37&timeloen=180
 *
 * | parameter         | meaning                                             | values                                   |
 * | ----------------- | --------------------------------------------------- | ---------------------------------------- |
 * | `timer`           | hours a week in the job                             | number, `37` or `37,5`                   |
 * | `timeloen`        | hourly wage before tax, kroner                      | number, `180` or `182,50`                |
 * | `maanedsloen`     | monthly wage before tax, kroner (if no `timeloen`)  | number, `24050` or `24.050`              |
 * | `ydelse`          | the benefit today                                   | `kontanthjaelp`, `dagpenge`              |
 * | `sats`            | kontanthjælp rate                                   | `mindstesats`, `grundsats`, `forhoejet`, `hjemmeboende` |
 * | `forsikring`      | dagpenge insurance                                  | `fuldtid`, `deltid`                      |
 * | `dagpengesats`    | her own dagpenge rate before tax, kroner (v1)       | number; absent: the highest rate         |
 * | `satsperiode`     | the unit of `dagpengesats` (v1)                     | `maaned` (default), `uge`                |
 * | `aktivitetsparat` | aktivitetsparat (grundsats, under 30)               | `ja`, `nej`                              |
 * | `alder`           | age in whole years                                  | number                                   |
 * | `husstand`        | household                                           | `enlig`, `gift`, `samlevende`            |
 * | `boern`           | children under 18 living at home                    | number                                   |
 * | `aegtefaelleloen` | spouse's monthly wage before tax (married)          | number                                   |
 * | `kirkeskat`       | pays church tax                                     | `ja`, `nej`                              |
 * | `beregn`          | show the result at once                             | any value                                |
 * | `v`               | the link's version (below)                          | `1`; absent: version 0                   |
 *
 * A value that cannot be read (a word where a number belongs, an unknown choice) is ignored and
 * the field stays as it was. A readable number out of range (`timer=90`) is kept, so the form
 * shows the citizen why there is no result. The English engine tokens (`single`, `fulltime`, …)
 * are read too: they are what the form's radio buttons send without JavaScript.
 *
 * Links are versioned like the job search's (`v`), so a link in a job ad, a bookmark or a letter
 * keeps working when the format changes: `upgradeCalculatorParams` brings any known version up
 * to `CALCULATOR_LINK_VERSION`, one step at a time. Version 1 added `dagpengesats` and
 * `satsperiode`; a version 0 link has neither, and so means the highest rate, as it always did.
 */
export { CALCULATOR_LINK_VERSION, QUERY_PARAMS };

/**
 * Index n rewrites a link of version n into version n + 1. Add a step (never change one) when a
 * parameter is renamed or its meaning changes.
 */
const upgradeSteps: readonly ((params: URLSearchParams) => void)[] = [
	// 0 -> 1: only new parameters (her own dagpenge rate). Nothing to rewrite: without
	// `dagpengesats` the highest rate is used, which is what a version 0 link meant.
	() => {}
];

/**
 * A copy of `input` at `CALCULATOR_LINK_VERSION`. A missing `v` is version 0. A version this page
 * does not know (a newer app's link) is read as it is: every parameter is still checked one by
 * one, and the citizen sees the form before anything is calculated on it.
 */
export function upgradeCalculatorParams(input: URLSearchParams): URLSearchParams {
	const params = new URLSearchParams(input);
	const raw = params.get(QUERY_PARAMS.version)?.trim() ?? '';
	const version = raw === '' ? 0 : /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
	if (!Number.isInteger(version) || version > CALCULATOR_LINK_VERSION) return params;
	for (let step = version; step < CALCULATOR_LINK_VERSION; step++) upgradeSteps[step]?.(params);
	params.set(QUERY_PARAMS.version, String(CALCULATOR_LINK_VERSION));
	return params;
}

const HOUSEHOLD_TOKENS: Readonly<Record<string, Household>> = {
	enlig: 'single',
	gift: 'married',
	samlevende: 'cohabiting'
};

const MEMBERSHIP_TOKENS: Readonly<Record<string, DagpengeMembership>> = {
	fuldtid: 'fulltime',
	deltid: 'parttime'
};

const PERIOD_TOKENS: Readonly<Record<string, RatePeriod>> = {
	maaned: 'month',
	måned: 'month',
	month: 'month',
	uge: 'week',
	week: 'week'
};

const YES = new Set(['ja', 'true', '1']);
const NO = new Set(['nej', 'false', '0']);

/** Longest number text accepted from a URL ("1.000.000,00" is 12 characters). */
const MAX_NUMBER_TEXT = 16;

export interface CalculatorQuery {
	values: Partial<CalculatorFormValues>;
	/** The fields the URL answered: a profile arriving later must not overwrite them. */
	fields: FormField[];
	/** `beregn` was given: show the result without waiting for the button. */
	calculate: boolean;
}

function numberText(params: URLSearchParams, name: string): string | undefined {
	const text = params.get(name)?.trim();
	if (!text || text.length > MAX_NUMBER_TEXT) return undefined;
	const value = parseNumber(text);
	return value === undefined || Number.isNaN(value) ? undefined : text;
}

function token(params: URLSearchParams, name: string): string | undefined {
	return params.get(name)?.trim().toLowerCase() || undefined;
}

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
	return (values as readonly string[]).includes(value ?? '') ? (value as T) : undefined;
}

export function parseCalculatorQuery(input: URLSearchParams): CalculatorQuery {
	const params = upgradeCalculatorParams(input);
	const values: Partial<CalculatorFormValues> = {};

	const hours = numberText(params, QUERY_PARAMS.hours);
	if (hours !== undefined) values.hours = hours;

	const hourlyWage = numberText(params, QUERY_PARAMS.hourlyWage);
	const monthlyWage = numberText(params, QUERY_PARAMS.monthlyWage);
	if (hourlyWage !== undefined) {
		values.wageType = 'hourly';
		values.wage = hourlyWage;
	} else if (monthlyWage !== undefined) {
		values.wageType = 'monthly';
		values.wage = monthlyWage;
	}

	const benefit = oneOf(
		['kontanthjaelp', 'dagpenge'] as const,
		token(params, QUERY_PARAMS.benefit)
	);
	if (benefit) values.benefit = benefit;

	const rate = oneOf<KontanthjaelpRate>(KONTANTHJAELP_RATES, token(params, QUERY_PARAMS.rate));
	if (rate) values.rate = rate;

	const membershipToken = token(params, QUERY_PARAMS.membership);
	const membership =
		MEMBERSHIP_TOKENS[membershipToken ?? ''] ?? oneOf(DAGPENGE_MEMBERSHIPS, membershipToken);
	if (membership) values.membership = membership;

	const ratePeriod = PERIOD_TOKENS[token(params, QUERY_PARAMS.ratePeriod) ?? ''];
	if (ratePeriod) values.ratePeriod = ratePeriod;

	const dagpengeRate = numberText(params, QUERY_PARAMS.dagpengeRate);
	if (dagpengeRate !== undefined) values.dagpengeRate = dagpengeRate;

	const aktivitetsparat = token(params, QUERY_PARAMS.aktivitetsparat);
	if (aktivitetsparat && (YES.has(aktivitetsparat) || NO.has(aktivitetsparat))) {
		values.aktivitetsparat = YES.has(aktivitetsparat);
	}

	const age = numberText(params, QUERY_PARAMS.age);
	if (age !== undefined) values.age = age;

	const householdToken = token(params, QUERY_PARAMS.household);
	const household = HOUSEHOLD_TOKENS[householdToken ?? ''] ?? oneOf(HOUSEHOLDS, householdToken);
	if (household) values.household = household;

	const children = numberText(params, QUERY_PARAMS.children);
	if (children !== undefined) values.children = children;

	const spouseIncome = numberText(params, QUERY_PARAMS.spouseIncome);
	if (spouseIncome !== undefined) values.spouseIncome = spouseIncome;

	const church = token(params, QUERY_PARAMS.churchMember);
	if (church && (YES.has(church) || NO.has(church))) {
		values.churchMember = YES.has(church) ? 'ja' : 'nej';
	}

	return {
		values,
		fields: Object.keys(values) as FormField[],
		calculate: params.has(QUERY_PARAMS.calculate)
	};
}
