import { readFileSync } from 'node:fs';
import type { Request } from '@playwright/test';
import type { RouteFiles } from '../../service-worker/route-files';
import { INSTALL_ROUTES, tierOfRoute } from '../../service-worker/routing';
import { expect, loginAs, test, waitForOfflineTier, waitForServiceWorker } from './fixtures';

/**
 * The worker keeps the app for offline use in tiers (`service-worker/routing.ts`): at install (once
 * the first visit has loaded and the browser is idle) the page she is on, from the browser's cache,
 * and the offline page; the other public pages on her second visit; the signed-in area once she has
 * signed in on this phone; the caseworker area only on a caseworker's.
 */

/** The pages of the signed-in and caseworker areas (prerendered shells). */
const signedInPages = ['/min-side', '/cv', '/joblog', '/sygemeldt', '/samtaler', '/profil'];
const laterPages = [...signedInPages, '/medarbejder'];

function routeFiles(): [string, string[]][] {
	return Object.entries(
		JSON.parse(readFileSync('.svelte-kit/service-worker-route-files.json', 'utf8')) as RouteFiles
	);
}

/** Build files the install tier holds: the app's start, the root layout, the offline page. */
function installFiles(): Set<string> {
	return new Set(
		routeFiles()
			.filter(([route]) => route === '' || INSTALL_ROUTES.includes(route))
			.flatMap(([, files]) => files)
	);
}

/** Build files only the signed-in or caseworker areas use, from the route map the build wrote. */
function laterTierFiles(): Set<string> {
	const routes = routeFiles();
	const publicFiles = new Set(
		routes.filter(([route]) => tierOfRoute(route) === 'public').flatMap(([, files]) => files)
	);
	return new Set(
		routes
			.filter(([route]) => route !== '' && tierOfRoute(route) !== 'public')
			.flatMap(([, files]) => files)
			.filter((file) => !publicFiles.has(file))
	);
}

test('an anonymous first visit: no worker download before load and idle, nothing of other pages', async ({
	page,
	context
}) => {
	const worker: { path: string; startTime: number; bytes: number }[] = [];
	const pageDownloads = new Set<string>();
	let scriptAskedAt = 0;
	const sizes: Promise<void>[] = [];
	const seen = (request: Request) => {
		const path = new URL(request.url()).pathname;
		if (path === '/service-worker.js') scriptAskedAt ||= request.timing().startTime;
		sizes.push(
			(async () => {
				const size = await request.sizes().catch(() => null);
				const bytes = size ? size.responseBodySize : 0;
				if (request.serviceWorker()) {
					worker.push({ path, startTime: request.timing().startTime, bytes });
				} else if (bytes > 0) pageDownloads.add(path);
			})()
		);
	};
	context.on('requestfinished', seen);
	context.on('requestfailed', seen);

	await page.goto('/');
	await waitForServiceWorker(page);
	await page.waitForLoadState('networkidle');
	await Promise.all(sizes);
	const loadEnd = await page.evaluate(() => {
		const [navigation] = performance.getEntriesByType(
			'navigation'
		) as PerformanceNavigationTiming[];
		return performance.timeOrigin + navigation!.loadEventEnd;
	});

	expect(scriptAskedAt, 'the worker script was asked for').toBeGreaterThan(0);
	expect(scriptAskedAt, 'the worker script waits for the load event').toBeGreaterThanOrEqual(
		loadEnd
	);
	const paths = worker.map((request) => request.path);
	expect(paths, 'the worker kept the offline page').toContain('/offline');
	expect(worker.filter((request) => request.startTime < loadEnd)).toEqual([]);
	// What the page loaded (its code, the fonts) comes from the browser's cache, not again.
	const twice = worker
		.filter((request) => request.bytes > 0 && pageDownloads.has(request.path))
		.map((request) => request.path);
	expect(twice, 'downloaded by the page and again by the worker').toEqual([]);
	expect(paths.filter((path) => /\.woff2$/.test(path)).length, 'the fonts').toBeGreaterThan(0);

	// Nothing of the other pages yet: not the job search, an ad or the calculator (her second
	// visit), nor the signed-in or caseworker areas.
	const install = installFiles();
	const notYet = routeFiles()
		.filter(([route]) => route !== '' && !INSTALL_ROUTES.includes(route))
		.flatMap(([, files]) => files)
		.filter((file) => !install.has(file));
	expect(notYet.length).toBeGreaterThan(0);
	expect(paths.filter((path) => notYet.includes(path))).toEqual([]);
	const laterFiles = laterTierFiles();
	expect(laterFiles.size).toBeGreaterThan(0);
	const signedIn = paths.filter(
		(path) =>
			laterFiles.has(path) ||
			laterPages.some((page) => path === page || path === `${page}/__data.json`)
	);
	expect(signedIn, 'nothing of the signed-in or caseworker areas').toEqual([]);
	const cacheNames = await page.evaluate(() => caches.keys());
	expect(cacheNames.filter((name) => /^vj-(public|signed-in|caseworker)-/.test(name))).toEqual([]);
});

test('on the second visit the worker keeps the other public pages: a tap opens them offline', async ({
	page,
	context
}) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	await page.reload();
	await waitForOfflineTier(page, 'public');

	await context.setOffline(true);
	// Never visited: only the public tier has the calculator's code.
	await page
		.locator('main')
		.getByRole('link', { name: 'Kan det betale sig?', exact: true })
		.click();
	await expect(page).toHaveURL(/\/beregner$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kan det betale sig?');
	await context.setOffline(false);
});

test('signed in once online, every page of her area opens offline after a reload', async ({
	page,
	context
}) => {
	await loginAs(page, 'anna');
	await waitForOfflineTier(page, 'signed-in');
	await waitForServiceWorker(page);

	await context.setOffline(true);
	const headings: [string, string][] = [
		['/min-side', 'Hej Anna Jensen'],
		['/cv', 'CV'],
		['/sygemeldt', 'Sygemeldt'],
		['/samtaler', 'Samtaler'],
		['/joblog', 'Joblog'],
		['/profil', 'Profil']
	];
	for (const [path, heading] of headings) {
		// Never visited before: only the signed-in tier can answer.
		await page.goto(path);
		await page.reload();
		const h1 = page.getByRole('heading', { level: 1 });
		await expect(h1).toHaveText(heading);
		await expect(page.locator('.account-name')).toHaveText('Anna Jensen');
	}
	await context.setOffline(false);
});
