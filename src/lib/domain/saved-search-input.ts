/**
 * What a citizen may save as a saved search: the query is checked as the search page checks a link
 * and stored in its canonical link form (`toSearchParams`), so a saved search is upgraded exactly
 * like an old bookmark when the link format changes.
 */
import { z } from 'zod';
import { fromSearchParams, toSearchParams, type JobSearchQuery } from './job-search';
import { savedSearchBodySchema } from './saved-searches';

/** The query in canonical form, without paging (`cursor`, `limit`): a saved search starts at page one. */
export function canonicalSavedQuery(query: Partial<JobSearchQuery>): string {
	const { cursor: _cursor, limit: _limit, ...search } = query;
	return toSearchParams(search).toString();
}

/** The body as sent, with the query checked as the search page checks a link and made canonical. */
export const savedSearchInputSchema = savedSearchBodySchema.extend({
	query: savedSearchBodySchema.shape.query.transform((value, context) => {
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
	})
});

export type SavedSearchInput = z.output<typeof savedSearchInputSchema>;
