/**
 * The municipality and postal-code tables (`domain/taxonomy/municipalities.ts`: names, towns,
 * which codes belong where), loaded the first time a page needs them: a search link that names a
 * place, a search whose counts could not be fetched, or the citizen starting to choose a place.
 * The job search's first load does without them (its facets carry the names it shows).
 * Static data, the same for everyone, so one copy per process/tab is right.
 */
type PlaceTables = typeof import('../domain/taxonomy/municipalities');

let tables = $state.raw<PlaceTables | null>(null);
let loading: Promise<PlaceTables | null> | null = null;

/** The tables once loaded, else null (reactive: readers update when they arrive). */
export function placeTables(): PlaceTables | null {
	return tables;
}

/** Loads the tables (once); null when they cannot be fetched (offline before they were kept). */
export function loadPlaceTables(): Promise<PlaceTables | null> {
	loading ??= import('../domain/taxonomy/municipalities').then(
		(module) => (tables = module),
		() => {
			loading = null;
			return null;
		}
	);
	return loading;
}
