import type { Page } from '@playwright/test';
import { expect, loginAs, test, waitForServiceWorker } from './fixtures';

/** Job ads in the device's database (a visitor not logged in), read without creating it. */
function adsKeptOnThePhone(page: Page): Promise<number> {
	return page.evaluate(async () => {
		const names = (await indexedDB.databases()).map((db) => db.name);
		// Not opened before the app has made it: opening would create an empty one.
		if (!names.includes('vj-user-guest')) return 0;
		return new Promise<number>((resolve) => {
			const open = indexedDB.open('vj-user-guest');
			open.onsuccess = () => {
				const db = open.result;
				const count = db.transaction('jobAds').objectStore('jobAds').count();
				count.onsuccess = () => {
					db.close();
					resolve(count.result);
				};
			};
			open.onerror = () => resolve(0);
		});
	});
}

test('visited pages open offline; an unvisited one shows the Danish offline page', async ({
	page,
	context
}) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	const visited: [string, string][] = [
		['/', 'Din vej tilbage i job'],
		['/beregner', 'Kan det betale sig?'],
		['/tilgaengelighed', 'Tilgængelighedserklæring']
	];
	for (const [path] of visited.slice(1)) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	}

	await context.setOffline(true);
	for (const [path, heading] of visited) {
		await page.goto(path);
		await page.reload();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
	}
	await page.goto('/job/aldrig-besoegt');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du er offline');
	await expect(page.locator('html')).toHaveAttribute('lang', 'da');
	await context.setOffline(false);
});

test('the signed-in area opens with no network after one visit', async ({ page, context }) => {
	await loginAs(page, 'anna');
	await waitForServiceWorker(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hej Anna Jensen');

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hej Anna Jensen');
	await expect(
		page.getByText('Du er offline. Du ser de oplysninger, der sidst blev hentet.')
	).toBeVisible();
	await page.goto('/cv');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('CV');
	await context.setOffline(false);
});

test('a job search never opened before still answers offline, from the ads on the phone', async ({
	page,
	context
}) => {
	await page.goto('/job?v=1&q=t%C3%B8mrer');
	await waitForServiceWorker(page);
	const first = page
		.locator('.job-result-title')
		.filter({ hasText: /tømrer/i })
		.first();
	const title = (await first.textContent())!.trim();
	// The results are kept on the phone (the device's database, not logged in) once the page has run.
	await expect.poll(() => adsKeptOnThePhone(page)).toBeGreaterThan(0);

	await context.setOffline(true);
	// A full page load of a search this phone has never made: the worker has no copy of it.
	await page.goto('/job?v=1&q=t%C3%B8mrere&sort=newest');
	await expect(page.getByText('Ingen forbindelse lige nu')).toBeVisible();
	await expect(page).toHaveURL(/q=t%C3%B8mrere/);
	await expect(page.getByLabel('Søg efter job')).toHaveValue('tømrere');
	await expect(page.getByLabel('Sortér efter')).toHaveValue('newest');
	await expect(page.locator('.job-result-title').filter({ hasText: title }).first()).toBeVisible();
	await context.setOffline(false);
});

test('an ad never opened before opens offline when the phone has it from a result list', async ({
	page,
	context
}) => {
	await page.goto('/job?v=1&q=elektriker');
	await waitForServiceWorker(page);
	const results = page.locator('.job-result-title');
	await expect(results.nth(1)).toBeVisible();
	const opened = (await results.nth(0).getAttribute('href'))!;
	const onlyListed = results.nth(1);
	const title = (await onlyListed.textContent())!.trim();
	const href = (await onlyListed.getAttribute('href'))!;
	await expect.poll(() => adsKeptOnThePhone(page)).toBeGreaterThan(1);
	// One ad page opened online, so the worker keeps a copy of an ad page.
	await page.goto(opened);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

	await context.setOffline(true);
	await page.goto(href);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(page.getByText('Du ser annoncen, som den er gemt på telefonen')).toBeVisible();
	await context.setOffline(false);
});
