import { expect, test } from './fixtures';

test('search with Danish stemming, open an ad, and come back to the same results', async ({
	page
}) => {
	await page.goto('/job');
	await page.getByLabel('Søg efter job').fill('sygeplejersker');
	await page.getByRole('button', { name: 'Søg', exact: true }).click();
	await expect(page).toHaveURL(/[?&]q=sygeplejersker/);
	await expect(page).toHaveURL(/[?&]v=1/);
	await expect(page.getByRole('status').filter({ hasText: /job fundet/ })).toBeVisible();

	// Stemming: the plural query finds ads titled with the singular.
	const first = page
		.locator('.job-result-title')
		.filter({ hasText: /sygeplejerske/i })
		.first();
	await expect(first).toBeVisible();
	const title = (await first.textContent())!.trim();
	await first.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

	await page.goBack();
	await expect(page.getByLabel('Søg efter job')).toHaveValue('sygeplejersker');
	await expect(page.locator('.job-result-title').filter({ hasText: title }).first()).toBeVisible();
});

test('a filter the search cannot use is explained next to the form, not an error page', async ({
	page
}) => {
	await page.goto('/job?v=1&radiusKm=5');
	await expect(page.getByText('Vælg et postnummer for at søge inden for en afstand')).toBeVisible();
	await page.goto('/job?v=1&hours=sometimes');
	await expect(page.locator('#search-hours-error')).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Job');
});
