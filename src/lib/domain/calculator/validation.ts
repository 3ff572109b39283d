import type { CalculatorInput, JobInput } from './types';
import { DAGPENGE_MEMBERSHIPS, HOUSEHOLDS, KONTANTHJAELP_RATES, RATE_PERIODS } from './types';
import { monthlyHoursFromWeekly } from './units';
import { latestRatesYear, MUNICIPALITY_CODE_PATTERN, ratesFor } from './rates';
import type { RateTable } from './rates';
import { highestDagpengeRateKr } from './dagpenge';

/**
 * Validation of untrusted calculator input (form state, URL parameters, stored drafts).
 * Errors carry i18n keys, never text, and the dotted path of the field they belong to.
 * Plain TypeScript, no validation library: the calculator runs in the browser of every visitor of
 * /beregner, and the rules are few. Each field's checks run in order and the first that fails is
 * its error (`validation.test.ts`; `validation-parity.test.ts` holds it to the earlier zod schema).
 */

export const CALCULATOR_ERROR_KEYS = [
	'calculator.errors.invalidInput',
	'calculator.errors.required',
	'calculator.errors.notANumber',
	'calculator.errors.invalidChoice',
	'calculator.errors.hoursNegative',
	'calculator.errors.hoursTooHigh',
	'calculator.errors.hoursRequiredForMonthlyWage',
	'calculator.errors.wageNegative',
	'calculator.errors.wageTooHigh',
	'calculator.errors.wageMissing',
	'calculator.errors.wageAmbiguous',
	'calculator.errors.ageNotWholeNumber',
	'calculator.errors.ageTooLow',
	'calculator.errors.ageTooHigh',
	'calculator.errors.childrenInvalid',
	'calculator.errors.spouseIncomeNegative',
	'calculator.errors.spouseIncomeTooHigh',
	'calculator.errors.municipalityCodeInvalid',
	'calculator.errors.rateRequiresUnder30',
	'calculator.errors.rateRequiresAge25',
	'calculator.errors.hjemmeboendeWithChildren',
	'calculator.errors.dagpengeRateNotPositive',
	'calculator.errors.dagpengeRateTooHigh'
] as const;
export type CalculatorErrorKey = (typeof CALCULATOR_ERROR_KEYS)[number];

export interface ValidationError {
	/** Dotted path, e.g. "job.weeklyHours"; "" for the input as a whole. */
	field: string;
	messageKey: CalculatorErrorKey;
}

export type ValidationResult =
	{ ok: true; value: CalculatorInput } | { ok: false; errors: ValidationError[] };

/** Limits a citizen can plausibly enter; beyond them the input is a typo, not a situation. */
export const INPUT_LIMITS = {
	/**
	 * A full-time week in Danish collective agreements (and the dagpenge hour norm: 37 × 52 / 12 =
	 * 160.33 hours a month). Above it the form says so, but still calculates.
	 */
	fullTimeWeeklyHours: 37,
	/**
	 * The most a job may ask on average, overtime included: arbejdstidsloven § 4 (EU working time
	 * directive art. 6), https://www.retsinformation.dk/eli/lta/2002/896. More is a typo or not a
	 * job the calculator should price.
	 */
	maxWeeklyHours: 48,
	maxHourlyWageKr: 10_000,
	/** Kontanthjælp and dagpenge from 18 … */
	minAge: 18,
	/** … until folkepensionsalder (67 in 2026). */
	maxAge: 66,
	maxChildren: 20,
	maxSpouseMonthlyIncomeKr: 1_000_000
} as const;

type Key = CalculatorErrorKey;
type Fields = Record<string, unknown>;

/** Collects the first error of each field, in the order the fields are checked. */
class Errors {
	readonly list: ValidationError[] = [];
	add(field: string, messageKey: Key): void {
		if (!this.list.some((error) => error.field === field)) this.list.push({ field, messageKey });
	}
	has(field: string): boolean {
		return this.list.some((error) => error.field === field);
	}
}

