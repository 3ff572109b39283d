import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Presses Tab until the focused element has this accessible text, checking focus is visible each time. */
async function tabTo(page: Page, text: string, maxPresses = 60) {
	for (let press = 0; press < maxPresses; press++) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => {
			const element = document.activeElement as HTMLElement | null;
			if (!element || element === document.body) return null;
			const style = getComputedStyle(element);
			const visible =
				(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
				style.boxShadow !== 'none';
			return {
				text: (element.innerText || element.getAttribute('aria-label') || '').trim(),
				visible
			};
		});
		if (!focused) continue;
		expect(focused.visible, `focus on "${focused.text}" must be visible`).toBe(true);
		if (focused.text === text) return;
	}
	throw new Error(`Tab never reached "${text}"`);
}

test('keyboard only: log in, visit every section, log out', async ({ page }) => {
	await page.goto('/');
	await tabTo(page, 'Log ind');
	await page.keyboard.press('Enter');
	await page.getByLabel('Brugernavn').waitFor();
	await page.keyboard.type('anna');
	await page.keyboard.press('Tab');
	await page.keyboard.type('demo');
	await page.keyboard.press('Enter');
	await page.waitForURL('**/min-side');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hej Anna Jensen');

	const sections: [string, string, string][] = [
		['Job', '/job', 'Job'],
		['Joblog', '/joblog', 'Joblog'],
		['CV', '/cv', 'CV'],
		['Samtaler', '/samtaler', 'Samtaler'],
		['Beregner', '/beregner', 'Kan det betale sig?'],
		['Sygemeldt', '/sygemeldt', 'Sygemeldt'],
		['Profil', '/profil', 'Profil'],
		['Min side', '/min-side', 'Hej Anna Jensen']
	];
	for (const [link, path, heading] of sections) {
		await page.locator('body').focus();
		await tabTo(page, link);
		await page.keyboard.press('Enter');
		await page.waitForURL(`**${path}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
	}

	await page.locator('body').focus();
	await tabTo(page, 'Log ud');
	await page.keyboard.press('Enter');
	await page.waitForURL('**/logget-ud');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du er logget ud');
});
