import { accessibilityStatement } from '../../src/lib/domain/accessibility-statement';
import { expect, loginAs, test } from './fixtures';

test('the accessibility statement gives status, dates, contact, complaint route and known problems', async ({
	page
}) => {
	await page.goto('/tilgaengelighed');
	const main = page.getByRole('main');
	await expect(main).toContainText('Vi opfylder ikke alle krav endnu.');
	await expect(main).toContainText(
		'Erklæringen blev udarbejdet den 5. december 2026 og senest gennemgået den 5. december 2026.'
	);
	await expect(main.getByRole('link', { name: 'tilgaengelighed@demokommune.dk' })).toHaveAttribute(
		'href',
		'mailto:tilgaengelighed@demokommune.dk'
	);
	await expect(
		main.getByRole('link', { name: 'Klag til Digitaliseringsstyrelsen på was.digst.dk' })
	).toHaveAttribute('href', 'https://www.was.digst.dk/');
	const known = main.getByRole('heading', { name: 'Kendte problemer' });
	await expect(known).toBeVisible();
	await expect(main.locator('h2:has-text("Kendte problemer") + p + ul').locator('li')).toHaveCount(
		accessibilityStatement.knownProblems.length
	);
	// The audit's twelve problems are listed as fixed, with the date.
	await expect(main.locator('h2:has-text("Rettet") + p + ul').locator('li')).toHaveCount(12);
	await expect(main).toContainText('De er rettet den 5. december 2026');
	await expect(main).not.toContainText('Vi kender ikke til problemer');
});

test('every page links to the statement, the login page too', async ({ page }) => {
	for (const path of ['/', '/job', '/beregner', '/offline']) {
		await page.goto(path);
		await expect(page.getByRole('link', { name: 'Tilgængelighedserklæring' })).toHaveAttribute(
			'href',
			'/tilgaengelighed'
		);
	}
	await page.goto('/login?returnTo=%2Fmin-side');
	await page.getByLabel('Brugernavn').waitFor();
	await page.getByRole('link', { name: 'Tilgængelighedserklæring' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tilgængelighedserklæring');

	await loginAs(page, 'sofie');
	await expect(page.getByRole('link', { name: 'Tilgængelighedserklæring' })).toBeVisible();
});
