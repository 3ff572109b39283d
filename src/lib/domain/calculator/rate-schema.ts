import { z } from 'zod';
import * as rateFiles from './rates/registry';
import {
	MUNICIPALITY_CODE_PATTERN,
	RATE_STATUSES,
	RATE_UNITS,
	type FigureKey,
	type RateFigure,
	type RateTable
} from './rates';

/**
 * The schema of a rate file (`./rates/<year>.json`). The browser does not load it: the files are
 * checked here, in the unit tests and by the API (`/api/v1/rates` documents its answer with it), so
 * a municipality editing a file gets a precise error from `npm test` instead of a silently wrong
 * calculation. `rates.ts` reads the files as they are.
 */

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

/** Every file in the registry, checked; throws on the first that does not match or repeats a year. */
export function checkRateFiles(files: Record<string, unknown> = rateFiles): RateTable[] {
	const years = new Set<number>();
	return Object.entries(files).map(([exportName, raw]) => {
		const table = parseRateTable(raw, exportName);
		if (years.has(table.year)) {
			throw new Error(`Two rate files claim the year ${table.year} (${exportName})`);
		}
		years.add(table.year);
		return table;
	});
}

// The hand-written types in rates.ts and this schema describe the same files.
type Parsed = z.infer<typeof rateTableSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const typesAgree: [
	Same<Parsed, RateTable>,
	Same<z.infer<typeof rateFigureSchema>, RateFigure>,
	Same<keyof z.infer<typeof figuresSchema>, FigureKey>
] = [true, true, true];
void typesAgree;
