/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, prerendered, version } from '$service-worker';
import { clientsClaim } from 'workbox-core';
import {
	addPlugins,
	cleanupOutdatedCaches,
	matchPrecache,
	precacheAndRoute
} from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkOnly, StaleWhileRevalidate } from 'workbox-strategies';
import { BACKGROUND_SYNC_TAG } from '../src/lib/client/sync';
import {
	KEEP_CV_PDF_MESSAGE,
	KEEP_LOADED_MESSAGE,
	KEEP_PAGE_MESSAGE,
	KEEP_TEXTS_MESSAGE,
	KEEP_TIER_MESSAGE,
	type KeepLoadedMessage,
	type KeepTextsMessage,
	type KeepPageMessage,
	type KeepTierMessage
} from '../src/lib/client/keep-page';
import { SIGNED_IN_HINT_COOKIE } from '../src/lib/domain/signed-in-hint';
import { replayOutboxes } from './background-sync';
import type { RouteFiles } from './route-files';
import {
	CV_PDF_CACHE,
	IMMUTABLE_CACHE,
	isCvPdfFile,
	isFirstScreenFile,
	isImmutableFile,
	isKeptPageFresh,
	isPublicPage,
	LATER_TIERS,
	needsKeeping,
	phonePageKind,
	OFFLINE_PAGE,
	PAGES_CACHE,
	pagesOverLimit,
	precacheTiers,
	textChunksOf,
	tierCacheName,
	type LaterTier
} from './routing';

/** Set by the build (`serviceWorkerRouteFiles` in vite.config.ts); missing on the dev server. */
declare const __SERVICE_WORKER_ROUTE_FILES__: string | undefined;

const sw = self as unknown as ServiceWorkerGlobalScope;

const tiers = precacheTiers({
	build,
	files,
	prerendered,
	version,
	routeFiles:
		typeof __SERVICE_WORKER_ROUTE_FILES__ === 'string'
			? (JSON.parse(__SERVICE_WORKER_ROUTE_FILES__) as RouteFiles)
			: null
});

// At install, what any offline start needs besides the page she is on (kept from the browser's
// cache, below): the app's start, the root layout, the offline page, the fonts. The other public
// pages' code comes on her second visit, the signed-in and caseworker areas when they are used
// (tiers, below), anything else when a page first loads it.
addPlugins([
	{
		// The fonts, icon and manifest are precached per version (their names carry no hash), so
		// Workbox would fetch them past the browser's cache; the page has just loaded them.
		requestWillFetch: async ({ request }) =>
			isFirstScreenFile(new URL(request.url).pathname)
				? new Request(request.url, { credentials: 'same-origin', cache: 'default' })
				: request
	}
]);
precacheAndRoute(tiers.install, {
	ignoreURLParametersMatching: [/.*/],
	cleanURLs: false,
	directoryIndex: null
});
cleanupOutdatedCaches();

// Personal data never enters the HTTP cache: it lives only in IndexedDB.
registerRoute(
	({ url }) => url.origin === sw.location.origin && url.pathname.startsWith('/api/'),
	new NetworkOnly()
);

// The CV PDF's code and fonts (left out of the precache): from the cache once kept, else the network.
registerRoute(
	({ url }) => url.origin === sw.location.origin && isCvPdfFile(url.pathname),
	new CacheFirst({ cacheName: CV_PDF_CACHE })
);

/** /cv was opened online: keep this build's PDF files, drop an older build's. */
async function keepCvPdf() {
	const wanted = build.filter(isCvPdfFile);
	const cache = await caches.open(CV_PDF_CACHE);
	const kept = (await cache.keys()).map((request) => new URL(request.url).pathname);
	await Promise.all(
		kept.filter((path) => !wanted.includes(path)).map((path) => cache.delete(path))
	);
	await cache.addAll(wanted.filter((path) => !kept.includes(path)));
}

