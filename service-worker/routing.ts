import { APP_START, pathOfRoute, type RouteFiles } from './route-files';

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

export interface PrecacheEntry {
	url: string;
	revision: string | null;
}

/** What `$service-worker` says about the build, and which build files each route needs. */
export interface BuildManifest {
	build: string[];
	files: string[];
	prerendered: string[];
	version: string;
	/** null when unknown (the dev server): then every build file is in the public tier. */
	routeFiles: RouteFiles | null;
}

/**
 * What the worker keeps for offline use, in tiers. `install` is fetched at install, on a first
 * visit: what any offline start needs besides the page she is on (the app's start, the root layout,
 * the offline page, the fonts). The page she is on is not in it: the worker keeps that page and the
 * code it loaded from the browser's cache, with no new download (`keepLoaded`, and the page itself
 * on activate). `public` (the other public pages' code) is fetched on her second visit, when the
 * worker already runs the page; `signed-in` once she has signed in on this phone, `caseworker` once
 * a caseworker has opened her area. Any other build file a page loads (another page's code, a
 * language's texts) is kept when it is first loaded (immutable names).
 */
export type OfflineTier = 'install' | 'public' | 'signed-in' | 'caseworker';
export const LATER_TIERS = ['public', 'signed-in', 'caseworker'] as const;
export type LaterTier = (typeof LATER_TIERS)[number];

/** The routes kept at install: the root layout (and the front page, whose route it shares) and the offline page. */
export const INSTALL_ROUTES = ['/', '/offline'];

/** The public routes kept on the second visit: job search, an ad, the calculator. */
export const PUBLIC_OFFLINE_ROUTES = ['/job', '/job/[id]', '/beregner'];

/** The static files the first screen needs: its two fonts, the icon and the manifest. */
const FIRST_SCREEN_FILES = /^\/(favicon\.svg|manifest\.webmanifest|fonts\/[^/]+\.woff2)$/;

/**
 * Whether a precached file is one of the static first-screen files. Their names carry no hash, so
 * they are precached per version, which makes Workbox fetch them past the browser's cache; but the
 * page has just loaded them, so the worker asks the browser's cache first (`cache: 'default'`).
 */
export function isFirstScreenFile(pathname: string): boolean {
	return FIRST_SCREEN_FILES.test(pathname);
}

export function tierOfRoute(routeId: string): Exclude<OfflineTier, 'install'> {
	if (routeId.startsWith('/(caseworker)')) return 'caseworker';
	if (routeId.startsWith('/(citizen)') || routeId.startsWith('/(signed-in)')) return 'signed-in';
	return 'public';
}

/** A route id and the layouts above it: `/job/[id]` → `/job/[id]`, `/job`, `/`. */
function withLayouts(routeId: string): string[] {
	const segments = routeId.split('/').filter(Boolean);
	return ['/', ...segments.map((_, i) => `/${segments.slice(0, i + 1).join('/')}`)];
}

/** The route a prerendered address (a page or its `__data.json`) belongs to, if known. */
function routeOfPrerendered(path: string, routes: string[]): string | undefined {
	const page = path.replace(/\/__data\.json$/, '') || '/';
	return routes.find((route) => pathOfRoute(route) === page);
}

/** The precache entries of each tier; a file of the install tier is in no other. */
export function precacheTiers(manifest: BuildManifest): Record<OfflineTier, PrecacheEntry[]> {
	const built = new Set(
		manifest.build.filter((url) => !url.endsWith('/version.json') && !isCvPdfFile(url))
	);
	const immutable = (urls: Iterable<string>) =>
		[...new Set(urls)].filter((url) => built.has(url)).map((url) => ({ url, revision: null }));
	const versioned = (urls: string[]) => urls.map((url) => ({ url, revision: manifest.version }));
	const staticFiles = manifest.files.filter(isFirstScreenFile);
	const routeFiles = manifest.routeFiles;
	if (!routeFiles) {
		return {
			install: [...immutable(built), ...versioned([...staticFiles, ...manifest.prerendered])],
			public: [],
			'signed-in': [],
			caseworker: []
		};
	}
	const routes = Object.keys(routeFiles).filter((route) => route !== APP_START);
	const filesOf = (tierRoutes: string[]) => tierRoutes.flatMap((route) => routeFiles[route] ?? []);
	const prerenderedOf = (only: (route: string) => boolean) =>
		manifest.prerendered.filter((path) => {
			const route = routeOfPrerendered(path, routes);
			return route !== undefined && only(route);
		});

	const installRoutes = INSTALL_ROUTES.flatMap(withLayouts);
	const installFiles = immutable([...(routeFiles[APP_START] ?? []), ...filesOf(installRoutes)]);
	const atInstall = new Set(installFiles.map((entry) => entry.url));
	const laterTier = (tierRoutes: string[]) => [
		...immutable(filesOf(tierRoutes).filter((url) => !atInstall.has(url))),
		...versioned(prerenderedOf((route) => tierRoutes.includes(route)))
	];
	const ofTier = (tier: LaterTier) => routes.filter((route) => tierOfRoute(route) === tier);
	return {
		install: [
			...installFiles,
			...versioned([...staticFiles, ...prerenderedOf((route) => installRoutes.includes(route))])
		],
		public: laterTier(PUBLIC_OFFLINE_ROUTES.flatMap(withLayouts)),
		'signed-in': laterTier(ofTier('signed-in')),
		caseworker: laterTier(ofTier('caseworker'))
	};
}

/** The cache a later tier is kept in, one per app version. */
export function tierCacheName(tier: LaterTier, version: string): string {
	return `vj-${tier}-${version}`;
}

/** The cache of build files kept when first loaded (not in any tier). */
export const IMMUTABLE_CACHE = 'vj-immutable';

export function isImmutableFile(pathname: string): boolean {
	return pathname.startsWith('/_app/immutable/');
}

/**
 * The build's chunks of these text groups in this language (`locale-<lang>.<group>.<hash>.js`,
 * named in vite.config.ts), which the page asks the worker to keep (`keepTexts`).
 */
export function textChunksOf(build: string[], lang: string, groups: string[]): string[] {
	return build.filter((url) => {
		const match = /\/_app\/immutable\/chunks\/locale-(\w+)\.(\w+)\.[\w-]+\.js$/.exec(url);
		return match !== null && match[1] === lang && groups.includes(match[2]!);
	});
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

/** How many pages the worker keeps, and for how long a kept page may answer. */
export const KEPT_PAGES = { maxEntries: 60, maxAgeMs: 30 * 24 * 60 * 60 * 1000 };

/** Whether a kept page may still answer: its Date header is within the age limit (or missing). */
export function isKeptPageFresh(date: string | null, now: number): boolean {
	const sent = date ? Date.parse(date) : NaN;
	return Number.isNaN(sent) || now - sent <= KEPT_PAGES.maxAgeMs;
}

/** The kept pages to drop, oldest first in `keys` (a cache lists its entries as they were stored). */
export function pagesOverLimit<T>(keys: T[]): T[] {
	return keys.slice(0, Math.max(0, keys.length - KEPT_PAGES.maxEntries));
}
