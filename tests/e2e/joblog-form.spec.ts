import { expect, loginAs, test } from './fixtures';

test('a joblog entry with a missing title says so next to the field and keeps what was typed', async ({
	page
}, testInfo) => {
	const title = `Lagerassistent ${testInfo.project.name}-${Date.now().toString(36)}`;
	await loginAs(page, 'anna', '/joblog');
	const jobTitle = page.getByLabel('Stilling');
	const employer = page.getByLabel('Arbejdsgiver');
	await jobTitle.fill('   ');
	await employer.fill('Testfirma ApS');
	await page.getByRole('button', { name: 'Gem i joblog' }).click();

	await expect(jobTitle).toHaveAttribute('aria-invalid', 'true');
	await expect(jobTitle).toHaveAccessibleDescription('Fejl: Skal udfyldes');
	await expect(jobTitle).toBeFocused();
	await expect(employer).toHaveValue('Testfirma ApS');
	await expect(employer).not.toHaveAttribute('aria-invalid');
	await expect(page.getByText('Gemt i din joblog.')).toHaveCount(0);

	await jobTitle.fill(title);
	await page.getByRole('button', { name: 'Gem i joblog' }).click();
	await expect(page.getByText('Gemt i din joblog.')).toBeVisible();
	await expect(jobTitle).not.toHaveAttribute('aria-invalid');
	await expect(page.getByText(title).first()).toBeVisible();
});