/** Fetches a later tier into its cache for this version; `addAll` stores all of it or nothing. */
async function keepTier(tier: LaterTier) {
	const cache = await caches.open(tierCacheName(tier, version));
	if ((await cache.keys()).length > 0) return;
	await cache.addAll(
		tiers[tier].map(
			(entry) =>
				new Request(entry.url, {
					credentials: 'same-origin',
					// Hashed names never change; a prerendered page is new with each version.
					cache: entry.revision ? 'no-cache' : 'default'
				})
		)
	);
}

/** Build files the page loaded before the worker ran: kept from the browser's cache if missing. */
async function keepLoaded(paths: string[]) {
	const built = new Set(build);
	const wanted = paths.filter((path) => built.has(path) && !isCvPdfFile(path));
	const cache = await caches.open(IMMUTABLE_CACHE);
	for (const path of wanted) {
		if (await caches.match(path)) continue;
		const response = await fetch(path, { cache: 'force-cache' });
		if (response.ok) await cache.put(path, response);
	}
}

/** The signed-in hint cookie, where the worker can read cookies (Chromium); else the page tells. */
async function hasSignedInHint(): Promise<boolean> {
	const store = (sw as unknown as { cookieStore?: { get(name: string): Promise<unknown> } })
		.cookieStore;
	return Boolean(await store?.get(SIGNED_IN_HINT_COOKIE).catch(() => null));
}

// A new version keeps the tiers the old one had, so an update never takes her offline area away.
sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const names = await caches.keys();
			for (const tier of LATER_TIERS) {
				const had = names.some((name) => name.startsWith(tierCacheName(tier, '')));
				if (had || (tier === 'signed-in' && (await hasSignedInHint()))) {
					await keepTier(tier).catch(() => undefined);
				}
			}
		})()
	);
});

/** The prerendered pages of the later tiers: from their cache once kept, else as any page. */
const tierPages = new Map(
	LATER_TIERS.flatMap((tier) =>
		tiers[tier]
			.filter((entry) => entry.revision !== null)
			.map((entry) => [entry.url, tier] as const)
	)
);

// Build files no tier holds (another page's code, a language's texts): kept once loaded. Their
// names change with their content, so a kept copy is always right.
registerRoute(
	({ url }) =>
		url.origin === sw.location.origin &&
		isImmutableFile(url.pathname) &&
		!isCvPdfFile(url.pathname),
	async ({ request, url, event }) => {
		const kept = await caches.match(url.pathname);
		if (kept) return kept;
		const response = await fetch(request);
		if (response.ok) {
			const store = caches
				.open(IMMUTABLE_CACHE)
				.then((cache) => cache.put(url.pathname, response.clone()));
			(event as ExtendableEvent).waitUntil(store);
		}
		return response;
	}
);

const pages = new StaleWhileRevalidate({
	cacheName: PAGES_CACHE,
	plugins: [
		// Age and count limits without workbox-expiration, which writes a timestamp to IndexedDB each
		// time a kept page is used and adds its code to every start of the worker.
		{
			cachedResponseWillBeUsed: async ({ cachedResponse }) =>
				cachedResponse && isKeptPageFresh(cachedResponse.headers.get('date'), Date.now())
					? cachedResponse
					: null,
			cacheDidUpdate: async ({ cacheName }) => {
				const cache = await caches.open(cacheName);
				await Promise.all(pagesOverLimit(await cache.keys()).map((key) => cache.delete(key)));
			}
		},
		// A browser refuses a redirected answer to a page request: keep only a page's own answer.
		{
			cacheWillUpdate: async ({ response }) =>
				response.ok && !response.redirected ? response : null
		}
	]
});
registerRoute(
	({ url, request }) => {
		if (url.origin !== sw.location.origin || !isPublicPage(url.pathname)) return false;
		return request.mode === 'navigate' || url.pathname.endsWith('/__data.json');
	},
	async (options) => {
		const tier = tierPages.get(options.url.pathname);
		if (tier) {
			const cache = await caches.open(tierCacheName(tier, version));
			const kept = await cache.match(options.url.pathname);
			if (kept) return kept;
		}
		return pages.handle(options);
	}
);

