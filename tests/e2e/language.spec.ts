import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, loginAs, test } from './fixtures';

/** A text as the language file has it, so the test holds for the translators' files too. */
const text = (lang: string, key: string): string =>
	String(
		key
			.split('.')
			.reduce<unknown>(
				(node, part) => (node as Record<string, unknown>)[part],
				JSON.parse(readFileSync(`src/lib/i18n/locales/${lang}.json`, 'utf8'))
			)
	);

const picker = (page: Page) => page.locator('header').getByRole('combobox');

/**
 * The languages of the text chunks (`locale-<lang>.<group>.*.js`) the page fetches from now on,
 * each once, in the order first fetched.
 */
function localeChunks(page: Page): string[] {
	const fetched: string[] = [];
	page.on('request', (request) => {
		const match = /\/locale-(\w+)\.\w+\.[\w-]+\.js$/.exec(request.url());
		if (match && !fetched.includes(match[1]!)) fetched.push(match[1]!);
	});
	return fetched;
}

test('the language picker switches every text without a reload, and it is remembered', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'da');
	await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
	// Each language is offered in its own name, marked with its language.
	await expect(picker(page).locator('option')).toHaveText([
		'Dansk',
		'English',
		'Українська',
		'العربية'
	]);
	await expect(picker(page).locator('option[lang="uk"]')).toHaveText('Українська');
	await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

	// A choice made before the page has hydrated reaches no script: choose again until it is heard.
	await expect(async () => {
		await picker(page).selectOption('uk');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('uk', 'home.title'), {
			timeout: 2_000
		});
	}).toPass();
	await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
	await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');

	await picker(page).selectOption('ar');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('ar', 'home.title'));
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	// Still the same page: no reload on the way.
	expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('ar', 'home.title'));
	await expect(picker(page)).toHaveValue('ar');

	await picker(page).selectOption('en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your way back to work');
	await page.goto('/tilgaengelighed');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');

	await picker(page).selectOption('da');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tilgængelighedserklæring');
	await expect(page.locator('html')).toHaveAttribute('lang', 'da');
});

test(
	'a Danish first visit downloads the Danish texts only; a Ukrainian one the Ukrainian only',
	{ tag: '@desktop-only' },
	async ({ page, context, baseURL }) => {
		const fetched = localeChunks(page);
		await page.goto('/');
		await expect(picker(page)).toBeEnabled();
		await page.waitForLoadState('networkidle');
		expect(fetched).toEqual(['da']);

		// Another language is fetched when she chooses it, not before.
		await picker(page).selectOption('ar');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		expect(fetched).toEqual(['da', 'ar']);

		await context.clearCookies();
		await context.addCookies([{ name: 'lang', value: 'uk', url: baseURL! }]);
		const second = await context.newPage();
		const fetchedUk = localeChunks(second);
		await second.goto('/job');
		await expect(second.locator('html')).toHaveAttribute('lang', 'uk');
		await second.waitForLoadState('networkidle');
		expect(fetchedUk).toEqual(['uk']);
		await second.close();
	}
);

test(
	'job ads stay in Danish and say so in the chosen language',
	{ tag: '@desktop-only' },
	async ({ page, context, baseURL }) => {
		await page.goto('/job?q=p%C3%A6dagog');
		await expect(page.locator('.job-result').first()).toBeVisible();
		await expect(page.locator('.job-results-language')).toHaveCount(0);

		await context.addCookies([{ name: 'lang', value: 'ar', url: baseURL! }]);
		await page.reload();
		await expect(page.locator('.job-results-language')).toHaveText(
			text('ar', 'search.adsInDanish')
		);
		await expect(page.locator('.job-result-title').first()).toHaveAttribute('lang', 'da');
		await expect(page.locator('.job-result-title').first()).toHaveAttribute('dir', 'ltr');

		await page.locator('.job-result-title').first().click();
		await expect(page.locator('.ad-language-note')).toHaveText(text('ar', 'jobAd.inDanish'));
		const paragraph = page.locator('.ad-text').first();
		await expect(paragraph).toHaveAttribute('lang', 'da');
		await expect(paragraph).toHaveAttribute('dir', 'ltr');
	}
);

test(
	'a signed-in citizen’s language follows her to another device',
	{ tag: '@desktop-only' },
	async ({ page, browser, baseURL }) => {
		await loginAs(page, 'sofie', '/profil');
		try {
			const stored = page.waitForResponse(
				(response) =>
					response.url().endsWith('/api/v1/me/language') && response.request().method() === 'PUT'
			);
			await picker(page).selectOption('uk');
			expect((await stored).status()).toBe(200);
			await expect(page.locator('html')).toHaveAttribute('lang', 'uk');

			const otherDevice = await browser.newContext({ baseURL });
			const other = await otherDevice.newPage();
			await loginAs(other, 'sofie');
			await expect(other.locator('html')).toHaveAttribute('lang', 'uk');
			await expect(other.getByRole('heading', { level: 1 })).toHaveText(
				text('uk', 'minSide.greeting').replace('{{name}}', 'Sofie Nielsen')
			);
			await other.goto('/');
			await expect(other.locator('html')).toHaveAttribute('lang', 'uk');
			await otherDevice.close();
		} finally {
			// Danish again, so other tests that log in as Sofie see the source language.
			await page.request.put('/api/v1/me/language', { data: { language: 'da' } });
		}
	}
);
