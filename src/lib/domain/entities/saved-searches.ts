import { operation } from '../api/operation';
import {
	savedSearchBodySchema,
	savedSearchListSchema,
	savedSearchSchema,
	type SavedSearch
} from '../saved-searches';
import type { CollectionDefinition } from './types';
import { localStores } from './local-stores';

const path = '/api/v1/me/saved-searches';

/**
 * Saved searches with "N nye job siden sidst". The body here is the wire shape; what the query means
 * is checked against the search model by `savedSearchInputSchema` (saved-search-input.ts), kept out
 * of this definition so the service worker, which syncs through the registry, does not carry it.
 */
export const savedSearches = {
	name: 'savedSearches',
	kind: 'collection',
	conflict: 'last-write',
	path,
	label: 'den gemte søgning',
	key: 'id',
	schema: savedSearchSchema,
	deleteMissing: 'ok',
	limit: {
		max: 50,
		detail: 'Du kan højst gemme 50 søgninger. Slet en, du ikke bruger, og prøv igen.'
	},
	local: localStores.savedSearches,
	operations: {
		list: operation({
			method: 'get',
			path,
			summary: 'Mine gemte søgninger, nyeste først, hver med antal nye job siden sidst set',
			access: 'citizen',
			response: savedSearchListSchema,
			// Each list may count up to 50 searches (kept a minute in the row); a page shown now
			// and then asks a few times a minute.
			rateLimit: { requests: 30, perSeconds: 60 }
		}),
		create: operation({
			method: 'post',
			path,
			summary:
				'Gem en søgning under klientens id (201), eller ret navn, søgning og sidst set for en, jeg har (200). `query` er søgesidens link (v=1&q=…)',
			access: 'citizen',
			body: savedSearchBodySchema,
			response: savedSearchSchema,
			status: 201,
			// Each save counts its search anew; the outbox backs off on 429 and sends it later.
			rateLimit: { requests: 100, perSeconds: 60 }
		}),
		remove: operation({
			method: 'delete',
			path: `${path}/{id}`,
			summary: 'Slet en gemt søgning',
			access: 'citizen',
			status: 204,
			notFound: 'Den gemte søgning findes ikke.'
		})
	}
} as const satisfies CollectionDefinition<'savedSearches', SavedSearch>;
