/**
 * The CV's versions as the API shows them, and "what changed" between two of them: the sections that
 * differ, in the CV's order. Pure; the server keeps the versions (server/cv.ts).
 */
import { z } from 'zod';
import { cvResourceSchema, cvSchema, type Cv } from './model';

/** The CV's sections as "what changed" names them: its top-level fields, in the editor's order. */
export const cvSections = [
	'contact',
	'summary',
	'experience',
	'education',
	'skills',
	'languages',
	'drivingLicences',
	'certificates',
	'wishes',
	'referencesOnRequest',
	'searchable',
	'pdfLanguage'
] as const satisfies readonly (keyof Cv)[];

export type CvSection = (typeof cvSections)[number];

/** Field order inside an object does not count as a change; array order does (she reordered). */
function same(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (Array.isArray(a) || Array.isArray(b)) {
		return (
			Array.isArray(a) &&
			Array.isArray(b) &&
			a.length === b.length &&
			a.every((item, i) => same(item, b[i]))
		);
	}
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
	return [...keys].every((key) =>
		same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])
	);
}

/** The sections that differ between `before` and `after`. */
export function changedSections(before: Cv, after: Cv): CvSection[] {
	return cvSections.filter((section) => !same(before[section], after[section]));
}

export const cvVersionKinds = ['autosave', 'before-restore', 'before-import'] as const;
export type CvVersionKind = (typeof cvVersionKinds)[number];

/** At most one autosave version per this much editing: later saves update the same version. */
export const VERSION_WINDOW_MS = 10 * 60 * 1000;
/** The versions kept per citizen; the oldest go first. */
export const MAX_VERSIONS = 100;

export const cvVersionSummarySchema = z.object({
	number: z.int().min(1),
	kind: z.enum(cvVersionKinds),
	/** When the version began, and its last save (autosaves coalesce). */
	createdAt: z.string(),
	updatedAt: z.string(),
	/** Sections changed since the version before it (the first: since the empty CV). */
	changed: z.array(z.enum(cvSections))
});

export const cvVersionListSchema = z
	.object({ versions: z.array(cvVersionSummarySchema) })
	.meta({ id: 'CvVersionList' });

export const cvVersionSchema = cvVersionSummarySchema
	.extend({ document: cvSchema })
	.meta({ id: 'CvVersion' });

export const cvImportResultSchema = cvResourceSchema
	.extend({
		unmapped: z.array(z.object({ field: z.string(), reason: z.string() })),
		/** The version that keeps the CV as it was before the import. */
		versionBefore: z.int(),
		/** Date rules the imported CV breaks (kept as imported; the editor shows them beside the fields). */
		problems: z.array(z.object({ field: z.string(), message: z.string() }))
	})
	.meta({ id: 'CvImportResult' });

export type CvVersionSummary = z.infer<typeof cvVersionSummarySchema>;
export type CvVersion = z.infer<typeof cvVersionSchema>;
export type CvImportResult = z.infer<typeof cvImportResultSchema>;
