// What a first visit downloads, as bench/lighthouse and bench/page-weight count it.
//
// A fresh browser context at phone size (390×844, empty cache, no service worker) opens the page and
// stays until its service worker is active (installed: its precache is complete) and the network has
// been quiet for 500 ms. Every request is counted with its transferred size: the body as sent
// (compressed) plus the response headers.
// - `page`: the requests the page makes (HTML, CSS, JS, fonts, images, API answers), also those after
//   the load event; `jsCss` is the part whose response is JavaScript or CSS.
// - `worker`: the service worker's script (the browser fetches it apart from the page, so it is asked
//   for here with the browser's Accept-Encoding; body only) plus every request the worker makes while
//   installing and activating (its precache, and whatever else it fetches then).
import type { Browser, BrowserContext, Page, Request } from '@playwright/test';
import { rawGet } from '../../tests/support/raw-get';

export interface FirstVisit {
	/** Counted only when something crossed the network (a request answered by the HTTP cache is 0 bytes). */
	page: number;
	jsCss: number;
	worker: number;
	requests: number;
	workerRequests: number;
	/** Paths fetched by the page or its worker. */
	paths: string[];
}

async function transferred(request: Request): Promise<number> {
	const sizes = await request.sizes().catch(() => null);
	return sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0;
}

async function isJsOrCss(request: Request): Promise<boolean> {
	const type = (await request.response())?.headers()['content-type'] ?? '';
	return /javascript|text\/css/.test(type);
}

/**
 * Counts the first visit of `url`; then `andThen` (if given) may go on with the same page, e.g.
 * offline, before the context is closed.
 */
export async function firstVisit<T = undefined>(
	browser: Browser,
	url: string,
	andThen?: (page: Page, context: BrowserContext) => Promise<T>
): Promise<{ visit: FirstVisit; then: T | undefined }> {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const visit: FirstVisit = {
		page: 0,
		jsCss: 0,
		worker: 0,
		requests: 0,
		workerRequests: 0,
		paths: []
	};
	const counted: Promise<void>[] = [];
	const count = (request: Request) => {
		visit.paths.push(new URL(request.url()).pathname);
		counted.push(
			(async () => {
				const bytes = await transferred(request);
				if (bytes <= 0) return;
				if (request.serviceWorker()) {
					visit.worker += bytes;
					visit.workerRequests++;
					return;
				}
				visit.page += bytes;
				visit.requests++;
				if (await isJsOrCss(request)) visit.jsCss += bytes;
			})()
		);
	};
	context.on('requestfinished', count);
	try {
		const page = await context.newPage();
		await page.goto(url, { waitUntil: 'load' });
		const scriptUrl = await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.ready;
			return registration.active?.scriptURL ?? '';
		});
		await page.waitForLoadState('networkidle');
		await Promise.all(counted);
		visit.worker += (await rawGet(scriptUrl, 'br, gzip')).bytes.length;
		visit.paths.push(new URL(scriptUrl).pathname);
		context.off('requestfinished', count);
		return { visit, then: await andThen?.(page, context) };
	} finally {
		await context.close();
	}
}
