// Search in her own language: a Ukrainian word finds the Danish ads, online and offline, and the
// list names the Danish word searched so she learns it.
import type { Page } from '@playwright/test';
import { expect, test, waitForServiceWorker } from './fixtures';

const NURSE_UK = 'медсестра';

/** Job ads kept in the device's database (a visitor not logged in), read without creating it. */
function adsKeptOnThePhone(page: Page): Promise<number> {
	return page.evaluate(async () => {
		if (!(await indexedDB.databases()).some((db) => db.name === 'vj-user-guest')) return 0;
		return new Promise<number>((resolve) => {
			const open = indexedDB.open('vj-user-guest');
			open.onsuccess = () => {
				const count = open.result.transaction('jobAds').objectStore('jobAds').count();
				count.onsuccess = () => {
					open.result.close();
					resolve(count.result);
				};
			};
			open.onerror = () => resolve(0);
		});
	});
}

async function expectNurseResults(page: Page) {
	await expect(
		page
			.locator('.job-result-title')
			.filter({ hasText: /sygeplejerske/i })
			.first()
	).toBeVisible();
	const line = page.locator('.job-search-translated');
	await expect(line).toContainText('Vi søgte efter de danske ord:');
	await expect(line.locator('[lang="da"]')).toHaveText('sygeplejerske');
}

test(
	'a Ukrainian word finds the Danish ads and the list names the Danish word',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		await page.goto('/job');
		await page.getByLabel('Søg efter job').fill(NURSE_UK);
		await page.getByRole('button', { name: 'Søg', exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(NURSE_UK)}`));
		await expectNurseResults(page);
		// A Danish word is no translation: no such line.
		await page.goto('/job?v=1&q=sygeplejerske');
		await expect(page.locator('.job-result-title').first()).toBeVisible();
		await expect(page.locator('.job-search-translated')).toHaveCount(0);
	}
);

test('offline, the ads on the phone answer a Ukrainian word too', async ({ page, context }) => {
	await page.goto('/job?v=1&q=sygeplejerske');
	await waitForServiceWorker(page);
	await expect(page.locator('.job-result-title').first()).toBeVisible();
	await expect.poll(() => adsKeptOnThePhone(page)).toBeGreaterThan(0);

	await context.setOffline(true);
	// A search never made on this phone: the worker has no copy, the phone's own search answers.
	await page.goto(`/job?v=1&q=${encodeURIComponent(NURSE_UK)}`);
	await expect(page.getByText('Ingen forbindelse lige nu')).toBeVisible();
	await expectNurseResults(page);
	await context.setOffline(false);
});
