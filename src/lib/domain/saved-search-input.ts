/**
 * What a citizen may save as a saved search: the query is checked as the search page checks a link
 * and stored in its canonical link form (`toSearchParams`), so a saved search is upgraded exactly
 * like an old bookmark when the link format changes.
 */
import { z } from 'zod';
import { fromSearchParams, toSearchParams, type JobSearchQuery } from './job-search';
import { MAX_SAVED_SEARCH_NAME, MAX_SAVED_SEARCH_QUERY } from './saved-searches';
import { instantSchema, storableText } from './validation';

/** The query in canonical form, without paging (`cursor`, `limit`): a saved search starts at page one. */
export function canonicalSavedQuery(query: Partial<JobSearchQuery>): string {
	const { cursor: _cursor, limit: _limit, ...search } = query;
	return toSearchParams(search).toString();
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
	name: storableText(
		z
			.string({ error: 'Skal være tekst' })
			.trim()
			.min(1, { error: 'Giv søgningen et navn' })
			.max(MAX_SAVED_SEARCH_NAME, { error: `Højst ${MAX_SAVED_SEARCH_NAME} tegn` })
	),
	query: savedQuery,
	/** When the citizen last looked at the results; never moves backwards on the server. */
	lastSeenAt: instantSchema().optional()
});

export type SavedSearchInput = z.output<typeof savedSearchInputSchema>;