setCatchHandler(async ({ request }) => {
	if (request.mode !== 'navigate') return Response.error();
	const kind = phonePageKind(new URL(request.url).pathname);
	if (kind) {
		const pages = await caches.open(PAGES_CACHE);
		const sameKind = (await pages.keys()).find(
			(key) => phonePageKind(new URL(key.url).pathname) === kind
		);
		const kept = sameKind && (await pages.match(sameKind));
		if (kept) return kept;
	}
	return (await matchPrecache(OFFLINE_PAGE)) ?? Response.error();
});

interface SyncEvent extends ExtendableEvent {
	readonly tag: string;
}

// Background Sync: the browser wakes the worker when the network is back, even with no tab open.
sw.addEventListener('sync', (event) => {
	const sync = event as SyncEvent;
	if (sync.tag !== BACKGROUND_SYNC_TAG) return;
	sync.waitUntil(replayOutboxes({ databases: () => indexedDB.databases() }));
});

/** A page reached by a tap: fetch and keep it through the pages strategy, if it needs keeping. */
async function keepPage(href: string, event: ExtendableEvent) {
	const url = new URL(href);
	if (url.origin !== sw.location.origin || (await matchPrecache(url.pathname))) return;
	const kept = (await (await caches.open(PAGES_CACHE)).keys()).map((key) => new URL(key.url));
	if (!needsKeeping(url, kept)) return;
	await pages.handle({ event, request: new Request(url.href, { credentials: 'same-origin' }) });
}

sw.addEventListener('message', (event) => {
	const data = event.data as { type?: string } | null;
	if (data?.type === 'SKIP_WAITING') void sw.skipWaiting();
	if (data?.type === KEEP_CV_PDF_MESSAGE) event.waitUntil(keepCvPdf().catch(() => undefined));
	if (data?.type === KEEP_LOADED_MESSAGE) {
		event.waitUntil(keepLoaded((data as KeepLoadedMessage).paths).catch(() => undefined));
	}
	if (data?.type === KEEP_TEXTS_MESSAGE) {
		const { lang, groups } = data as KeepTextsMessage;
		event.waitUntil(keepLoaded(textChunksOf(build, lang, groups)).catch(() => undefined));
	}
	if (data?.type === KEEP_TIER_MESSAGE) {
		const { tier } = data as KeepTierMessage;
		if (LATER_TIERS.includes(tier)) event.waitUntil(keepTier(tier).catch(() => undefined));
	}
	if (data?.type === KEEP_PAGE_MESSAGE) {
		event.waitUntil(keepPage((data as KeepPageMessage).href, event).catch(() => undefined));
	}
});

/** An older version's tiers, and kept build files this version no longer has. */
async function dropOutdated() {
	const current = new Set<string>(LATER_TIERS.map((tier) => tierCacheName(tier, version)));
	const names = await caches.keys();
	const outdated = names.filter(
		(name) =>
			!current.has(name) && LATER_TIERS.some((tier) => name.startsWith(tierCacheName(tier, '')))
	);
	await Promise.all(outdated.map((name) => caches.delete(name)));
	const kept = await caches.open(IMMUTABLE_CACHE);
	const wanted = new Set(build);
	await Promise.all(
		(await kept.keys())
			.filter((request) => !wanted.has(new URL(request.url).pathname))
			.map((request) => kept.delete(request))
	);
}

// The first install takes over the open page at once, and stores the public page it was opened on,
// so the very first page a citizen visited also opens offline.
clientsClaim();
sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			await dropOutdated();
			// Uncontrolled too: clientsClaim may not have taken the page over yet.
			const windows = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
			const cache = await caches.open(PAGES_CACHE);
			await Promise.all(
				windows
					.map((client) => new URL(client.url))
					.filter((url) => url.origin === sw.location.origin && isPublicPage(url.pathname))
					.map(async (url) => {
						// The page loaded it a moment ago: the browser's cache has it, so it is not
						// downloaded a second time (a public page holds nothing personal).
						const response = await fetch(url.href, {
							credentials: 'same-origin',
							cache: 'force-cache'
						}).catch(() => null);
						if (response?.ok) await cache.put(url.href, response);
					})
			);
		})()
	);
});