function isFields(value: unknown): value is Fields {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A limit on a number, and the error when it is not met. */
type NumberRule = [(value: number) => boolean, Key];
const atLeast = (min: number, key: Key): NumberRule => [(value) => value >= min, key];
const atMost = (max: number, key: Key): NumberRule => [(value) => value <= max, key];
const wholeNumber = (key: Key): NumberRule => [Number.isSafeInteger, key];

/**
 * A number field: "required" when absent, "notANumber" for anything that is not a finite number,
 * else the first rule it breaks. Returns the number when it is valid.
 */
function numberField(
	errors: Errors,
	field: string,
	value: unknown,
	rules: NumberRule[],
	optional = false
): number | undefined {
	if (value === undefined) {
		if (!optional) errors.add(field, 'calculator.errors.required');
		return undefined;
	}
	if (typeof value !== 'number' || !Number.isFinite(value)) {
		errors.add(field, 'calculator.errors.notANumber');
		return undefined;
	}
	const broken = rules.find(([holds]) => !holds(value));
	if (broken) {
		errors.add(field, broken[1]);
		return undefined;
	}
	return value;
}

function choiceField<const T extends readonly string[]>(
	errors: Errors,
	field: string,
	value: unknown,
	choices: T
): T[number] | undefined {
	if ((choices as readonly unknown[]).includes(value)) return value as T[number];
	errors.add(
		field,
		value === undefined ? 'calculator.errors.required' : 'calculator.errors.invalidChoice'
	);
	return undefined;
}

function booleanField(
	errors: Errors,
	field: string,
	value: unknown,
	optional = false
): boolean | undefined {
	if (typeof value === 'boolean' || (optional && value === undefined)) return value;
	errors.add(
		field,
		value === undefined ? 'calculator.errors.required' : 'calculator.errors.invalidChoice'
	);
	return undefined;
}

function benefitField(errors: Errors, raw: unknown): CalculatorInput['benefit'] | undefined {
	if (!isFields(raw)) {
		errors.add('benefit', 'calculator.errors.invalidChoice');
		return undefined;
	}
	if (raw.kind === 'kontanthjaelp') {
		const rate = choiceField(errors, 'benefit.rate', raw.rate, KONTANTHJAELP_RATES);
		const aktivitetsparat = booleanField(
			errors,
			'benefit.aktivitetsparat',
			raw.aktivitetsparat,
			true
		);
		if (rate === undefined || errors.has('benefit.aktivitetsparat')) return undefined;
		return {
			kind: 'kontanthjaelp',
			rate,
			...(aktivitetsparat === undefined ? {} : { aktivitetsparat })
		};
	}
	if (raw.kind === 'dagpenge') {
		const membership = choiceField(
			errors,
			'benefit.membership',
			raw.membership,
			DAGPENGE_MEMBERSHIPS
		);
		if (raw.ownRate === undefined) return membership && { kind: 'dagpenge', membership };
		if (!isFields(raw.ownRate)) {
			errors.add('benefit.ownRate', 'calculator.errors.invalidChoice');
			return undefined;
		}
		const amountKr = numberField(errors, 'benefit.ownRate.amountKr', raw.ownRate.amountKr, [
			[(value) => value > 0, 'calculator.errors.dagpengeRateNotPositive']
		]);
		const per = choiceField(errors, 'benefit.ownRate.per', raw.ownRate.per, RATE_PERIODS);
		if (!membership || amountKr === undefined || !per) return undefined;
		return { kind: 'dagpenge', membership, ownRate: { amountKr, per } };
	}
	// Neither kind: the choice of benefit itself is wrong.
	errors.add('benefit.kind', 'calculator.errors.invalidChoice');
	return undefined;
}

interface ParsedJob {
	weeklyHours: number;
	hourlyWageKr?: number | undefined;
	monthlyWageKr?: number | undefined;
}

function jobField(errors: Errors, raw: unknown): ParsedJob | undefined {
	if (!isFields(raw)) {
		errors.add('job', 'calculator.errors.required');
		return undefined;
	}
	const weeklyHours = numberField(errors, 'job.weeklyHours', raw.weeklyHours, [
		atLeast(0, 'calculator.errors.hoursNegative'),
		atMost(INPUT_LIMITS.maxWeeklyHours, 'calculator.errors.hoursTooHigh')
	]);
	const hourlyWageKr = numberField(
		errors,
		'job.hourlyWageKr',
		raw.hourlyWageKr,
		[
			atLeast(0, 'calculator.errors.wageNegative'),
			atMost(INPUT_LIMITS.maxHourlyWageKr, 'calculator.errors.wageTooHigh')
		],
		true
	);
	const monthlyWageKr = numberField(
		errors,
		'job.monthlyWageKr',
		raw.monthlyWageKr,
		[atLeast(0, 'calculator.errors.wageNegative')],
		true
	);
	if (weeklyHours === undefined) return undefined;
	return { weeklyHours, hourlyWageKr, monthlyWageKr };
}

interface ParsedInput {
	benefit: CalculatorInput['benefit'];
	age: number;
	household: CalculatorInput['household'];
	children: number;
	spouseMonthlyIncomeKr?: number | undefined;
	municipalityCode?: string | undefined;
	churchMember: boolean;
	job: ParsedJob;
}

/** Every field on its own, in the order the form shows them; undefined when any is invalid. */
function parseFields(errors: Errors, raw: Fields): ParsedInput | undefined {
	const benefit = benefitField(errors, raw.benefit);
	const age = numberField(errors, 'age', raw.age, [
		wholeNumber('calculator.errors.ageNotWholeNumber'),
		atLeast(INPUT_LIMITS.minAge, 'calculator.errors.ageTooLow'),
		atMost(INPUT_LIMITS.maxAge, 'calculator.errors.ageTooHigh')
	]);
	const household = choiceField(errors, 'household', raw.household, HOUSEHOLDS);
	const children = numberField(errors, 'children', raw.children, [
		wholeNumber('calculator.errors.childrenInvalid'),
		atLeast(0, 'calculator.errors.childrenInvalid'),
		atMost(INPUT_LIMITS.maxChildren, 'calculator.errors.childrenInvalid')
	]);
	const spouseMonthlyIncomeKr = numberField(
		errors,
		'spouseMonthlyIncomeKr',
		raw.spouseMonthlyIncomeKr,
		[
			atLeast(0, 'calculator.errors.spouseIncomeNegative'),
			atMost(INPUT_LIMITS.maxSpouseMonthlyIncomeKr, 'calculator.errors.spouseIncomeTooHigh')
		],
		true
	);
	const municipalityCode = raw.municipalityCode;
	if (
		municipalityCode !== undefined &&
		(typeof municipalityCode !== 'string' || !MUNICIPALITY_CODE_PATTERN.test(municipalityCode))
	) {
		errors.add('municipalityCode', 'calculator.errors.municipalityCodeInvalid');
	}
	const churchMember = booleanField(errors, 'churchMember', raw.churchMember);
	const job = jobField(errors, raw.job);
	if (
		errors.list.length > 0 ||
		!benefit ||
		age === undefined ||
		!household ||
		children === undefined ||
		churchMember === undefined ||
		!job
	) {
		return undefined;
	}
	return {
		benefit,
		age,
		household,
		children,
		spouseMonthlyIncomeKr,
		municipalityCode: municipalityCode as string | undefined,
		churchMember,
		job
	};
}

/** Rules that involve more than one field; run once every field is valid on its own. */
function crossFieldErrors(input: ParsedInput, rates: RateTable): ValidationError[] {
	const errors: ValidationError[] = [];
	const { job, benefit } = input;

	if (job.hourlyWageKr === undefined && job.monthlyWageKr === undefined) {
		errors.push({ field: 'job.hourlyWageKr', messageKey: 'calculator.errors.wageMissing' });
	} else if (job.hourlyWageKr !== undefined && job.monthlyWageKr !== undefined) {
		errors.push({ field: 'job.monthlyWageKr', messageKey: 'calculator.errors.wageAmbiguous' });
	} else if (job.monthlyWageKr !== undefined && job.monthlyWageKr > 0) {
		// A monthly wage needs hours to be turned into an hourly one, and the same hourly ceiling.
		const monthlyHours = monthlyHoursFromWeekly(job.weeklyHours);
		if (monthlyHours === 0) {
			errors.push({
				field: 'job.weeklyHours',
				messageKey: 'calculator.errors.hoursRequiredForMonthlyWage'
			});
		} else if (job.monthlyWageKr / monthlyHours > INPUT_LIMITS.maxHourlyWageKr) {
			errors.push({ field: 'job.monthlyWageKr', messageKey: 'calculator.errors.wageTooHigh' });
		}
	}

	if (benefit.kind === 'dagpenge' && benefit.ownRate) {
		// Nobody gets more than the highest rate; more is a typo (or the rate with a supplement).
		const { amountKr, per } = benefit.ownRate;
		if (amountKr > highestDagpengeRateKr(benefit.membership, per, rates)) {
			errors.push({
				field: 'benefit.ownRate.amountKr',
				messageKey: 'calculator.errors.dagpengeRateTooHigh'
			});
		}
	}

	if (benefit.kind === 'kontanthjaelp') {
		// Grundsats and hjemmeboende sats are for under-30s; forhøjet sats from 25 (30, or 25–29
		// with 2½ years of work). Mindstesats has no age condition.
		if ((benefit.rate === 'grundsats' || benefit.rate === 'hjemmeboende') && input.age >= 30) {
			errors.push({ field: 'benefit.rate', messageKey: 'calculator.errors.rateRequiresUnder30' });
		}
		if (benefit.rate === 'forhoejet' && input.age < 25) {
			errors.push({ field: 'benefit.rate', messageKey: 'calculator.errors.rateRequiresAge25' });
		}
		if (benefit.rate === 'hjemmeboende' && input.children > 0) {
			errors.push({ field: 'children', messageKey: 'calculator.errors.hjemmeboendeWithChildren' });
		}
	}
	return errors;
}

function lacksWage(raw: unknown): boolean {
	const job = (raw as { job?: unknown } | null)?.job;
	if (typeof job !== 'object' || job === null) return false;
	const { hourlyWageKr, monthlyWageKr } = job as Record<string, unknown>;
	return hourlyWageKr === undefined && monthlyWageKr === undefined;
}

function toJobInput(job: ParsedJob): JobInput {
	return job.hourlyWageKr !== undefined
		? { weeklyHours: job.weeklyHours, hourlyWageKr: job.hourlyWageKr }
		: { weeklyHours: job.weeklyHours, monthlyWageKr: job.monthlyWageKr ?? 0 };
}

/**
 * Validates raw input. Unknown properties are dropped. At most one error per field (the first),
 * so the UI can show one message under each input. `rates` bounds the own dagpenge rate.
 */
export function validateCalculatorInput(
	raw: unknown,
	rates: RateTable = ratesFor(latestRatesYear)
): ValidationResult {
	if (!isFields(raw)) {
		return { ok: false, errors: [{ field: '', messageKey: 'calculator.errors.invalidInput' }] };
	}
	const errors = new Errors();
	const parsed = parseFields(errors, raw);
	if (!parsed) {
		// A missing wage is otherwise found only once every field is valid; say it with the rest,
		// so an empty form lists every answer it needs at once.
		if (!errors.has('job.hourlyWageKr') && !errors.has('job.monthlyWageKr') && lacksWage(raw)) {
			errors.add('job.hourlyWageKr', 'calculator.errors.wageMissing');
		}
		return { ok: false, errors: errors.list };
	}
	const crossField = crossFieldErrors(parsed, rates);
	if (crossField.length > 0) return { ok: false, errors: crossField };

	const { job, benefit, spouseMonthlyIncomeKr, municipalityCode, ...rest } = parsed;
	const value: CalculatorInput = {
		...rest,
		benefit,
		job: toJobInput(job),
		...(spouseMonthlyIncomeKr === undefined ? {} : { spouseMonthlyIncomeKr }),
		...(municipalityCode === undefined ? {} : { municipalityCode })
	};
	return { ok: true, value };
}
