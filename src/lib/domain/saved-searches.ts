/**
 * Saved searches: a name and the search page's link query, kept per citizen, with "N nye job siden
 * sidst". A saved search as stored and sent back; what a citizen may save, and the query's canonical
 * form, are in saved-search-input.ts. Apart, because checking a query needs the whole search model
 * (municipalities, postal codes), which the service worker, syncing saved searches, does not.
 */
import { z } from 'zod';
import type { JobSearchQuery } from './job-search';
import { instantSchema, storableText } from './validation';

export const MAX_SAVED_SEARCH_NAME = 100;
/** Far above any real search (the words alone are at most 200 characters). */
export const MAX_SAVED_SEARCH_QUERY = 2000;

/** A short name made from the words and the main filters, for the citizen to keep or change. */
export function suggestedSearchName(
	query: Partial<JobSearchQuery>,
	labels: { place?: string | undefined; everything: string }
): string {
	const parts = [query.q?.trim(), labels.place].filter((part): part is string => !!part);
	return (parts.length > 0 ? parts.join(', ') : labels.everything).slice(0, MAX_SAVED_SEARCH_NAME);
}

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

/**
 * POST /me/saved-searches as sent: creates the search under the client's id, or updates it (name,
 * query, last seen) when that id exists — so "marking as seen" offline is just another outbox item.
 * The query's meaning is checked by `savedSearchInputSchema` (saved-search-input.ts).
 */
export const savedSearchBodySchema = z.strictObject({
	id: z.uuid({ error: 'Ugyldigt id' }),
	name: storableText(
		z
			.string({ error: 'Skal være tekst' })
			.trim()
			.min(1, { error: 'Giv søgningen et navn' })
			.max(MAX_SAVED_SEARCH_NAME, { error: `Højst ${MAX_SAVED_SEARCH_NAME} tegn` })
	),
	query: z
		.string({ error: 'Skal være tekst' })
		.max(MAX_SAVED_SEARCH_QUERY, { error: `Højst ${MAX_SAVED_SEARCH_QUERY} tegn` }),
	/** When the citizen last looked at the results; never moves backwards on the server. */
	lastSeenAt: instantSchema().optional()
});
