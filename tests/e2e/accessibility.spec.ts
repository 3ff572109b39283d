import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { directions, languages, type Language } from '../../src/lib/i18n/languages';
import { axeViolations, expect, loginAs, test, waitForHydration } from './fixtures';

/**
 * The axe sweep (issues #12 and #19): every route in every language, at the project's size (desktop
 * 1280×800, phone 390×844), with zero violations — a sweep of routes × languages × sizes, not the
 * whole suite run four times. Arabic pages are also kept as screenshots under
 * `test-results/arabic/<project>/`, to be looked at.
 */

const publicRoutes = [
	'/',
	'/job',
	'/job?v=1&q=p%C3%A6dagog',
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
const sickListedRoutes = ['/sygemeldt', '/sygemeldt/oplysningsskema'];

async function chooseLanguage(context: BrowserContext, lang: Language) {
	await context.addCookies([{ name: 'lang', value: lang, url: 'http://localhost' }]);
}

/** Checks the page as it is now: its language and direction, axe, and an Arabic screenshot. */
async function sweep(page: Page, lang: Language, label: string) {
	await expect(page.locator('html')).toHaveAttribute('lang', lang);
	await expect(page.locator('html')).toHaveAttribute('dir', directions[lang]);
	await expect(page.locator('h1').first()).toBeVisible();
	expect(await axeViolations(page), `${label} (${lang})`).toEqual([]);
	if (lang === 'ar') {
		const name = label.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'forside';
		const { project } = test.info();
		await page.screenshot({ path: join(project.outputDir, 'arabic', project.name, `${name}.png`) });
	}
}

async function visit(page: Page, lang: Language, routes: readonly string[]) {
	for (const route of routes) {
		await page.goto(route);
		// A signed-in page is a prerendered shell until its script has rendered her data: check what
		// she sees, not the shell (the console was once checked before it had a title or a heading).
		await waitForHydration(page);
		await sweep(page, lang, route);
	}
}

// Each test visits up to ten pages and runs axe on each: more than one journey's time. The tests
// share nothing but the seeded users, so both workers take them (in file order, one worker would
// run all twelve, about a third of a project's time, while the other finishes early).
test.describe.configure({ timeout: 180_000, mode: 'parallel' });

for (const lang of languages) {
	test(`every public route and the login page have no axe violations (${lang})`, async ({
		page,
		context,
		a11y
	}) => {
		a11y.skip('this test runs axe on every route itself');
		await chooseLanguage(context, lang);
		await visit(page, lang, publicRoutes);
		// An ad's own page, reached from the results.
		await page.goto('/job?v=1&q=p%C3%A6dagog');
		await page.locator('.job-result-title').first().click();
		await page.waitForURL(/\/job\/[^?]+$/);
		await sweep(page, lang, 'job ad');
		// The local login page speaks the chosen language too.
		await page.goto('/login');
		await page.locator('#username').waitFor();
		await sweep(page, lang, 'local login page');
	});

	test(`every signed-in route has no axe violations (${lang})`, async ({ page, context, a11y }) => {
		a11y.skip('this test runs axe on every route itself');
		await loginAs(page, 'anna');
		await chooseLanguage(context, lang);
		await visit(page, lang, citizenRoutes);
		await expect(page.locator('.account-name')).toHaveText('Anna Jensen');
	});

	test(`the sick-listed pages and the caseworker console have no axe violations (${lang})`, async ({
		browser,
		baseURL,
		page,
		context,
		a11y
	}) => {
		a11y.skip('this test runs axe on every route itself');
		await loginAs(page, 'sofie', '/sygemeldt');
		await chooseLanguage(context, lang);
		await visit(page, lang, sickListedRoutes);

		const staff = await browser.newContext({
			baseURL,
			viewport: page.viewportSize()
		});
		const console = await staff.newPage();
		await loginAs(console, 'lars', '/medarbejder');
		await chooseLanguage(staff, lang);
		await visit(console, lang, ['/medarbejder']);
		await staff.close();
	});
}
