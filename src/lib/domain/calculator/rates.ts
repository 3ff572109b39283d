import { z } from 'zod';
import * as rateFiles from './rates/registry';

/**
 * Versioned rate tables for the gain calculator, one JSON file per year in `./rates/`.
 *
 * Every figure carries its status and source so the UI can show the citizen which numbers are
 * official, which rest on one non-official source, and which are missing and replaced by an
 * older figure (`fallbackFrom`). The JSON is validated on first use: a municipality editing the
 * file gets a precise error instead of a silently wrong calculation.
 */

export const RATE_STATUSES = ['confirmed', 'secondary', 'missing'] as const;
export type RateStatus = (typeof RATE_STATUSES)[number];

export const RATE_UNITS = ['kr/month', 'kr/year', 'percent', 'hours/month'] as const;
export type RateUnit = (typeof RATE_UNITS)[number];

const httpsUrl = z.url({ protocol: /^https$/ });

const figureFields = {
	value: z.number().min(0),
	unit: z.enum(RATE_UNITS),
	source: httpsUrl,
	note: z.string().min(1).optional()
};

/** A figure is either known (confirmed/secondary) or missing, and then must say what replaces it. */
const rateFigureSchema = z.discriminatedUnion('status', [
	z.strictObject({ ...figureFields, status: z.enum(['confirmed', 'secondary']) }),
	z.strictObject({ ...figureFields, status: z.literal('missing'), fallbackFrom: z.string().min(1) })
]);
export type RateFigure = z.infer<typeof rateFigureSchema>;

const percent = rateFigureSchema.refine(
	(figure) => figure.unit === 'percent' && figure.value <= 100,
	{
		message: 'expected unit "percent" and a value of at most 100'
	}
);
const krPerYear = rateFigureSchema.refine((figure) => figure.unit === 'kr/year', {
	message: 'expected unit "kr/year"'
});
const krPerMonth = rateFigureSchema.refine((figure) => figure.unit === 'kr/month', {
	message: 'expected unit "kr/month"'
});
const hoursPerMonth = rateFigureSchema.refine((figure) => figure.unit === 'hours/month', {
	message: 'expected unit "hours/month"'
});

/**
 * The figures every year's file must provide. Strict, so a misspelt key in the JSON fails loudly
 * rather than leaving the calculator without the figure it expects.
 */
const figuresSchema = z.strictObject({
	amBidragRate: percent,
	personfradrag: krPerYear,
	bundskatRate: percent,
	kommuneskatAverageRate: percent,
	kirkeskatAverageRate: percent,
	mellemskatRate: percent,
	mellemskatThreshold: krPerYear,
	topskatRate: percent,
	topskatThreshold: krPerYear,
	topTopskatRate: percent,
	topTopskatThreshold: krPerYear,
	beskaeftigelsesfradragRate: percent,
	beskaeftigelsesfradragMax: krPerYear,
	beskaeftigelsesfradragSingleParentRate: percent,
	beskaeftigelsesfradragSingleParentMax: krPerYear,
	jobfradragRate: percent,
	jobfradragThreshold: krPerYear,
	jobfradragMax: krPerYear,

	kontanthjaelpRateMindstesats: krPerMonth,
	kontanthjaelpRateGrundsats: krPerMonth,
	kontanthjaelpRateForhoejet: krPerMonth,
	kontanthjaelpRateHjemmeboende: krPerMonth,
	kontanthjaelpSupplementBoernetillaeg: krPerMonth,
	kontanthjaelpSupplementEnligForsoerger: krPerMonth,
	kontanthjaelpSupplementEnligIkkeForsoerger: krPerMonth,
	kontanthjaelpSupplementUngetillaeg18to24: krPerMonth,
	kontanthjaelpSupplementUngetillaeg25to29: krPerMonth,
	kontanthjaelpSupplementUngetillaegForsoerger: krPerMonth,
	kontanthjaelpFribeloebMindstesats: krPerMonth,
	kontanthjaelpFribeloebGrundsats: krPerMonth,
	kontanthjaelpFribeloebForhoejet: krPerMonth,
	kontanthjaelpFribeloebHjemmeboende: krPerMonth,
	kontanthjaelpOffsetRate: percent,
	kontanthjaelpCeilingMindstesats: percent,
	kontanthjaelpCeilingGrundsats: percent,
	kontanthjaelpCeilingForhoejet: percent,
	kontanthjaelpCeilingHjemmeboende: percent,

	dagpengeHighestRateFulltime: krPerMonth,
	dagpengeHighestRateParttime: krPerMonth,
	dagpengeHoursNormFulltime: hoursPerMonth,
	dagpengeCutoffHoursFulltime: hoursPerMonth,
	dagpengeHoursNormParttime: hoursPerMonth,
	dagpengeCutoffHoursParttime: hoursPerMonth
});

