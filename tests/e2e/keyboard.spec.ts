import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Presses Tab until the focused element has this accessible text (a field by its label), checking that
 * focus is visible at every stop. An element focused already (autofocus) counts without a press.
 */
async function tabTo(page: Page, text: string, maxPresses = 60) {
	for (let press = 0; press <= maxPresses; press++) {
		const focused = await page.evaluate(() => {
			const element = document.activeElement as HTMLElement | null;
			if (!element || element === document.body) return null;
			const style = getComputedStyle(element);
			const visible =
				(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
				style.boxShadow !== 'none';
			const label =
				(element as HTMLInputElement).labels?.[0]?.innerText ??
				(element.innerText || element.getAttribute('aria-label') || '');
			return { text: label.trim(), visible };
		});
		if (focused) {
			expect(focused.visible, `focus on "${focused.text}" must be visible`).toBe(true);
			if (focused.text === text) return;
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
