import { fromSearchParams, toSearchParams, type JobSearchQuery } from '$lib/domain/job-search';
import type { JobSearchList } from '$lib/domain/jobs';
import type { FieldError } from '$lib/domain/validation';
import { loadPlaceTables } from '$lib/client/place-tables.svelte';
import type { PageLoad } from './$types';
import { formValues, type FormValues } from './_components/filters';

export interface JobSearchPageData {
	query: Partial<JobSearchQuery>;
	/** The form's fields as in the URL, also when they could not be used (so nothing typed is lost). */
	values: FormValues;
	searched: boolean;
	/** The ads as the list shows them (`view=list`): the page's HTML carries no descriptions. */
	result: JobSearchList | null;
	errors: FieldError[];
	failed: boolean;
}

/** The URL is the search: links can be shared, and the back button returns to the same results. */
export const load: PageLoad = async ({ url, fetch }): Promise<JobSearchPageData> => {
	const parsed = fromSearchParams(url.searchParams);
	const searched = url.searchParams.size > 0;
	const values = formValues(url.searchParams);
	// Place names (a municipality's, a postal code's town) come from the tables, loaded only when
	// the page shows one, or has no counts to take the filters' choices from.
	const tables = values.municipality || values.postalCode ? loadPlaceTables() : null;
	const data = await search(parsed, values, searched, fetch);
	await (tables ?? (data.result ? null : loadPlaceTables()));
	return data;
};

async function search(
	parsed: ReturnType<typeof fromSearchParams>,
	values: FormValues,
	searched: boolean,
	fetch: typeof globalThis.fetch
): Promise<JobSearchPageData> {
	if (!parsed.success) {
		return { query: {}, values, searched, result: null, errors: parsed.errors, failed: false };
	}
	const params = toSearchParams(parsed.data);
	if (parsed.data.cursor) params.set('cursor', parsed.data.cursor);
	try {
		const response = await fetch(`/api/v1/jobs?${params}&view=list`);
		if (!response.ok) {
			const problem = (await response.json().catch(() => ({}))) as { errors?: FieldError[] };
			return {
				query: parsed.data,
				values,
				searched,
				result: null,
				errors: problem.errors ?? [],
				failed: !problem.errors
			};
		}
		return {
			query: parsed.data,
			values,
			searched,
			result: (await response.json()) as JobSearchList,
			errors: [],
			failed: false
		};
	} catch {
		return { query: parsed.data, values, searched, result: null, errors: [], failed: true };
	}
}
