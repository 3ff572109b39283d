/**
 * Public types of the gain calculator "Kan det betale sig?". Amounts are kroner per month unless
 * a name says otherwise. Line keys are i18n keys: the UI owns all wording.
 */

export const KONTANTHJAELP_RATES = [
	'mindstesats',
	'grundsats',
	'forhoejet',
	'hjemmeboende'
] as const;
export type KontanthjaelpRate = (typeof KONTANTHJAELP_RATES)[number];

export const DAGPENGE_MEMBERSHIPS = ['fulltime', 'parttime'] as const;
export type DagpengeMembership = (typeof DAGPENGE_MEMBERSHIPS)[number];

/** The unit a citizen's own dagpenge rate is given in (her a-kasse's letter may say either). */
export const RATE_PERIODS = ['month', 'week'] as const;
export type RatePeriod = (typeof RATE_PERIODS)[number];

/** Her own dagpenge rate before tax, as on the a-kasse's letter. */
export interface DagpengeOwnRate {
	amountKr: number;
	per: RatePeriod;
}

export const HOUSEHOLDS = ['single', 'married', 'cohabiting'] as const;
export type Household = (typeof HOUSEHOLDS)[number];

export type BenefitInput =
	| {
			kind: 'kontanthjaelp';
			rate: KontanthjaelpRate;
			/** Aktivitetsparat: only decides særligt ungetillæg (under 30 on grundsats). Default false. */
			aktivitetsparat?: boolean;
	  }
	| {
			kind: 'dagpenge';
			membership: DagpengeMembership;
			/**
			 * Her own rate, when she knows it (many get less than the highest rate). Absent: the
			 * highest rate of the rate file. Never above that highest rate (validation).
			 */
			ownRate?: DagpengeOwnRate;
	  };

/** The job being considered: weekly hours and either an hourly or a monthly wage. */
export type JobInput =
	| { weeklyHours: number; hourlyWageKr: number; monthlyWageKr?: undefined }
	| { weeklyHours: number; monthlyWageKr: number; hourlyWageKr?: undefined };

export interface CalculatorInput {
	benefit: BenefitInput;
	age: number;
	household: Household;
	/** Children under 18 living at home whom the citizen supports. */
	children: number;
	/**
	 * Spouse's or partner's gross monthly wage. Counts against kontanthjælp only when married
	 * (mutual maintenance duty); cohabitants' income does not count (since 1.1.2016).
	 */
	spouseMonthlyIncomeKr?: number;
	/** Three-digit municipality code; the average kommuneskat is used when absent or unknown. */
	municipalityCode?: string;
	churchMember: boolean;
	job: JobInput;
}

export type BreakdownLineKind =
	/** Adds to disposable income. */
	| 'income'
	/** Subtracted from disposable income. */
	| 'deduction'
	/** Explains a step (fradrag, offset, supplement); not part of the sum. */
	| 'info'
	/** A total. */
	| 'result';

export const BREAKDOWN_LINE_KEYS = [
	'calculator.line.benefitBase',
	'calculator.line.supplementBoernetillaeg',
	'calculator.line.supplementEnligForsoerger',
	'calculator.line.supplementEnligIkkeForsoerger',
	'calculator.line.supplementUngetillaeg',
	'calculator.line.benefitBeforeOffset',
	'calculator.line.offsetOwnEarnings',
	'calculator.line.offsetSpouseIncome',
	'calculator.line.offsetKroneForKrone',
	'calculator.line.dagpengeHoursDeduction',
	'calculator.line.benefitAfterOffset',
	'calculator.line.wage',
	'calculator.line.amBidrag',
	'calculator.line.personfradrag',
	'calculator.line.beskaeftigelsesfradrag',
	'calculator.line.beskaeftigelsesfradragSingleParent',
	'calculator.line.jobfradrag',
	'calculator.line.kommuneskat',
	'calculator.line.kirkeskat',
	'calculator.line.bundskat',
	'calculator.line.mellemskat',
	'calculator.line.topskat',
	'calculator.line.topTopskat',
	'calculator.line.disposableIncome',
	'calculator.line.disposableWithoutJob',
	'calculator.line.disposableWithJob',
	'calculator.line.gain'
] as const;
export type BreakdownLineKey = (typeof BREAKDOWN_LINE_KEYS)[number];

export type LineParams = Readonly<Record<string, string | number | boolean>>;

export interface BreakdownLine {
	key: BreakdownLineKey;
	kind: BreakdownLineKind;
	/**
	 * Monthly, whole kroner. Never negative except on a `result` line (a job can lose money);
	 * `kind` says whether the amount adds or subtracts.
	 */
	amountKr: number;
	/** Interpolation values for the i18n text (rates in percent, hours with two decimals). */
	params: LineParams;
}

export interface ScenarioTaxes {
	amBidragKr: number;
	kommuneskatKr: number;
	kirkeskatKr: number;
	bundskatKr: number;
	mellemskatKr: number;
	topskatKr: number;
	topTopskatKr: number;
}

/** One month, either without the job or with it. */
export interface ScenarioResult {
	weeklyHours: number;
	/** weeklyHours × 52 / 12, two decimals. */
	monthlyHours: number;
	wageKr: number;
	benefitBeforeOffsetKr: number;
	benefitAfterOffsetKr: number;
	taxes: ScenarioTaxes;
	disposableKr: number;
	/** income lines − deduction lines = disposableKr, to the krone. */
	lines: BreakdownLine[];
}

export interface KroneForKroneFlags {
	/** Kontanthjælp: the krone-for-krone ceiling reduced the benefit in the job scenario. */
	kroneForKroneApplies: boolean;
	/** Kontanthjælp: benefit + earnings ceiling (85 %/100 % of highest dagpenge); null otherwise. */
	kroneForKroneCeilingKr: number | null;
	/** Dagpenge: hours worked exceed the cut-off (145.53/118 h), so no supplerende dagpenge. */
	dagpengeCutOffApplies: boolean;
}

export interface CalculatorResult {
	ratesYear: number;
	withoutJob: ScenarioResult;
	withJob: ScenarioResult;
	gainPerMonthKr: number;
	/** Gain per hour worked in the month (øre precision); null with no hours. */
	gainPerHourKr: number | null;
	/** 1 − gain / gross wage: the share of the wage lost to taxes and lower benefits. */
	participationTaxRate: number | null;
	/** disposableWithoutJob, disposableWithJob, gain. */
	lines: BreakdownLine[];
	krFlags: KroneForKroneFlags;
	/** Keys of the rate figures this calculation used that are not `confirmed` (for the UI). */
	unconfirmedFigures: string[];
}

export interface GainCurveOptions {
	fromHours: number;
	toHours: number;
}

export interface GainCurvePoint {
	weeklyHours: number;
	gainKr: number;
	disposableKr: number;
	kroneForKrone: boolean;
	dagpengeCutOff: boolean;
}
