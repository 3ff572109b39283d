import type { Locator, Page } from '@playwright/test';
import { expect, loginAs, test, waitForHydration } from './fixtures';

/**
 * The search page and the ad page on a phone, with a keyboard and with a screen reader in mind:
 * paging both ways, where focus goes after each action, what covers what, and Danish content
 * marked as Danish in an English page.
 */
const PAEDAGOG = '/job?v=1&q=p%C3%A6dagog';
/** Both projects run at once: each has its own citizen, so saved items never cross. */
const citizenOf = (project: string) => (project === 'phone' ? 'mohammed' : 'sofie');

async function titles(page: Page): Promise<string[]> {
	await expect(page.locator('.job-result-title').first()).toBeVisible();
	return (await page.locator('.job-result-title').allTextContents()).map((t) => t.trim());
}

/** The focused element shows a focus ring of at least 2 px and takes up room on the screen. */
async function expectVisibleFocus(locator: Locator) {
	await expect(locator).toBeFocused();
	const { outline, width, height } = await locator.evaluate((element) => {
		const style = getComputedStyle(element);
		const box = element.getBoundingClientRect();
		return {
			outline: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
			width: box.width,
			height: box.height
		};
	});
	expect(outline, 'focus ring width').toBeGreaterThanOrEqual(2);
	expect(width, 'focused element width').toBeGreaterThan(10);
	expect(height, 'focused element height').toBeGreaterThan(10);
}

/** Text inside a live region is read when it changes; text that gets focus is read then. Not both. */
async function liveRegionsWith(page: Page, text: string): Promise<number> {
	return page
		.locator('[role="status"], [role="alert"], [aria-live]:not([aria-live="off"])')
		.filter({ hasText: text })
		.count();
}

test('"Næste side" and "Forrige side" walk the results; focus goes to the new results, which say their page', async ({
	page
}) => {
	await page.goto(PAEDAGOG);
	const first = await titles(page);
	await expect(page.getByRole('link', { name: 'Forrige side' })).toHaveCount(0);

	await page.getByRole('link', { name: 'Næste side' }).click();
	await expect(page).toHaveURL(/[?&]page=2(&|$)/);
	const heading = page.getByRole('heading', { name: 'Resultater, side 2' });
	await expectVisibleFocus(heading);
	await expect(page).toHaveTitle(/side 2/);
	const second = await titles(page);
	expect(second).not.toEqual(first);
	// From the heading the first result is a few Tabs away, not twenty.
	let tabs = 0;
	while (tabs < 5) {
		await page.keyboard.press('Tab');
		tabs++;
		if (
			await page
				.locator('.job-result-title')
				.first()
				.evaluate((a) => a === document.activeElement)
		)
			break;
	}
	await expect(page.locator('.job-result-title').first()).toBeFocused();

	await page.getByRole('link', { name: 'Næste side' }).click();
	await expect(page).toHaveURL(/[?&]page=3(&|$)/);
	await expectVisibleFocus(page.getByRole('heading', { name: 'Resultater, side 3' }));
	const third = await titles(page);

	// The link of page 3 works on its own (shared, bookmarked, reloaded): it still goes back.
	await page.goto(page.url());
	expect(await titles(page)).toEqual(third);
	await page.getByRole('link', { name: 'Forrige side' }).click();
	await expect(page).toHaveURL(/[?&]page=2(&|$)/);
	await expectVisibleFocus(page.getByRole('heading', { name: 'Resultater, side 2' }));
	expect(await titles(page)).toEqual(second);
	await page.getByRole('link', { name: 'Forrige side' }).click();
	await expect(page).not.toHaveURL(/cursor=/);
	await expectVisibleFocus(page.getByRole('heading', { name: 'Resultater', exact: true }));
	await expect(page).not.toHaveTitle(/side/);
	expect(await titles(page)).toEqual(first);
});

test('removing the last filter chip puts focus on the visible results heading', async ({
	page
}) => {
	await page.goto(`${PAEDAGOG}&hours=full`);
	await page.getByRole('link', { name: 'Fjern filter: Fuldtid' }).click();
	await expect(page).not.toHaveURL(/hours=/);
	await expectVisibleFocus(page.getByRole('heading', { name: 'Resultater', exact: true }));
});

