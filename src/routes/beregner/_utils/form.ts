import { highestDagpengeRateKr, INPUT_LIMITS } from '$lib/domain/calculator';
import type {
	CalculatorErrorKey,
	DagpengeMembership,
	DagpengeOwnRate,
	Household,
	KontanthjaelpRate,
	RatePeriod,
	RateTable,
	ValidationError
} from '$lib/domain/calculator';
import type { Translate } from '$lib/i18n';
import type { Profile } from '$lib/domain/api/schemas';
import { ageOn } from '$lib/domain/local-time';

/**
 * The calculator form as the citizen fills it in: text as typed, choices as chosen. Turning it
 * into engine input and mapping the engine's errors back onto the fields happens here, so the
 * components only show and bind.
 */

export type WageType = 'hourly' | 'monthly';
export type BenefitKind = 'kontanthjaelp' | 'dagpenge';
export type YesNo = 'ja' | 'nej';

export interface CalculatorFormValues {
	/** Weekly hours in the job, as typed ("37", "37,5"). */
	hours: string;
	wageType: WageType;
	/** Hourly or monthly wage before tax, by `wageType`, as typed. */
	wage: string;
	benefit: BenefitKind | '';
	rate: KontanthjaelpRate | '';
	membership: DagpengeMembership | '';
	/** The unit her own dagpenge rate is written in. */
	ratePeriod: RatePeriod;
	/** Her own dagpenge rate before tax, as typed; empty means the highest rate. */
	dagpengeRate: string;
	aktivitetsparat: boolean;
	age: string;
	household: Household | '';
	children: string;
	/** Spouse's monthly wage before tax; asked only when married and on kontanthjælp. */
	spouseIncome: string;
	churchMember: YesNo;
}

/** The fields in the order they appear: the first invalid one gets focus. */
export const FORM_FIELDS = [
	'hours',
	'wageType',
	'wage',
	'benefit',
	'rate',
	'membership',
	'ratePeriod',
	'dagpengeRate',
	'age',
	'aktivitetsparat',
	'household',
	'children',
	'spouseIncome',
	'churchMember'
] as const satisfies readonly (keyof CalculatorFormValues)[];
export type FormField = (typeof FORM_FIELDS)[number];

/** Fields answered by picking one option: a missing answer reads "choose", not "write". */
export const CHOICE_FIELDS: ReadonlySet<FormField> = new Set([
	'wageType',
	'benefit',
	'rate',
	'membership',
	'ratePeriod',
	'household',
	'churchMember'
]);

export function emptyForm(): CalculatorFormValues {
	return {
		hours: '',
		wageType: 'hourly',
		wage: '',
		benefit: '',
		rate: '',
		membership: '',
		ratePeriod: 'month',
		dagpengeRate: '',
		aktivitetsparat: false,
		age: '',
		household: '',
		children: '0',
		spouseIncome: '',
		churchMember: 'ja'
	};
}

/** Arabic phone keyboards type Arabic-Indic digits (٠–٩, or ۰–۹) and the Arabic marks ٫ and ٬. */
function westernDigits(text: string): string {
	return text
		.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
		.replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
		.replace(/\u066b/g, ',')
		.replace(/\u066c/g, '.');
}

/**
 * Reads a number the way Danes and others type it: "182,50", "182.50", "1.000", "24 050 kr.", and
 * with Arabic digits ("١٨٢٫٥٠"). Empty → undefined (the engine answers "required"); anything
 * unreadable → NaN ("not a number").
 */
export function parseNumber(text: string): number | undefined {
	let s = westernDigits(text)
		.trim()
		.replace(/\s+/g, '')
		.replace(/(?:kr\.?|dkk)$/i, '')
		.replace(/^(?:kr\.?|dkk)/i, '')
		.replace(/\u2212/g, '-');
	if (s === '') return undefined;
	if (s.includes(',') && s.includes('.')) {
		// Both: the last one is the decimal mark.
		s =
			s.lastIndexOf(',') > s.lastIndexOf('.')
				? s.replace(/\./g, '').replace(',', '.')
				: s.replace(/,/g, '');
	} else if (s.includes(',')) {
		s = /^-?\d{1,3}(,\d{3}){2,}$/.test(s) ? s.replace(/,/g, '') : s.replace(',', '.');
	} else if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) {
		// "1.000" and "24.050" are Danish thousands.
		s = s.replace(/\./g, '');
	}
	if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(s)) return Number.NaN;
	return Number(s);
}

export function showsRate(values: CalculatorFormValues): boolean {
	return values.benefit === 'kontanthjaelp';
}

export function showsMembership(values: CalculatorFormValues): boolean {
	return values.benefit === 'dagpenge';
}

/** Her own dagpenge rate (and its unit) is asked with the insurance. */
export const showsDagpengeRate = showsMembership;

