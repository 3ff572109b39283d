export const PAGES_CACHE = 'vj-pages';
export const OFFLINE_PAGE = '/offline';

/** Paths that must always reach the server: login, logout and the provider. */
const neverCached = ['/api', '/login', '/logout', '/auth', '/oidc'];

/**
 * Pages whose load runs again in the browser and can answer from the phone: the job search searches
 * the ads kept there when the API cannot be reached. Offline, a search never opened before is
 * answered with any kept copy of the search page, whose load then searches the phone for the
 * address asked for (the copy's own results are only what the page shows before that).
 */
export function answersFromThePhone(pathname: string): boolean {
	return pathname === '/job';
}

export function isPublicPage(pathname: string): boolean {
	return !neverCached.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/** Precache entries: hashed assets need no revision; the rest carry the build's version. */
export function precacheList(manifest: {
	build: string[];
	files: string[];
	prerendered: string[];
	version: string;
}): { url: string; revision: string | null }[] {
	const immutable = manifest.build
		.filter((url) => !url.endsWith('/version.json'))
		.map((url) => ({ url, revision: null }));
	const versioned = [...manifest.files, ...manifest.prerendered]
		.filter((url) => !url.endsWith('.txt') && !url.startsWith('/screenshots/'))
		.map((url) => ({ url, revision: manifest.version }));
	return [...immutable, ...versioned];
}
