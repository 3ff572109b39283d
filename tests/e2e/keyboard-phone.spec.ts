import { expect, loginAs, test } from './fixtures';
import { expectFocusStartsAtTop, focused, tabTo } from './focus';

// Below 992 px the main menu is a panel opened by "Menu"; these journeys run at phone width on
// every project.
test.use({ viewport: { width: 390, height: 844 } });

async function openMenuByKeyboard(page: import('@playwright/test').Page) {
	await tabTo(page, 'Menu');
	await page.keyboard.press('Enter');
	await expect(page.locator('#mobile-drawer')).toBeVisible();
	expect((await focused(page))?.text).toBe('Luk menu');
}

test('logged in, focus stays in the open menu both ways and Escape closes it', async ({ page }) => {
	await loginAs(page, 'anna', '/job');
	await page.getByLabel('Søg efter job').fill('lager');
	await page.keyboard.press('Shift+Tab');
	await openMenuByKeyboard(page);

	for (const back of [false, true]) {
		const seen = new Set<string>();
		for (let press = 0; press < 12; press++) {
			await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
			const now = await focused(page);
			expect(now?.inMenu, `focus after ${press + 1} presses (${now?.text})`).toBe(true);
			expect(now?.shown, `"${now?.text}" is shown`).toBe(true);
			seen.add(now!.text);
		}
		// Round the whole panel: the close button and "Log ud" are both reached, nothing hidden.
		expect([...seen]).toEqual(expect.arrayContaining(['Luk menu', 'Log ud', 'Joblog']));
		expect([...seen]).not.toContain('Log ud alligevel');
	}

	await page.keyboard.press('Escape');
	await expect(page.locator('#mobile-drawer')).toBeHidden();
	expect((await focused(page))?.text).toBe('Menu');
	await expect(page.getByLabel('Søg efter job')).toHaveValue('lager');
});

test('keyboard only at phone width: log in, the menu to every section, log out', async ({
	page
}) => {
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
	await expect(page.locator('.account-name')).toHaveCount(1);

	const sections: [string, string, string][] = [
		['Job', '/job', 'Job'],
		['Joblog', '/joblog', 'Joblog'],
		['Beregner', '/beregner', 'Kan det betale sig?'],
		['Sygemeldt', '/sygemeldt', 'Sygemeldt'],
		['Profil', '/profil', 'Profil'],
		['Min side', '/min-side', 'Hej Anna Jensen']
	];
	for (const [link, path, heading] of sections) {
		await openMenuByKeyboard(page);
		await tabTo(page, link);
		expect((await focused(page))?.inMenu).toBe(true);
		await page.keyboard.press('Enter');
		await page.waitForURL(`**${path}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		await expect(page.locator('#mobile-drawer')).toBeHidden();
		await expectFocusStartsAtTop(page);
	}

	await openMenuByKeyboard(page);
	await tabTo(page, 'Log ud');
	expect((await focused(page))?.inMenu).toBe(true);
	await page.keyboard.press('Enter');
	await page.waitForURL('**/logget-ud');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du er logget ud');
	await expectFocusStartsAtTop(page);
});