/** More than a full-time week, but allowed: the field says what that means for the result. */
export function isOverFullTime(values: Pick<CalculatorFormValues, 'hours'>): boolean {
	const hours = parseNumber(values.hours);
	return (
		hours !== undefined &&
		hours > INPUT_LIMITS.fullTimeWeeklyHours &&
		hours <= INPUT_LIMITS.maxWeeklyHours
	);
}

/** Aktivitetsparat only changes the result for under-30s on grundsats (særligt ungetillæg). */
export function showsAktivitetsparat(values: CalculatorFormValues): boolean {
	const age = parseNumber(values.age);
	return (
		values.benefit === 'kontanthjaelp' &&
		values.rate === 'grundsats' &&
		age !== undefined &&
		age < 30
	);
}

/** A spouse's wage counts against kontanthjælp when married (not when cohabiting). */
export function showsSpouseIncome(values: CalculatorFormValues): boolean {
	return values.benefit === 'kontanthjaelp' && values.household === 'married';
}

/** Raw input for `validateCalculatorInput`; only the fields that are shown count. */
export function toCalculatorInput(
	values: CalculatorFormValues,
	municipalityCode?: string
): Record<string, unknown> {
	let benefit: Record<string, unknown> | undefined;
	if (values.benefit === 'kontanthjaelp') {
		benefit = {
			kind: 'kontanthjaelp',
			rate: values.rate === '' ? undefined : values.rate,
			aktivitetsparat: showsAktivitetsparat(values) && values.aktivitetsparat
		};
	} else if (values.benefit === 'dagpenge') {
		const amountKr = parseNumber(values.dagpengeRate);
		benefit = {
			kind: 'dagpenge',
			membership: values.membership === '' ? undefined : values.membership,
			// Empty: the engine uses the highest rate.
			...(amountKr === undefined ? {} : { ownRate: { amountKr, per: values.ratePeriod } })
		};
	}
	const wage = parseNumber(values.wage);
	const spouseIncome = showsSpouseIncome(values) ? parseNumber(values.spouseIncome) : undefined;
	return {
		benefit,
		age: parseNumber(values.age),
		household: values.household === '' ? undefined : values.household,
		// An empty children field means none.
		children: parseNumber(values.children) ?? 0,
		...(spouseIncome === undefined ? {} : { spouseMonthlyIncomeKr: spouseIncome }),
		...(municipalityCode === undefined ? {} : { municipalityCode }),
		churchMember: values.churchMember === 'ja',
		job: {
			weeklyHours: parseNumber(values.hours),
			...(values.wageType === 'hourly' ? { hourlyWageKr: wage } : { monthlyWageKr: wage })
		}
	};
}

const FIELD_OF_PATH: Readonly<Record<string, FormField>> = {
	'job.weeklyHours': 'hours',
	'job.hourlyWageKr': 'wage',
	'job.monthlyWageKr': 'wage',
	benefit: 'benefit',
	'benefit.kind': 'benefit',
	'benefit.rate': 'rate',
	'benefit.membership': 'membership',
	'benefit.ownRate': 'dagpengeRate',
	'benefit.ownRate.amountKr': 'dagpengeRate',
	'benefit.ownRate.per': 'ratePeriod',
	'benefit.aktivitetsparat': 'aktivitetsparat',
	age: 'age',
	household: 'household',
	children: 'children',
	spouseMonthlyIncomeKr: 'spouseIncome',
	churchMember: 'churchMember'
};

export interface FormErrors {
	/** One message key per field (the engine gives at most one per field). */
	byField: Partial<Record<FormField, CalculatorErrorKey>>;
	/** Errors that belong to no field the citizen can see. */
	general: CalculatorErrorKey[];
}

export function formErrors(errors: readonly ValidationError[]): FormErrors {
	const byField: FormErrors['byField'] = {};
	const general: CalculatorErrorKey[] = [];
	for (const error of errors) {
		const field = FIELD_OF_PATH[error.field];
		if (field === undefined) general.push(error.messageKey);
		else byField[field] ??= error.messageKey;
	}
	return { byField, general };
}

export function firstInvalidField(errors: FormErrors): FormField | undefined {
	return FORM_FIELDS.find((field) => errors.byField[field] !== undefined);
}

/** Whole years from a local birth date to a local date; kept in the domain, shared with job ads. */
export { ageOn };

export interface ProfilePrefill {
	values: Partial<CalculatorFormValues>;
	municipalityCode?: string;
}

/**
 * What else is known about her that the profile does not hold. The seam for her dagpenge rate:
 * the profile has no rate today (the a-kasse decides it); when the jobcentre API or her profile
 * carries it, pass it here and the form is filled in with it.
 */
export interface KnownFacts {
	dagpengeRate?: DagpengeOwnRate;
}

