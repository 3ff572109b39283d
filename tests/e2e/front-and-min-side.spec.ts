import { expect, loginAs, test } from './fixtures';

/** The tiles' texts on a page's main content. */
async function tiles(page: import('@playwright/test').Page) {
	return (await page.getByRole('main').locator('.tile').allInnerTexts()).map((text) => text.trim());
}

test('the front page offers "Log ind" only to visitors, and no section still to come', async ({
	page
}) => {
	await page.goto('/');
	const main = page.getByRole('main');
	await expect(main.getByRole('link', { name: 'Log ind' })).toBeVisible();
	const offered = (await tiles(page)).join('\n');
	expect(offered).toContain('Joblog');
	expect(offered).toContain('Samtaler');
	expect(offered).toContain('CV');

	await loginAs(page, 'anna');
	await page.getByRole('link', { name: 'Forside' }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Din vej tilbage i job');
	await expect(main.getByRole('link', { name: 'Gå til Min side' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Log ind' })).toHaveCount(0);
	await page.reload();
	await expect(main.getByRole('link', { name: 'Gå til Min side' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Log ind' })).toHaveCount(0);
});

test('Min side shows Sofie on sygedagpenge her sick leave first and no joblog duty', async ({
	page
}) => {
	await loginAs(page, 'sofie');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hej Sofie Nielsen');
	// Her timeline's next step comes before anything else (no first day given yet: a link to it).
	await expect(page.getByRole('main').locator('a.sick-next-step')).toContainText('Din sygemelding');
	const steps = await tiles(page);
	expect(steps[0]).toBe('Fortæl om din sygemelding og forventede tilbagevenden');
	expect(steps).toContain('Book en samtale, når du har brug for det');
	expect(steps.join('\n')).not.toMatch(/joblog|Søg job|CV/i);
	// The menu (shown on a desktop, in the panel on a phone) does not offer them either.
	const menu = (await page.locator('.mainmenu a').allTextContents()).join('\n');
	expect(menu).toContain('Sygemeldt');
	expect(menu).toContain('Samtaler');
});

test('Min side tells Anna on dagpenge of her joblog, and promises nothing still to come', async ({
	page
}) => {
	await loginAs(page, 'anna');
	const steps = await tiles(page);
	expect(steps).toContain('Skriv denne uges ansøgninger i din joblog');
	expect(steps).toContain('Book en samtale, når du har brug for det');
	expect(steps).toContain('Gør dit CV færdigt, så arbejdsgivere kan finde dig');
});
