export const PAGES_CACHE = 'vj-pages';
export const OFFLINE_PAGE = '/offline';

/** Paths that must always reach the server: login, logout and the provider. */
const neverCached = ['/api', '/login', '/logout', '/auth', '/oidc'];

const AD_PAGE = /^\/job\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Pages whose load runs again in the browser and can answer from the phone when the API cannot be
 * reached: the job search searches the ads kept there, and an ad's page opens the ad if it is
 * kept. Offline, such a page never opened before is answered with any kept copy of a page of the
 * same kind, whose load then answers for the address asked for (the copy's own content is only
 * what shows before that). Pages of one kind share their route, so they share their code.
 */
export function phonePageKind(pathname: string): 'search' | 'ad' | null {
	if (pathname === '/job') return 'search';
	return AD_PAGE.test(pathname) ? 'ad' : null;
}

export function isPublicPage(pathname: string): boolean {
	return !neverCached.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/**
 * Whether a page reached by a tap must be fetched to open offline, given the addresses the worker
 * keeps: not when it is kept already, nor for a phone page when a page of its kind is kept (that
 * copy answers for every address of the kind, so each search or ad tapped costs no extra download).
 */
export function needsKeeping(url: URL, kept: URL[]): boolean {
	if (!isPublicPage(url.pathname) || url.pathname.endsWith('/__data.json')) return false;
	if (kept.some((key) => key.pathname === url.pathname && key.search === url.search)) return false;
	const kind = phonePageKind(url.pathname);
	return !kind || !kept.some((key) => phonePageKind(key.pathname) === kind);
}

/** Precache entries: hashed assets need no revision; the rest carry the build's version. */
export function precacheList(manifest: {
	build: string[];
	files: string[];
	prerendered: string[];
	version: string;
}): { url: string; revision: string | null }[] {
	const immutable = manifest.build
		.filter((url) => !url.endsWith('/version.json') && !isCvPdfFile(url))
		.map((url) => ({ url, revision: null }));
	const versioned = [...manifest.files, ...manifest.prerendered]
		.filter((url) => !url.endsWith('.txt') && !url.startsWith('/screenshots/'))
		.map((url) => ({ url, revision: manifest.version }));
	return [...immutable, ...versioned];
}

/** The cache that keeps the PDF's code and fonts once /cv has been opened online. */
export const CV_PDF_CACHE = 'vj-cv-pdf';

/**
 * The build files only the CV PDF needs: its chunk (named by `namedCvPdfChunk` in vite.config.ts)
 * and its two fonts. They are left out of the precache — every first visit would otherwise fetch
 * about 300 KB for a PDF most visitors never make — and kept when /cv is opened.
 */
export function isCvPdfFile(url: string): boolean {
	return /\/_app\/immutable\/(chunks\/cv-pdf\.[^/]+\.js|assets\/DejaVuSans[^/]*\.ttf)$/.test(url);
}
