import type {
	CalculatorErrorKey,
	DagpengeMembership,
	Household,
	KontanthjaelpRate,
	ValidationError
} from '$lib/domain/calculator';
import type { Profile } from '$lib/domain/api/schemas';

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
		aktivitetsparat: false,
		age: '',
		household: '',
		children: '0',
		spouseIncome: '',
		churchMember: 'ja'
	};
}

/**
 * Reads a number the way Danes and others type it: "182,50", "182.50", "1.000", "24 050 kr.".
 * Empty → undefined (the engine answers "required"); anything unreadable → NaN ("not a number").
 */
export function parseNumber(text: string): number | undefined {
	let s = text
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
		benefit = {
			kind: 'dagpenge',
			membership: values.membership === '' ? undefined : values.membership
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

const localDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whole years from a local birth date to a local date (both `YYYY-MM-DD`). */
export function ageOn(birthDate: string, today: string): number {
	const birth = localDatePattern.exec(birthDate);
	const now = localDatePattern.exec(today);
	if (!birth || !now) throw new RangeError(`Invalid local date ${birthDate} or ${today}`);
	const years = Number(now[1]) - Number(birth[1]);
	// Born on 29 February: the birthday is 1 March in other years ("03-01" > "02-28").
	const hadBirthday = `${now[2]}-${now[3]}` >= `${birth[2]}-${birth[3]}`;
	return hadBirthday ? years : years - 1;
}

export interface ProfilePrefill {
	values: Partial<CalculatorFormValues>;
	municipalityCode?: string;
}

/** What the citizen's profile can answer; `today` is the local date (`localDateOf(new Date())`). */
export function prefillFromProfile(
	profile: Pick<Profile, 'birthDate' | 'benefitType' | 'household' | 'municipality'>,
	today: string
): ProfilePrefill {
	const values: Partial<CalculatorFormValues> = {};
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
