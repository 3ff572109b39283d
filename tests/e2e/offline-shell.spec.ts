import type { Page } from '@playwright/test';
import { expect, loginAs, test, waitForServiceWorker } from './fixtures';

/**
 * Pages reached by tapping a link (client-side navigation) never pass the worker as a page request;
 * they must still reopen offline, styled and running, from any depth of address.
 */

/** Waits until the worker keeps a copy of this page, as it does in the background after a tap. */
async function waitUntilKept(page: Page, path: string) {
	await expect
		.poll(() => page.evaluate(async (path) => Boolean(await caches.match(path)), path), {
			message: `the worker keeps ${path}`
		})
		.toBe(true);
}

/** The app's own stylesheet and script ran: the font is ours and the page answers to the router. */
async function expectStyledAndRunning(page: Page) {
	const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
	expect(font).toContain('IBM Plex Sans');
	const failedAssets = await page.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.map((entry) => new URL(entry.name).pathname)
			.filter((path) => /^\/.+\/_app\//.test(path))
	);
	expect(failedAssets, 'assets asked for under a nested address').toEqual([]);
}

async function tapFirstAd(page: Page) {
	const first = page.locator('.job-result-title').first();
	const title = (await first.textContent())!.trim();
	const href = (await first.getAttribute('href'))!;
	await first.click();
	await page.waitForURL((url) => url.pathname === href);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	return { title, href };
}

test('an ad opened by tapping it in the results reopens offline, styled (not logged in)', async ({
	page,
	context
}) => {
	await page.goto('/job?v=1&q=lager');
	await waitForServiceWorker(page);
	const { title, href } = await tapFirstAd(page);
	await waitUntilKept(page, href);

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expectStyledAndRunning(page);
	await context.setOffline(false);
});

test('the front page reached by tapping reopens offline after a first visit elsewhere', async ({
	page,
	context
}) => {
	await page.goto('/beregner');
	await waitForServiceWorker(page);
	await page.locator('footer').getByRole('link', { name: 'Tilgængelighedserklæring' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tilgængelighedserklæring');
	await page.locator('.solution-heading a').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Din vej tilbage i job');
	// The statement is prerendered, so precached; the front page is rendered per request.
	await waitUntilKept(page, '/');

	await context.setOffline(true);
	const seen: [string, string][] = [
		['/', 'Din vej tilbage i job'],
		['/tilgaengelighed', 'Tilgængelighedserklæring'],
		['/beregner', 'Kan det betale sig?']
	];
	for (const [path, heading] of seen) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		await expectStyledAndRunning(page);
	}
	await context.setOffline(false);
});

test('logged in, a tapped ad reopens offline with her name, not "Log ind"', async ({
	page,
	context
}) => {
	await loginAs(page, 'anna');
	await waitForServiceWorker(page);
	await page.goto('/job?v=1&q=lager');
	const { title, href } = await tapFirstAd(page);
	await waitUntilKept(page, href);

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expectStyledAndRunning(page);
	await expect(page.locator('.account-name')).toHaveText('Anna Jensen');
	await expect(page.getByRole('link', { name: 'Log ind' })).toHaveCount(0);

	// A page never seen, at a nested address: the offline page, styled and knowing her.
	await page.goto('/job/aldrig-besoegt/dybere');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du er offline');
	await expectStyledAndRunning(page);
	await expect(page.locator('.account-name')).toHaveText('Anna Jensen');
	await context.setOffline(false);
});