/** What the citizen's profile can answer; `today` is the local date (`localDateOf(new Date())`). */
export function prefillFromProfile(
	profile: Pick<Profile, 'birthDate' | 'benefitType' | 'household' | 'municipality'>,
	today: string,
	known: KnownFacts = {}
): ProfilePrefill {
	const values: Partial<CalculatorFormValues> = {};
	if (known.dagpengeRate && known.dagpengeRate.amountKr > 0) {
		values.ratePeriod = known.dagpengeRate.per;
		values.dagpengeRate = String(known.dagpengeRate.amountKr);
	}
	if (profile.benefitType === 'kontanthjaelp' || profile.benefitType === 'dagpenge') {
		values.benefit = profile.benefitType;
	}
	if (profile.birthDate) {
		const age = ageOn(profile.birthDate, today);
		if (age >= 0) values.age = String(age);
	}
	if (profile.household) {
		values.household = profile.household.status;
		values.children = String(profile.household.children);
	}
	const code = profile.municipality?.code;
	return {
		values,
		...(code !== undefined && /^\d{3}$/.test(code) ? { municipalityCode: code } : {})
	};
}

const FIELD_IDS: Readonly<Record<FormField, string>> = {
	hours: 'calc-hours',
	wageType: 'calc-wage-type',
	wage: 'calc-wage',
	benefit: 'calc-benefit',
	rate: 'calc-rate',
	membership: 'calc-membership',
	ratePeriod: 'calc-rate-period',
	dagpengeRate: 'calc-dagpenge-rate',
	age: 'calc-age',
	aktivitetsparat: 'calc-aktivitetsparat',
	household: 'calc-household',
	children: 'calc-children',
	spouseIncome: 'calc-spouse-income',
	churchMember: 'calc-church'
};

/** The element id of a field: the input itself, or the wrapper of a radio group. */
export function fieldId(field: FormField): string {
	return FIELD_IDS[field];
}

/** The question a field answers, for the error summary's links (the wage's label follows its type). */
export function fieldLabel(field: FormField, values: CalculatorFormValues, t: Translate): string {
	const keys: Record<FormField, string> = {
		hours: 'calculator.form.hours.label',
		wageType: 'calculator.form.wageType.legend',
		wage:
			values.wageType === 'hourly'
				? 'calculator.form.wage.hourlyLabel'
				: 'calculator.form.wage.monthlyLabel',
		benefit: 'calculator.form.benefit.legend',
		rate: 'calculator.form.rate.legend',
		membership: 'calculator.form.membership.legend',
		ratePeriod: 'calculator.form.ratePeriod.legend',
		dagpengeRate: 'calculator.form.dagpengeRate.label',
		age: 'calculator.form.age.label',
		aktivitetsparat: 'calculator.form.aktivitetsparat.label',
		household: 'calculator.form.household.legend',
		children: 'calculator.form.children.label',
		spouseIncome: 'calculator.form.spouseIncome.label',
		churchMember: 'calculator.form.churchMember.legend'
	};
	return t(keys[field]);
}

/**
 * The text of an error at a field: limits come from the engine and the rate file and amounts go
 * through the page's money format, so the message and the rule cannot disagree.
 */
export function errorText(
	field: FormField,
	key: CalculatorErrorKey,
	values: CalculatorFormValues,
	rates: RateTable,
	t: Translate,
	kr: (amount: number) => string
): string {
	const options: Record<string, string | number> = {};
	if (CHOICE_FIELDS.has(field)) options.context = 'choice';
	switch (key) {
		case 'calculator.errors.hoursTooHigh':
			options.max = INPUT_LIMITS.maxWeeklyHours;
			break;
		case 'calculator.errors.wageTooHigh':
			options.max = kr(INPUT_LIMITS.maxHourlyWageKr);
			break;
		case 'calculator.errors.spouseIncomeTooHigh':
			options.max = kr(INPUT_LIMITS.maxSpouseMonthlyIncomeKr);
			break;
		case 'calculator.errors.dagpengeRateTooHigh': {
			const membership = values.membership === '' ? 'fulltime' : values.membership;
			options.max = kr(highestDagpengeRateKr(membership, values.ratePeriod, rates));
			options.membershipName = t(`calculator.names.membership.${membership}`);
			if (values.ratePeriod === 'week') options.context = 'week';
			break;
		}
	}
	return t(key, options);
}

/** The hint under her own dagpenge rate: the highest rate in her unit, once her insurance is known. */
export function dagpengeRateHint(
	values: CalculatorFormValues,
	rates: RateTable,
	t: Translate,
	kr: (amount: number) => string
): string {
	if (values.membership === '') return t('calculator.form.dagpengeRate.hint');
	return t('calculator.form.dagpengeRate.hint', {
		context: values.ratePeriod,
		max: kr(highestDagpengeRateKr(values.membership, values.ratePeriod, rates))
	});
}
