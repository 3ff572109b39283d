import type { Page } from '@playwright/test';
import { expect, loginAs, test } from './fixtures';

/**
 * Presses Tab until the focused element has this accessible text (a field by its label), checking that
 * focus is visible at every stop. An element focused already (autofocus) counts without a press.
 */
async function tabTo(page: Page, text: string | RegExp, maxPresses = 60) {
	for (let press = 0; press <= maxPresses; press++) {
		const focused = await page.evaluate(() => {
			const element = document.activeElement as HTMLElement | null;
			if (!element || element === document.body) return null;
			// dkfds draws a radio button or checkbox, and its focus ring, on its label.
			const drawn = element.matches('.form-radio, .form-checkbox')
				? getComputedStyle((element as HTMLInputElement).labels![0]!, '::before')
				: getComputedStyle(element);
			const visible =
				(drawn.outlineStyle !== 'none' && parseFloat(drawn.outlineWidth) >= 2) ||
				drawn.boxShadow !== 'none';
			const label =
				(element as HTMLInputElement).labels?.[0]?.innerText ??
				(element.innerText || element.getAttribute('aria-label') || '');
			return { text: label.trim(), visible };
		});
		if (focused) {
			expect(focused.visible, `focus on "${focused.text}" must be visible`).toBe(true);
			if (typeof text === 'string' ? focused.text === text : text.test(focused.text)) return;
		}
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached "${text}"`);
}

test('keyboard only: log in, visit every section, log out', async ({ page }) => {
	await page.goto('/');
	await tabTo(page, 'Log ind');
	await page.keyboard.press('Enter');
	await page.getByLabel('Brugernavn').waitFor();
	await tabTo(page, 'Brugernavn');
	await page.keyboard.type('anna');
	await tabTo(page, 'Adgangskode');
	await page.keyboard.type('demo');
	await page.keyboard.press('Enter');
	await page.waitForURL('**/min-side');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hej Anna Jensen');

	const sections: [string, string, string][] = [
		['Job', '/job', 'Job'],
		['Joblog', '/joblog', 'Joblog'],
		['Beregner', '/beregner', 'Kan det betale sig?'],
		['Sygemeldt', '/sygemeldt', 'Sygemeldt'],
		['Profil', '/profil', 'Profil'],
		['Min side', '/min-side', 'Hej Anna Jensen']
	];
	for (const [link, path, heading] of sections) {
		await tabTo(page, link);
		await page.keyboard.press('Enter');
		await page.waitForURL(`**${path}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
	}

	await tabTo(page, 'Log ud');
	await page.keyboard.press('Enter');
	await page.waitForURL('**/logget-ud');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du er logget ud');
});

test('keyboard only: search, filter, next page, open an ad and save it', async ({ page }) => {
	// Logging in by keyboard is the journey above; this one starts signed in, on the search page.
	await loginAs(page, 'anna', '/job');

	await tabTo(page, 'Søg efter job');
	await page.keyboard.type('pædagog');
	await page.keyboard.press('Enter');
	await page.waitForURL(/[?&]q=p%C3%A6dagog/);
	await expect(page.getByRole('status').filter({ hasText: /job fundet/ })).toBeVisible();
	// The words stay where she typed them.
	await expect(page.getByLabel('Søg efter job')).toBeFocused();

	// Full time: the checked radio button is the group's Tab stop; the arrow keys choose.
	await tabTo(page, /^Alle \(/);
	await page.keyboard.press('ArrowDown');
	await expect(page.getByLabel(/^Fuldtid/)).toBeChecked();
	await tabTo(page, /^Vis \d+ job$/);
	await page.keyboard.press('Enter');
	await page.waitForURL(/[?&]hours=full/);
	await expect(page.getByRole('link', { name: 'Fjern filter: Fuldtid' })).toBeVisible();
	await expect(page.getByRole('button', { name: /^Vis \d+ job$/ })).toBeFocused();

	await tabTo(page, 'Næste side');
	await page.keyboard.press('Enter');
	await page.waitForURL(/[?&]page=2/);
	await expect(page.getByRole('heading', { name: 'Resultater, side 2' })).toBeFocused();
	await expect(page).toHaveTitle(/side 2/);

	const first = page.locator('.job-result-title').first();
	const title = (await first.textContent())!.trim();
	await tabTo(page, title, 6);
	await page.keyboard.press('Enter');
	await page.waitForURL(/\/job\/[^/?]+$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	// A new page: focus starts at its top, so the first Tab is the skip link.
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Gå til indhold' })).toBeFocused();

	await expect(page.getByRole('button', { name: /^(Gem job|Gemt — fjern igen)$/ })).toBeVisible();
	await tabTo(page, /^(Gem job|Gemt — fjern igen)$/);
	if ((await page.getByRole('button', { name: 'Gemt — fjern igen' }).count()) > 0) {
		// Left saved by an earlier run: start from unsaved.
		await page.keyboard.press('Enter');
		await expect(page.getByRole('button', { name: 'Gem job' })).toBeFocused();
	}
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Gemt — fjern igen' })).toBeFocused();
	await expect(page.getByRole('status').filter({ hasText: 'Jobbet er gemt' })).toBeVisible();
	// And back, so her list stays as it was.
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Gem job' })).toBeFocused();
});
