/**
 * The job search page's filter fields as the form shows them: the raw strings from the URL, how
 * many are active, links without one filter, and the form's canonical URL. Pure, no DOM.
 */
import {
	fromSearchParams,
	toSearchParams,
	upgradeSearchParams,
	type JobSearchQuery
} from '$lib/domain/job-search';

/** The fields of the search form, in the order they are shown. */
export const formFields = [
	'q',
	'region',
	'municipality',
	'postalCode',
	'radiusKm',
	'occupation',
	'hours',
	'postedWithinDays',
	'sort'
] as const;
export type FormField = (typeof formFields)[number];
/** What each field holds, as typed or as in the URL ('' = not chosen). */
export type FormValues = Record<FormField, string>;

type FilterField = Exclude<FormField, 'q' | 'sort'>;
/** The fields that narrow the search (sort and words do not count as filters), in form order. */
export const filterFields: readonly FilterField[] = formFields.filter(
	(field): field is FilterField => field !== 'q' && field !== 'sort'
);

export const postedWithinChoices = [1, 3, 7, 14, 30] as const;
export const radiusChoices = [5, 10, 25, 50, 100] as const;

/** The form's values from a search URL (upgraded to the current version first). */
export function formValues(params: URLSearchParams): FormValues {
	const upgraded = upgradeSearchParams(params);
	return Object.fromEntries(
		formFields.map((field) => [field, upgraded.get(field)?.trim() ?? ''])
	) as FormValues;
}

/** Active filters; a postal code and its radius are one filter. */
export function activeFilterCount(values: FormValues): number {
	return filterFields.filter(
		(field) => values[field] !== '' && !(field === 'radiusKm' && values.postalCode !== '')
	).length;
}

export function searchHref(query: Partial<JobSearchQuery>): string {
	return `/job?${toSearchParams({ ...query, cursor: undefined })}`;
}

/**
 * The URL a submitted form stands for: canonical when it parses (defaults and blanks left out),
 * otherwise the filled-in fields as typed, so the page can say what is wrong with which field.
 */
export function paramsFromForm(entries: Iterable<[string, FormDataEntryValue]>): {
	params: URLSearchParams;
	valid: boolean;
} {
	const raw = new URLSearchParams();
	for (const [name, value] of entries) {
		if (typeof value === 'string' && value.trim() !== '' && name !== 'cursor') {
			raw.set(name, value.trim());
		}
	}
	const parsed = fromSearchParams(raw);
	if (!parsed.success) return { params: upgradeSearchParams(raw), valid: false };
	return { params: toSearchParams(parsed.data), valid: true };
}
