import * as rateFiles from './rates/registry';

/**
 * Versioned rate tables for the gain calculator, one JSON file per year in `./rates/`.
 *
 * Every figure carries its status and source so the UI can show the citizen which numbers are
 * official, which rest on one non-official source, and which are missing and replaced by an
 * older figure (`fallbackFrom`). The files are checked against their schema (`rate-schema.ts`) by
 * the unit tests and the API, not in the browser: the phone reads them as they are.
 */

export const RATE_STATUSES = ['confirmed', 'secondary', 'missing'] as const;
export type RateStatus = (typeof RATE_STATUSES)[number];

export const RATE_UNITS = ['kr/month', 'kr/year', 'percent', 'hours/month'] as const;
export type RateUnit = (typeof RATE_UNITS)[number];

export const FIGURE_KEYS = [
	'amBidragRate',
	'personfradrag',
	'bundskatRate',
	'kommuneskatAverageRate',
	'kirkeskatAverageRate',
	'mellemskatRate',
	'mellemskatThreshold',
	'topskatRate',
	'topskatThreshold',
	'topTopskatRate',
	'topTopskatThreshold',
	'beskaeftigelsesfradragRate',
	'beskaeftigelsesfradragMax',
	'beskaeftigelsesfradragSingleParentRate',
	'beskaeftigelsesfradragSingleParentMax',
	'jobfradragRate',
	'jobfradragThreshold',
	'jobfradragMax',
	'kontanthjaelpRateMindstesats',
	'kontanthjaelpRateGrundsats',
	'kontanthjaelpRateForhoejet',
	'kontanthjaelpRateHjemmeboende',
	'kontanthjaelpSupplementBoernetillaeg',
	'kontanthjaelpSupplementEnligForsoerger',
	'kontanthjaelpSupplementEnligIkkeForsoerger',
	'kontanthjaelpSupplementUngetillaeg18to24',
	'kontanthjaelpSupplementUngetillaeg25to29',
	'kontanthjaelpSupplementUngetillaegForsoerger',
	'kontanthjaelpFribeloebMindstesats',
	'kontanthjaelpFribeloebGrundsats',
	'kontanthjaelpFribeloebForhoejet',
	'kontanthjaelpFribeloebHjemmeboende',
	'kontanthjaelpOffsetRate',
	'kontanthjaelpCeilingMindstesats',
	'kontanthjaelpCeilingGrundsats',
	'kontanthjaelpCeilingForhoejet',
	'kontanthjaelpCeilingHjemmeboende',
	'dagpengeHighestRateFulltime',
	'dagpengeHighestRateParttime',
	'dagpengeHoursNormFulltime',
	'dagpengeCutoffHoursFulltime',
	'dagpengeHoursNormParttime',
	'dagpengeCutoffHoursParttime'
] as const;
/** The figures every year's file must provide (`rate-schema.ts` checks the files against them). */
export type FigureKey = (typeof FIGURE_KEYS)[number];

interface FigureFields {
	value: number;
	unit: RateUnit;
	source: string;
	note?: string | undefined;
}

/** A figure is either known (confirmed/secondary) or missing, and then must say what replaces it. */
export type RateFigure =
	| (FigureFields & { status: 'confirmed' | 'secondary' })
	| (FigureFields & { status: 'missing'; fallbackFrom: string });

/** Danish municipality codes are three digits (101 København … 860 Hjørring). */
export const MUNICIPALITY_CODE_PATTERN = /^\d{3}$/;

export interface RateTable {
	year: number;
	description?: string | undefined;
	figures: Record<FigureKey, RateFigure>;
	/** Municipality code → kommuneskat percent. May be empty: the average is then used. */
	municipalities: Record<string, number>;
	/** Where the municipality rates come from; required as soon as there is one. */
	municipalitiesSource?:
		{ status: RateStatus; source: string; note?: string | undefined } | undefined;
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

let tablesByYear: ReadonlyMap<number, RateTable> | undefined;

/** Keyed by year once (the registry is static). Checked by the tests (`checkRateFiles`), so read as is. */
function loadTables(): ReadonlyMap<number, RateTable> {
	tablesByYear ??= new Map(
		Object.values(rateFiles).map((raw) => {
			const file = raw as unknown as Omit<RateTable, 'municipalities'> & Partial<RateTable>;
			return [file.year, { ...file, municipalities: file.municipalities ?? {} }];
		})
	);
	return tablesByYear;
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
