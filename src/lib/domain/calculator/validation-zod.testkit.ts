import { z } from 'zod';
import type { CalculatorInput, JobInput } from './types';
import { DAGPENGE_MEMBERSHIPS, HOUSEHOLDS, KONTANTHJAELP_RATES, RATE_PERIODS } from './types';
import { monthlyHoursFromWeekly } from './units';
import { latestRatesYear, MUNICIPALITY_CODE_PATTERN, ratesFor } from './rates';
import type { RateTable } from './rates';
import { highestDagpengeRateKr } from './dagpenge';
import {
	CALCULATOR_ERROR_KEYS,
	INPUT_LIMITS,
	type CalculatorErrorKey,
	type ValidationError,
	type ValidationResult
} from './validation';

/**
 * The calculator's validation as it was written with zod, kept for one test only
 * (`validation-parity.test.ts`): the plain validator in `validation.ts` must answer every input as
 * this did. The browser never loads this file.
 */

type Key = CalculatorErrorKey;
const KNOWN_KEYS: ReadonlySet<string> = new Set(CALCULATOR_ERROR_KEYS);

/** A number field: "required" when absent, "notANumber" for anything else that is not finite. */
const numberField = () =>
	z.number({
		error: (issue) =>
			issue.input === undefined
				? ('calculator.errors.required' satisfies Key)
				: ('calculator.errors.notANumber' satisfies Key)
	});

const choiceField = <const T extends readonly [string, ...string[]]>(values: T) =>
	z.enum(values, {
		error: (issue) =>
			issue.input === undefined
				? ('calculator.errors.required' satisfies Key)
				: ('calculator.errors.invalidChoice' satisfies Key)
	});

const booleanField = () =>
	z.boolean({
		error: (issue) =>
			issue.input === undefined
				? ('calculator.errors.required' satisfies Key)
				: ('calculator.errors.invalidChoice' satisfies Key)
	});

const benefitSchema = z.discriminatedUnion(
	'kind',
	[
		z.object({
			kind: z.literal('kontanthjaelp'),
			rate: choiceField(KONTANTHJAELP_RATES),
			aktivitetsparat: booleanField().optional()
		}),
		z.object({
			kind: z.literal('dagpenge'),
			membership: choiceField(DAGPENGE_MEMBERSHIPS),
			ownRate: z
				.object({
					amountKr: numberField().gt(0, {
						error: 'calculator.errors.dagpengeRateNotPositive' satisfies Key
					}),
					per: choiceField(RATE_PERIODS)
				})
				.optional()
		})
	],
	{ error: 'calculator.errors.invalidChoice' satisfies Key }
);

const jobSchema = z.object(
	{
		weeklyHours: numberField()
			.min(0, { error: 'calculator.errors.hoursNegative' satisfies Key })
			.max(INPUT_LIMITS.maxWeeklyHours, { error: 'calculator.errors.hoursTooHigh' satisfies Key }),
		hourlyWageKr: numberField()
			.min(0, { error: 'calculator.errors.wageNegative' satisfies Key })
			.max(INPUT_LIMITS.maxHourlyWageKr, { error: 'calculator.errors.wageTooHigh' satisfies Key })
			.optional(),
		monthlyWageKr: numberField()
			.min(0, { error: 'calculator.errors.wageNegative' satisfies Key })
			.optional()
	},
	{ error: 'calculator.errors.required' satisfies Key }
);

const inputSchema = z.object(
	{
		benefit: benefitSchema,
		age: numberField()
			.int({ error: 'calculator.errors.ageNotWholeNumber' satisfies Key })
			.min(INPUT_LIMITS.minAge, { error: 'calculator.errors.ageTooLow' satisfies Key })
			.max(INPUT_LIMITS.maxAge, { error: 'calculator.errors.ageTooHigh' satisfies Key }),
		household: choiceField(HOUSEHOLDS),
		children: numberField()
			.int({ error: 'calculator.errors.childrenInvalid' satisfies Key })
			.min(0, { error: 'calculator.errors.childrenInvalid' satisfies Key })
			.max(INPUT_LIMITS.maxChildren, { error: 'calculator.errors.childrenInvalid' satisfies Key }),
		spouseMonthlyIncomeKr: numberField()
			.min(0, { error: 'calculator.errors.spouseIncomeNegative' satisfies Key })
			.max(INPUT_LIMITS.maxSpouseMonthlyIncomeKr, {
				error: 'calculator.errors.spouseIncomeTooHigh' satisfies Key
			})
			.optional(),
		municipalityCode: z
			.string({ error: 'calculator.errors.municipalityCodeInvalid' satisfies Key })
			.regex(MUNICIPALITY_CODE_PATTERN, {
				error: 'calculator.errors.municipalityCodeInvalid' satisfies Key
			})
			.optional(),
		churchMember: booleanField(),
		job: jobSchema
	},
	{ error: 'calculator.errors.invalidInput' satisfies Key }
);

type ParsedInput = z.infer<typeof inputSchema>;

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

function toJobInput(job: ParsedInput['job']): JobInput {
	return job.hourlyWageKr !== undefined
		? { weeklyHours: job.weeklyHours, hourlyWageKr: job.hourlyWageKr }
		: { weeklyHours: job.weeklyHours, monthlyWageKr: job.monthlyWageKr ?? 0 };
}

/**
 * Validates raw input. Unknown properties are dropped. At most one error per field (the first),
 * so the UI can show one message under each input. `rates` bounds the own dagpenge rate.
 */
export function validateWithZod(
	raw: unknown,
	rates: RateTable = ratesFor(latestRatesYear)
): ValidationResult {
	const parsed = inputSchema.safeParse(raw);
	if (!parsed.success) {
		const errors: ValidationError[] = [];
		const seen = new Set<string>();
		for (const issue of parsed.error.issues) {
			const field = issue.path.map(String).join('.');
			if (seen.has(field)) continue;
			seen.add(field);
			const messageKey = KNOWN_KEYS.has(issue.message)
				? (issue.message as Key)
				: 'calculator.errors.invalidChoice';
			errors.push({ field, messageKey });
		}
		// A missing wage is otherwise found only once every field is valid; say it with the rest,
		// so an empty form lists every answer it needs at once.
		if (!seen.has('job.hourlyWageKr') && !seen.has('job.monthlyWageKr') && lacksWage(raw)) {
			errors.push({ field: 'job.hourlyWageKr', messageKey: 'calculator.errors.wageMissing' });
		}
		return { ok: false, errors };
	}
	const errors = crossFieldErrors(parsed.data, rates);
	if (errors.length > 0) return { ok: false, errors };

	const { job, benefit, spouseMonthlyIncomeKr, municipalityCode, ...rest } = parsed.data;
	const value: CalculatorInput = {
		...rest,
		benefit,
		job: toJobInput(job),
		...(spouseMonthlyIncomeKr === undefined ? {} : { spouseMonthlyIncomeKr }),
		...(municipalityCode === undefined ? {} : { municipalityCode })
	};
	return { ok: true, value };
}
