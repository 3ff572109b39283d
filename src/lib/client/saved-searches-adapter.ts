import { savedSearchSchema } from '../domain/saved-searches';
import type { EntityAdapter } from './sync';

/**
 * How saved searches from the server land in the local store. Apart from saved-searches-store.ts,
 * which checks what the citizen saves against the whole search model: the service worker syncs
 * with these adapters and should not carry that model.
 */
export const savedSearchesAdapter: EntityAdapter = {
	store: 'savedSearches',
	parse(data) {
		const parsed = savedSearchSchema.safeParse(data);
		return parsed.success ? parsed.data : null;
	}
};
