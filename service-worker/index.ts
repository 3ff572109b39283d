/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, prerendered, version } from '$service-worker';
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { NetworkOnly, StaleWhileRevalidate } from 'workbox-strategies';
import { BACKGROUND_SYNC_TAG } from '../src/lib/client/sync';
import { replayOutboxes } from './background-sync';
import { isPublicPage, phonePageKind, OFFLINE_PAGE, PAGES_CACHE, precacheList } from './routing';

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

const pages = new StaleWhileRevalidate({
	cacheName: PAGES_CACHE,
	plugins: [new ExpirationPlugin({ maxEntries: 60, maxAgeSeconds: 30 * 24 * 60 * 60 })]
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

sw.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

// The first install takes over the open page at once, and stores the public page it was opened on,
// so the very first page a citizen visited also opens offline.
clientsClaim();
sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const windows = await sw.clients.matchAll({ type: 'window' });
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
