/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, prerendered, version } from '$service-worker';
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkOnly, StaleWhileRevalidate } from 'workbox-strategies';
import { BACKGROUND_SYNC_TAG } from '../src/lib/client/sync';
import {
	KEEP_CV_PDF_MESSAGE,
	KEEP_PAGE_MESSAGE,
	type KeepPageMessage
} from '../src/lib/client/keep-page';
import { replayOutboxes } from './background-sync';
import {
	CV_PDF_CACHE,
	isCvPdfFile,
	isPublicPage,
	needsKeeping,
	phonePageKind,
	OFFLINE_PAGE,
	PAGES_CACHE,
	precacheList
} from './routing';

const sw = self as unknown as ServiceWorkerGlobalScope;

// The app shell: hashed build assets, static files and the prerendered pages (the signed-in area).
precacheAndRoute(precacheList({ build, files, prerendered, version }), {
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

const pages = new StaleWhileRevalidate({
	cacheName: PAGES_CACHE,
	plugins: [
		new ExpirationPlugin({ maxEntries: 60, maxAgeSeconds: 30 * 24 * 60 * 60 }),
		// A browser refuses a redirected answer to a page request: keep only a page's own answer.
		{
			cacheWillUpdate: async ({ response }) =>
				response.ok && !response.redirected ? response : null
		}
	]
});
registerRoute(({ url, request }) => {
	if (url.origin !== sw.location.origin || !isPublicPage(url.pathname)) return false;
	return request.mode === 'navigate' || url.pathname.endsWith('/__data.json');
}, pages);

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
	if (data?.type === KEEP_PAGE_MESSAGE) {
		event.waitUntil(keepPage((data as KeepPageMessage).href, event).catch(() => undefined));
	}
});

// The first install takes over the open page at once, and stores the public page it was opened on,
// so the very first page a citizen visited also opens offline.
clientsClaim();
sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			// Uncontrolled too: clientsClaim may not have taken the page over yet.
			const windows = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
			const cache = await caches.open(PAGES_CACHE);
			await Promise.all(
				windows
					.map((client) => new URL(client.url))
					.filter((url) => url.origin === sw.location.origin && isPublicPage(url.pathname))
					.map(async (url) => {
						const response = await fetch(url.href, { credentials: 'same-origin' }).catch(
							() => null
						);
						if (response?.ok) await cache.put(url.href, response);
					})
			);
		})()
	);
});
