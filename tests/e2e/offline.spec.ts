import { expect, loginAs, test, waitForServiceWorker } from './fixtures';

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