export type FigureKey = keyof z.infer<typeof figuresSchema>;

/** Danish municipality codes are three digits (101 København … 860 Hjørring). */
export const MUNICIPALITY_CODE_PATTERN = /^\d{3}$/;

export const rateTableSchema = z
	.strictObject({
		year: z.number().int().min(2000).max(2100),
		description: z.string().optional(),
		figures: figuresSchema,
		/** Municipality code → kommuneskat percent. May be empty: the average is then used. */
		municipalities: z
			.record(z.string().regex(MUNICIPALITY_CODE_PATTERN), z.number().min(0).max(100))
			.default({}),
		/** Where the municipality rates come from; required as soon as there is one. */
		municipalitiesSource: z
			.strictObject({
				status: z.enum(RATE_STATUSES),
				source: httpsUrl,
				note: z.string().min(1).optional()
			})
			.optional()
	})
	.refine(
		(table) =>
			Object.keys(table.municipalities).length === 0 || table.municipalitiesSource !== undefined,
		{ message: 'municipalitiesSource is required when municipalities is not empty' }
	);

export type RateTable = z.infer<typeof rateTableSchema>;

/** Thrown when a rate file does not match the schema (e.g. a municipality's edit of the JSON). */
export class InvalidRateTableError extends Error {
	override readonly name = 'InvalidRateTableError';
	constructor(
		readonly issues: readonly { path: string; message: string }[],
		label: string
	) {
		super(
			`Invalid rate table ${label}: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`
		);
	}
}

/** Thrown by `ratesFor` for a year without a rate file; the UI can offer `availableYears`. */
export class UnknownRatesYearError extends Error {
	override readonly name = 'UnknownRatesYearError';
	constructor(
		readonly year: number,
		readonly availableYears: readonly number[]
	) {
		super(`No rate table for ${year}; available: ${availableYears.join(', ')}`);
	}
}

/** Validates raw JSON as a rate table. Exported so tests and tooling can check a draft file. */
export function parseRateTable(raw: unknown, label = '(unnamed)'): RateTable {
	const result = rateTableSchema.safeParse(raw);
	if (!result.success) {
		throw new InvalidRateTableError(
			result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
			label
		);
	}
	return result.data;
}

let tablesByYear: ReadonlyMap<number, RateTable> | undefined;

/** Parsed and validated once, then cached (the registry is static). */
function loadTables(): ReadonlyMap<number, RateTable> {
	if (tablesByYear) return tablesByYear;
	const tables = new Map<number, RateTable>();
	for (const [exportName, raw] of Object.entries(rateFiles)) {
		const table = parseRateTable(raw, exportName);
		if (tables.has(table.year)) {
			throw new Error(`Two rate files claim the year ${table.year} (${exportName})`);
		}
		tables.set(table.year, table);
	}
	tablesByYear = tables;
	return tables;
}

/** Years with a rate file, ascending. */
export function availableYears(): number[] {
	return [...loadTables().keys()].sort((a, b) => a - b);
}

/** The newest year with a rate file: the calculator's default. */
export const latestRatesYear: number = Math.max(...availableYears());

export function ratesFor(year: number): RateTable {
	const table = loadTables().get(year);
	if (!table) throw new UnknownRatesYearError(year, availableYears());
	return table;
}

export interface UnconfirmedFigure {
	key: FigureKey;
	status: Exclude<RateStatus, 'confirmed'>;
	value: number;
	unit: RateUnit;
	source: string;
	/** Set for `missing` figures: which older/other figure is used instead. */
	fallbackFrom?: string;
	note?: string;
}

/** Every figure in the table that is not `confirmed`, for the UI to mark (in file order). */
export function unconfirmedFigures(rates: RateTable): UnconfirmedFigure[] {
	const result: UnconfirmedFigure[] = [];
	for (const [key, figure] of Object.entries(rates.figures) as [FigureKey, RateFigure][]) {
		if (figure.status === 'confirmed') continue;
		result.push({
			key,
			status: figure.status,
			value: figure.value,
			unit: figure.unit,
			source: figure.source,
			...(figure.status === 'missing' ? { fallbackFrom: figure.fallbackFrom } : {}),
			...(figure.note !== undefined ? { note: figure.note } : {})
		});
	}
	return result;
}
