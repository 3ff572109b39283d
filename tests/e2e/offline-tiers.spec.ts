import { readFileSync } from 'node:fs';
import type { Request } from '@playwright/test';
import type { RouteFiles } from '../../service-worker/route-files';
import { tierOfRoute } from '../../service-worker/routing';
import { expect, loginAs, test, waitForOfflineTier, waitForServiceWorker } from './fixtures';

/**
 * The worker keeps the app for offline use in tiers (`service-worker/routing.ts`): the public pages
 * at install, once the first visit has loaded and the browser is idle; the signed-in area once she
 * has signed in on this phone; the caseworker area only on a caseworker's.
 */

/** The pages of the signed-in and caseworker areas (prerendered shells). */
const signedInPages = ['/min-side', '/cv', '/joblog', '/sygemeldt', '/samtaler', '/profil'];
const laterPages = [...signedInPages, '/medarbejder'];

/** Build files only the signed-in or caseworker areas use, from the route map the build wrote. */
function laterTierFiles(): Set<string> {
	const routeFiles = JSON.parse(
		readFileSync('.svelte-kit/service-worker-route-files.json', 'utf8')
	) as RouteFiles;
	const routes = Object.entries(routeFiles);
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

test('an anonymous first visit: no worker download before load and idle, nothing signed-in', async ({
	page,
	context
}) => {
	const worker: { path: string; startTime: number }[] = [];
	let scriptAskedAt = 0;
	const seen = (request: Request) => {
		const path = new URL(request.url()).pathname;
		if (path === '/service-worker.js') scriptAskedAt ||= request.timing().startTime;
		if (request.serviceWorker()) worker.push({ path, startTime: request.timing().startTime });
	};
	context.on('requestfinished', seen);
	context.on('requestfailed', seen);

	await page.goto('/');
	await waitForServiceWorker(page);
	await page.waitForLoadState('networkidle');
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
	expect(worker.length, 'the worker kept the public pages').toBeGreaterThan(0);
	expect(worker.filter((request) => request.startTime < loadEnd)).toEqual([]);
	const laterFiles = laterTierFiles();
	expect(laterFiles.size).toBeGreaterThan(0);
	const signedIn = worker
		.map((request) => request.path)
		.filter(
			(path) =>
				laterFiles.has(path) ||
				laterPages.some((page) => path === page || path === `${page}/__data.json`)
		);
	expect(signedIn, 'nothing of the signed-in or caseworker areas').toEqual([]);
	const cacheNames = await page.evaluate(() => caches.keys());
	expect(cacheNames.filter((name) => /^vj-(signed-in|caseworker)-/.test(name))).toEqual([]);
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