test('a postal code that does not exist is said next to the field while typing', async ({
	page
}, testInfo) => {
	await page.goto(PAEDAGOG);
	await expect(page.locator('.job-result-title').first()).toBeVisible();
	// Typing before the script runs would fill the server's HTML, which no script reads.
	await waitForHydration(page);
	if (testInfo.project.name === 'phone') {
		await page.getByRole('button', { name: 'Filtre', exact: true }).click();
	}
	const postalCode = page.getByLabel('Postnummer');
	await postalCode.fill('0000');
	const message = 'Postnummeret 0000 findes ikke. Tjek det, eller vælg en kommune i stedet.';
	await expect(page.locator('#search-postalCode-error')).toHaveText(`Fejl: ${message}`);
	await expect(postalCode).toHaveAttribute('aria-invalid', 'true');
	await expect(postalCode).toHaveAccessibleDescription(new RegExp(message));

	await postalCode.fill('8000');
	await expect(page.locator('#search-postalCode-error')).toHaveCount(0);
	await expect(page.getByText('Aarhus C', { exact: true })).toBeVisible();
	await expect(postalCode).not.toHaveAttribute('aria-invalid');
});

test('"Gemte søgninger" and "Gemte job" are on the first screen, above the results', async ({
	page
}, testInfo) => {
	await loginAs(page, citizenOf(testInfo.project.name), '/job');
	await page.goto(PAEDAGOG);
	const shortcuts = page.getByRole('navigation', { name: 'Dine gemte' });
	const searches = shortcuts.getByRole('link', { name: /^Gemte søgninger \(\d+\)$/ });
	const jobs = shortcuts.getByRole('link', { name: /^Gemte job \(\d+\)$/ });
	await expect(searches).toBeVisible();
	await expect(jobs).toBeVisible();
	const firstResult = (await page.locator('.job-result-title').first().boundingBox())!;
	const viewport = page.viewportSize()!;
	for (const link of [searches, jobs]) {
		const box = (await link.boundingBox())!;
		expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
		expect(box.y).toBeLessThan(firstResult.y);
	}

	await searches.click();
	await expectVisibleFocus(page.getByRole('heading', { name: 'Dine gemte søgninger' }));
	await expect(page.getByRole('heading', { name: 'Dine gemte søgninger' })).toBeInViewport();
	await page.keyboard.press('Shift+Tab');
	await jobs.click();
	await expectVisibleFocus(page.getByRole('heading', { name: 'Dine gemte job' }));
});

test('saving and deleting a search: focus goes on, and each outcome is read once', async ({
	page
}, testInfo) => {
	const name = `Fokus ${testInfo.project.name} ${Date.now().toString(36)}`;
	await loginAs(page, citizenOf(testInfo.project.name), '/job');
	await page.goto(`${PAEDAGOG}&hours=part`);
	await expect(page.locator('.job-result-title').first()).toBeVisible();

	await page.getByRole('button', { name: 'Gem søgningen' }).click();
	await expect(page.getByLabel('Navn på søgningen')).toBeFocused();
	await page.getByRole('button', { name: 'Annullér' }).click();
	await expect(page.getByRole('button', { name: 'Gem søgningen' })).toBeFocused();

	await page.getByRole('button', { name: 'Gem søgningen' }).click();
	await page.getByLabel('Navn på søgningen').fill(name);
	await page.getByRole('button', { name: 'Gem', exact: true }).click();
	const saved = `Søgningen "${name}" er gemt. Du finder den under Dine gemte søgninger.`;
	await expectVisibleFocus(page.getByText(saved));
	expect(await liveRegionsWith(page, saved)).toBe(0);

	const list = page.getByRole('region', { name: 'Dine gemte søgninger' });
	await list.getByRole('button', { name: `Slet søgningen ${name}` }).click();
	const deleted = `Søgningen "${name}" er slettet.`;
	await expectVisibleFocus(page.getByText(deleted));
	expect(await liveRegionsWith(page, deleted)).toBe(0);
	await expect(list.getByRole('link', { name })).toHaveCount(0);
});

test('"Gem job" is one pattern: the label says what a tap does, no aria-pressed, the outcome read once', async ({
	page
}, testInfo) => {
	await loginAs(page, citizenOf(testInfo.project.name), '/job');
	await page.goto('/job?v=1&q=t%C3%B8mrer');
	// Each project its own ad, so the two never toggle the same one.
	await page
		.locator('.job-result-title')
		.nth(testInfo.project.name === 'phone' ? 1 : 0)
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	// The button shows once the page knows she is signed in, and whether the ad is saved.
	await expect(page.getByRole('button', { name: /^(Gem job|Gemt — fjern igen)$/ })).toBeVisible();
	let button = page.getByRole('button', { name: 'Gem job' });
	if ((await button.count()) === 0) {
		// Left saved by an earlier run: start from unsaved.
		await page.getByRole('button', { name: 'Gemt — fjern igen' }).click();
		button = page.getByRole('button', { name: 'Gem job' });
	}
	await expect(button).not.toHaveAttribute('aria-pressed');
	await button.click();
	const savedButton = page.getByRole('button', { name: 'Gemt — fjern igen' });
	await expect(savedButton).toBeFocused();
	await expect(savedButton).not.toHaveAttribute('aria-pressed');
	const news = 'Jobbet er gemt. Du finder det under Gemte job på siden Job.';
	await expect(page.getByRole('status').filter({ hasText: news })).toHaveCount(1);
	expect(await liveRegionsWith(page, news)).toBe(1);

	await savedButton.click();
	await expect(page.getByRole('button', { name: 'Gem job' })).toBeFocused();
	await expect(page.getByRole('status').filter({ hasText: 'Jobbet er fjernet' })).toHaveCount(1);
});

