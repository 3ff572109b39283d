/**
 * Saved searches: a name and the search page's link query, kept per citizen, with "N nye job siden
 * sidst". The query is stored in its canonical link form (`toSearchParams`), so a saved search is
 * upgraded exactly like an old bookmark when the link format changes.
 */
import { z } from 'zod';
import { fromSearchParams, toSearchParams, type JobSearchQuery } from './job-search';

export const MAX_SAVED_SEARCH_NAME = 100;
/** Far above any real search (the words alone are at most 200 characters). */
export const MAX_SAVED_SEARCH_QUERY = 2000;

/** The query in canonical form, without paging (`cursor`, `limit`): a saved search starts at page one. */
export function canonicalSavedQuery(query: Partial<JobSearchQuery>): string {
	const { cursor: _cursor, limit: _limit, ...search } = query;
	return toSearchParams(search).toString();
}

/** A short name made from the words and the main filters, for the citizen to keep or change. */
export function suggestedSearchName(
	query: Partial<JobSearchQuery>,
	labels: { place?: string | undefined; everything: string }
): string {
	const parts = [query.q?.trim(), labels.place].filter((part): part is string => !!part);
	return (parts.length > 0 ? parts.join(', ') : labels.everything).slice(0, MAX_SAVED_SEARCH_NAME);
}

const savedQuery = z
	.string({ error: 'Skal være tekst' })
	.max(MAX_SAVED_SEARCH_QUERY, { error: `Højst ${MAX_SAVED_SEARCH_QUERY} tegn` })
	.transform((value, context) => {
		const parsed = fromSearchParams(new URLSearchParams(value));
		if (!parsed.success) {
			const [first] = parsed.errors;
			context.addIssue({
				code: 'custom',
				message: first ? `${first.field}: ${first.message}` : 'Ugyldig søgning'
			});
			return z.NEVER;
		}
		return canonicalSavedQuery(parsed.data);
	});

/**
 * POST /me/saved-searches: creates the search under the client's id, or updates it (name, query,
 * last seen) when that id exists — so "marking as seen" offline is just another outbox item.
 */
export const savedSearchInputSchema = z.strictObject({
	id: z.uuid({ error: 'Ugyldigt id' }),
	name: z
		.string({ error: 'Skal være tekst' })
		.trim()
		.min(1, { error: 'Giv søgningen et navn' })
		.max(MAX_SAVED_SEARCH_NAME, { error: `Højst ${MAX_SAVED_SEARCH_NAME} tegn` }),
	query: savedQuery,
	/** When the citizen last looked at the results; never moves backwards on the server. */
	lastSeenAt: z.iso.datetime({ error: 'Skal være et tidspunkt (ISO 8601)' }).optional()
});

export type SavedSearchInput = z.output<typeof savedSearchInputSchema>;

export const savedSearchSchema = z
	.object({
		id: z.uuid(),
		name: z.string(),
		query: z.string(),
		createdAt: z.iso.datetime(),
		lastSeenAt: z.iso.datetime(),
		/** Ads matching the search posted after `lastSeenAt` ("N nye job siden sidst"). */
		newCount: z.int().min(0)
	})
	.meta({ id: 'SavedSearch' });

export type SavedSearch = z.infer<typeof savedSearchSchema>;

export const savedSearchListSchema = z.object({ items: z.array(savedSearchSchema) });
