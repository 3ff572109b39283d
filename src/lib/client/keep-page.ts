/** The message that asks our service worker to keep a page for offline use. */
export const KEEP_PAGE_MESSAGE = 'KEEP_PAGE';

export interface KeepPageMessage {
	type: typeof KEEP_PAGE_MESSAGE;
	href: string;
}

/**
 * A page reached by tapping a link is drawn in the browser and never passes the worker as a page
 * request, so the worker would have no copy of it to open offline. Tell it the address; it fetches
 * the page in the background unless it has what it needs already (`service-worker/routing.ts`).
 */
export function keepVisitedPage(url: URL) {
	const worker = navigator.serviceWorker?.controller;
	worker?.postMessage({ type: KEEP_PAGE_MESSAGE, href: url.href } satisfies KeepPageMessage);
}

/** The message that asks the worker to keep the CV PDF's code and fonts (see `keepCvPdfOffline`). */
export const KEEP_CV_PDF_MESSAGE = 'KEEP_CV_PDF';

/**
 * Call when /cv opens: the worker then fetches and keeps the PDF's code and fonts (about 300 KB,
 * once per app version), so she can make her PDF offline later. They are not in the precache, so a
 * visitor who never opens /cv never downloads them.
 */
export function keepCvPdfOffline() {
	navigator.serviceWorker?.controller?.postMessage({ type: KEEP_CV_PDF_MESSAGE });
}

/** The message that asks the worker to keep a later tier of the app (`service-worker/routing.ts`). */
export const KEEP_TIER_MESSAGE = 'KEEP_TIER';

export interface KeepTierMessage {
	type: typeof KEEP_TIER_MESSAGE;
	tier: 'public' | 'signed-in' | 'caseworker';
}

/**
 * The worker keeps little at install: the page she is on and the offline page. On her second visit
 * (the worker already runs the page) it is told to keep the other public pages' code; once she has
 * signed in (the hint cookie), or a caseworker opens her area, that area's code and pages too, so
 * they open offline. Sent to the active worker, which on a first visit does not control the page yet.
 */
export function keepOfflineTier(tier: KeepTierMessage['tier']) {
	postToActiveWorker({ type: KEEP_TIER_MESSAGE, tier } satisfies KeepTierMessage);
}

/**
 * Posts to the active worker once there is one: on a first visit it does not control the page yet,
 * so `navigator.serviceWorker.controller` would still be null.
 */
function postToActiveWorker(message: KeepTierMessage | KeepLoadedMessage | KeepTextsMessage) {
	void navigator.serviceWorker?.ready.then((registration) =>
		registration.active?.postMessage(message)
	);
}

/** The message that hands the worker the build files this page loaded before the worker ran. */
export const KEEP_LOADED_MESSAGE = 'KEEP_LOADED';

export interface KeepLoadedMessage {
	type: typeof KEEP_LOADED_MESSAGE;
	paths: string[];
}

/**
 * On a first visit the page loads its code before the worker exists (it installs when the page is
 * idle), so the worker never sees the files loaded at run time (a language's texts, a lazily loaded
 * part). Tell it which: it keeps those it lacks, from the browser's cache, with no new download.
 */
export function keepLoadedFiles() {
	const paths = performance
		.getEntriesByType('resource')
		.map((entry) => new URL(entry.name))
		.filter((url) => url.origin === location.origin && url.pathname.startsWith('/_app/immutable/'))
		.map((url) => url.pathname);
	postToActiveWorker({ type: KEEP_LOADED_MESSAGE, paths } satisfies KeepLoadedMessage);
}

/** The message that asks the worker to keep some text groups of one language. */
export const KEEP_TEXTS_MESSAGE = 'KEEP_TEXTS';

export interface KeepTextsMessage {
	type: typeof KEEP_TEXTS_MESSAGE;
	lang: string;
	groups: string[];
}

/**
 * Texts are loaded per page (src/lib/i18n/groups.ts), so a page she has not opened yet has not
 * loaded its texts: the worker fetches and keeps the groups of the pages she may open offline, in
 * her language (their chunks are named `locale-<lang>.<group>.`), so the page does not download
 * them itself.
 */
export function keepTexts(lang: string, groups: string[]) {
	postToActiveWorker({ type: KEEP_TEXTS_MESSAGE, lang, groups } satisfies KeepTextsMessage);
}
