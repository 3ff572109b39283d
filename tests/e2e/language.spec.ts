import { expect, test } from './fixtures';

test('the language switch is remembered and sets <html lang>', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'da');
	await page.getByRole('button', { name: 'Switch to English' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your way back to work');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');

	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your way back to work');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.goto('/tilgaengelighed');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement');

	await page.getByRole('button', { name: 'Skift til dansk' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tilgængelighedserklæring');
	await expect(page.locator('html')).toHaveAttribute('lang', 'da');
});