test('in English, Danish job titles, employers and ad texts are marked lang="da"', async ({
	page,
	context,
	baseURL
}) => {
	await page.goto(PAEDAGOG);
	// In Danish nothing needs marking.
	await expect(page.locator('.job-result-title').first()).not.toHaveAttribute('lang');

	await context.addCookies([{ name: 'lang', value: 'en', url: baseURL! }]);
	await page.goto(PAEDAGOG);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	const results = page.locator('.job-result');
	await expect(results.first()).toBeVisible();
	for (const result of await results.all()) {
		await expect(result.locator('.job-result-title')).toHaveAttribute('lang', 'da');
		await expect(result.locator('.job-result-meta [lang="da"]')).toHaveCount(1);
	}

	await page.locator('.job-result-title').first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'da');
	await expect(page.locator('.job-ad .eyebrow')).toHaveAttribute('lang', 'da');
	await expect(page.locator('.job-ad .font-lead')).toHaveAttribute('lang', 'da');
	const paragraphs = page.locator('.ad-text');
	expect(await paragraphs.count()).toBeGreaterThan(0);
	for (const paragraph of await paragraphs.all()) {
		await expect(paragraph).toHaveAttribute('lang', 'da');
	}
	// The page's own texts stay English.
	await expect(page.getByRole('heading', { name: 'How to apply' })).not.toHaveAttribute('lang');
});

test.describe('wide screen', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test('"Vis N job" covers no filter field, on arrival or scrolled', async ({ page }) => {
		await page.goto(PAEDAGOG);
		const sidebar = page.getByRole('complementary', { name: 'Filtre' });
		await expect(sidebar.getByRole('button', { name: /^Vis \d+ job$/ })).toBeVisible();
		for (const scroll of [0, 150, 300]) {
			await page.evaluate((y) => window.scrollTo(0, y), scroll);
			const covered = await sidebar.locator('.form-group').evaluateAll((groups) =>
				groups
					.map((group) => {
						const box = group.getBoundingClientRect();
						const top = Math.max(box.top, 0);
						const bottom = Math.min(box.bottom, window.innerHeight);
						if (bottom - top < 2) return null;
						const hit = document.elementFromPoint(box.left + 20, (top + bottom) / 2);
						return hit && group.contains(hit) ? null : (group.textContent ?? '').trim();
					})
					.filter((label) => label !== null)
			);
			expect(covered, `fields covered at scroll ${scroll}`).toEqual([]);
		}
	});
});

test.describe('400 % zoom', () => {
	// A 1280 × 1024 window at 400 %: 320 × 256 CSS pixels.
	test.use({ viewport: { width: 320, height: 256 } });

	test('the filter sheet shows each field whole, and "Vis N job" can be reached and pressed', async ({
		page
	}) => {
		await page.goto(PAEDAGOG);
		// Before the script runs, the button is the server's plain disclosure, not the sheet's.
		await waitForHydration(page);
		await page.getByRole('button', { name: 'Filtre', exact: true }).click();
		const sheet = page.getByRole('dialog', { name: 'Filtre' });
		await expect(sheet.getByRole('button', { name: 'Luk' })).toBeFocused();
		const viewport = page.viewportSize()!;
		for (let press = 0; press < 40; press++) {
			await page.keyboard.press('Tab');
			const stop = await page.evaluate(() => {
				const focused = document.activeElement as HTMLElement;
				const group =
					focused.closest('.form-group-radio, .form-group, .job-filters-actions') ?? focused;
				const box = group.getBoundingClientRect();
				const inside = (y: number) => {
					const hit = document.elementFromPoint(box.left + 8, y);
					return !!hit && group.contains(hit);
				};
				return {
					text: focused.innerText || focused.id,
					top: box.top,
					bottom: box.bottom,
					whole: inside(box.top + 4) && inside(box.bottom - 4),
					apply: focused.matches('button') && /^Vis /.test(focused.innerText)
				};
			});
			expect(stop.top, `top of "${stop.text}"`).toBeGreaterThanOrEqual(0);
			expect(stop.bottom, `bottom of "${stop.text}"`).toBeLessThanOrEqual(viewport.height);
			expect(stop.whole, `"${stop.text}" shows whole, not covered`).toBe(true);
			if (stop.apply) {
				await page.keyboard.press('Enter');
				await expect(sheet).toBeHidden();
				return;
			}
		}
		throw new Error('Tab never reached "Vis N job"');
	});
});
