import { axeViolations, expect, loginAs, test } from './fixtures';

const publicRoutes = [
	'/',
	'/job',
	'/beregner',
	'/tilgaengelighed',
	'/offline',
	'/logget-ud',
	'/findes-ikke'
];
const citizenRoutes = [
	'/min-side',
	'/job',
	'/joblog',
	'/cv',
	'/samtaler',
	'/beregner',
	'/sygemeldt',
	'/profil'
];

for (const lang of ['da', 'en'] as const) {
	test(`every public route has no axe violations (${lang})`, async ({ page, context, a11y }) => {
		a11y.skip('this test runs axe on every route itself');
		await context.addCookies([{ name: 'lang', value: lang, url: 'http://localhost' }]);
		for (const route of publicRoutes) {
			await page.goto(route);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			expect(await axeViolations(page), `${route} (${lang})`).toEqual([]);
		}
		await page.goto('/login');
		await page.getByLabel('Brugernavn').waitFor();
		expect(await axeViolations(page), 'local login page').toEqual([]);
	});

	test(`every signed-in route has no axe violations (${lang})`, async ({ page, context, a11y }) => {
		a11y.skip('this test runs axe on every route itself');
		await loginAs(page, 'anna');
		await context.addCookies([{ name: 'lang', value: lang, url: 'http://localhost' }]);
		for (const route of citizenRoutes) {
			await page.goto(route);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.locator('.account-name')).toHaveText('Anna Jensen');
			expect(await axeViolations(page), `${route} (${lang})`).toEqual([]);
		}
	});
}

test('the caseworker page has no axe violations', async ({ page, a11y }) => {
	a11y.skip('checked explicitly below');
	await page.goto('/login?returnTo=/medarbejder');
	await page.getByLabel('Brugernavn').fill('lars');
	await page.getByLabel('Adgangskode').fill('demo');
	await page.getByRole('button', { name: 'Log ind' }).click();
	await page.waitForURL('**/medarbejder');
	await expect(page.getByText('Velkommen, Lars Holm')).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});
