import type { Browser, Page } from '@playwright/test';
import { expect, loginAs, test } from './fixtures';

/**
 * One citizen, two devices: the sick-leave status is an ETag document, so neither device silently
 * overwrites the other. The same field changed on both → the citizen chooses; different fields → merged.
 */
/**
 * The sick-leave status is one document per citizen, so the phone and desktop projects, which run at
 * the same time, each use a citizen of their own.
 */
function citizenFor(projectName: string) {
	return projectName === 'phone' ? 'mohammed' : 'sofie';
}

async function secondDevice(browser: Browser, first: Page, baseURL?: string): Promise<Page> {
	const other = await browser.newContext({ baseURL, viewport: first.viewportSize() });
	const page = await other.newPage();
	await loginAs(page, citizenFor(test.info().project.name), '/sygemeldt');
	return page;
}

const form = (page: Page) => page.locator('form.sick-leave-form');

async function saveStatus(page: Page, fill: (page: Page) => Promise<void>) {
	await fill(page);
	await form(page).getByRole('button', { name: 'Gem', exact: true }).click();
	await expect(page.getByText('Gemt. Det bliver sendt til jobcentret')).toBeVisible();
}

/** Both devices start from the same, known server copy. */
async function startFrom(page: Page, other: Page, note: string) {
	await saveStatus(page, async (p) => {
		await p.getByLabel('Hvornår regner du med at være tilbage?').fill('2026-06-01');
		await p.getByLabel('Telefon').check();
		await p.getByLabel('Besked til jobcentret').fill(note);
	});
	await expect(page.getByText('Alt er sendt til jobcentret.')).toBeVisible({ timeout: 20_000 });
	await other.reload();
	await expect(other.getByLabel('Besked til jobcentret')).toHaveValue(note, { timeout: 20_000 });
}

test('the same field changed on two devices: the citizen chooses, both devices end with her choice', async ({
	page,
	context,
	browser,
	baseURL
}) => {
	await loginAs(page, citizenFor(test.info().project.name), '/sygemeldt');
	const other = await secondDevice(browser, page, baseURL);
	await startFrom(page, other, `Start ${Date.now()}`);

	await context.setOffline(true);
	await saveStatus(page, (p) =>
		p.getByLabel('Hvornår regner du med at være tilbage?').fill('2026-06-15')
	);
	await saveStatus(other, (p) =>
		p.getByLabel('Hvornår regner du med at være tilbage?').fill('2026-07-01')
	);
	await expect(other.getByText('Alt er sendt til jobcentret.')).toBeVisible({ timeout: 20_000 });

	await context.setOffline(false);
	const chooser = page.getByRole('region', { name: 'Du har ændret det samme to steder' });
	await expect(chooser).toBeVisible({ timeout: 20_000 });
	await expect(chooser.getByText('Hvilken vil du beholde?')).toBeVisible();
	await expect(chooser.getByLabel('Det du skrev her: 15. juni 2026')).toBeVisible();
	await expect(
		chooser.getByLabel('Det der blev gemt på en anden enhed: 1. juli 2026')
	).toBeVisible();

	await chooser.getByLabel('Det du skrev her: 15. juni 2026').check();
	await chooser.getByRole('button', { name: 'Gem mit valg' }).click();
	await expect(chooser).toHaveCount(0);
	await expect(page.getByText('Alt er sendt til jobcentret.')).toBeVisible({ timeout: 20_000 });
	await expect(page.getByLabel('Hvornår regner du med at være tilbage?')).toHaveValue('2026-06-15');

	const server = (await (await page.request.get('/api/v1/me/sick-leave')).json()) as {
		document: { expectedReturn: string };
	};
	expect(server.document.expectedReturn).toBe('2026-06-15');
	await other.reload();
	await expect(other.getByLabel('Hvornår regner du med at være tilbage?')).toHaveValue(
		'2026-06-15',
		{ timeout: 20_000 }
	);
	await other.context().close();
});

test('different fields changed on two devices are merged without asking', async ({
	page,
	context,
	browser,
	baseURL
}) => {
	await loginAs(page, citizenFor(test.info().project.name), '/sygemeldt');
	const other = await secondDevice(browser, page, baseURL);
	const note = `Flet ${Date.now()}`;
	await startFrom(page, other, `Start ${note}`);

	await context.setOffline(true);
	await saveStatus(page, (p) =>
		p.getByLabel('Hvornår regner du med at være tilbage?').fill('2026-08-03')
	);
	await saveStatus(other, (p) => p.getByLabel('Besked til jobcentret').fill(note));
	await expect(other.getByText('Alt er sendt til jobcentret.')).toBeVisible({ timeout: 20_000 });

	await context.setOffline(false);
	await expect(page.getByText('Flettet med ændringer fra en anden enhed')).toBeVisible({
		timeout: 20_000
	});
	await expect(page.getByText('Alt er sendt til jobcentret.')).toBeVisible({ timeout: 20_000 });
	await expect(page.getByRole('region', { name: 'Du har ændret det samme to steder' })).toHaveCount(
		0
	);
	await expect(page.getByLabel('Besked til jobcentret')).toHaveValue(note);
	await expect(page.getByLabel('Hvornår regner du med at være tilbage?')).toHaveValue('2026-08-03');

	const server = (await (await page.request.get('/api/v1/me/sick-leave')).json()) as {
		document: { expectedReturn: string; note: string };
	};
	expect(server.document).toMatchObject({ expectedReturn: '2026-08-03', note });
	await other.reload();
	await expect(other.getByLabel('Hvornår regner du med at være tilbage?')).toHaveValue(
		'2026-08-03',
		{ timeout: 20_000 }
	);
	await other.context().close();
});
