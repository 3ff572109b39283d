import type { Browser, Page } from '@playwright/test';
import type { Cv } from '../../src/lib/domain/cv/model';
import { expect, loginAs, readUserStore, test, waitForServiceWorker } from './fixtures';

/**
 * The CV is one document per citizen, written on the phone (often offline) and on other devices.
 * The phone and desktop projects run at the same time, so each uses a citizen of its own.
 */
function citizenFor(projectName: string) {
	return projectName === 'phone' ? 'mohammed' : 'anna';
}

const status = (page: Page) => page.locator('.cv-status');

async function openCv(page: Page) {
	await loginAs(page, citizenFor(test.info().project.name), '/cv');
	await expect(page.getByRole('heading', { level: 2, name: /Kontakt/ })).toBeVisible();
}

async function section(page: Page, name: string) {
	await page
		.getByRole('navigation', { name: 'Dele af dit CV' })
		.getByRole('link', { name })
		.click();
	await expect(page.getByRole('heading', { level: 2, name: new RegExp(name) })).toBeFocused();
}

async function serverCv(page: Page): Promise<Cv> {
	const response = await page.request.get('/api/v1/me/cv');
	expect(response.status()).toBe(200);
	return ((await response.json()) as { document: Cv }).document;
}

async function phoneCv(page: Page): Promise<Cv> {
	const [record] = await readUserStore<{ doc: Cv }>(page, 'cv');
	return record!.doc;
}

async function sent(page: Page) {
	await expect(status(page)).toHaveText('Sendt til jobcentret', { timeout: 20_000 });
}

test('a CV filled offline across two sessions reaches the jobcentre as it is on the phone', async ({
	page,
	context
}) => {
	await openCv(page);
	await waitForServiceWorker(page);
	await context.setOffline(true);

	// Session 1: contact details, with a slip in the e-mail that is shown beside the field.
	const name = `Anna Østergård ${Date.now()}`;
	await page.getByLabel('Navn', { exact: true }).fill(name);
	await page.getByLabel('E-mail', { exact: true }).fill('anna@');
	const email = page.getByLabel('E-mail', { exact: true });
	await expect(email).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('#cv-contact-email-error')).toHaveText(
		/Skriv en gyldig e-mailadresse, fx navn@eksempel.dk/
	);
	await expect(page.getByRole('region', { name: /1 felt skal rettes/ })).toBeVisible();
	await expect(status(page)).toHaveText(/Gemt på telefonen. Ret det markerede/);

	await page.reload();
	// What she typed, the slip too, is still on the phone after the reload, with its message.
	await expect(page.getByLabel('Navn', { exact: true })).toHaveValue(name);
	await expect(email).toHaveValue('anna@');
	await expect(email).toHaveAttribute('aria-invalid', 'true');

	// Session 2: she corrects it and adds a job.
	await email.fill('anna@eksempel.dk');
	await page.getByLabel('Telefonnummer', { exact: true }).fill('+45 12 34 56 78');
	await expect(email).not.toHaveAttribute('aria-invalid', 'true');
	await section(page, 'Erhvervserfaring');
	// The new job comes last (anna's seeded CV already has one).
	await page.getByRole('button', { name: 'Tilføj job' }).click();
	const job = (label: string) => page.getByLabel(label, { exact: true }).last();
	await expect(job('Jobtitel')).toBeFocused();
	await job('Jobtitel').fill('Lagermedarbejder');
	await job('Arbejdsgiver').fill('Æblelageret A/S');
	await job('Fra').fill('2019-03');
	await expect(page.getByLabel('Jeg arbejder der stadig (nuværende)').last()).toBeChecked();
	await expect(status(page)).toHaveText(
		'Gemt på telefonen. Det bliver sendt til jobcentret, når du er online igen.'
	);

	await context.setOffline(false);
	await sent(page);
	const onPhone = await phoneCv(page);
	expect(onPhone.contact).toMatchObject({ name, email: 'anna@eksempel.dk' });
	expect(onPhone.experience.at(-1)).toMatchObject({
		title: 'Lagermedarbejder',
		employer: 'Æblelageret A/S',
		start: '2019-03',
		end: null
	});
	expect(await serverCv(page)).toEqual(onPhone);

	// Employers' preview: the hidden employer's name is left out; an incomplete CV is not searchable yet.
	await page.getByLabel('Skjul arbejdsgiverens navn for arbejdsgivere, der søger').last().check();
	await section(page, 'Gør mit CV søgbart');
	const preview = page.locator('.cv-preview');
	await expect(preview).toContainText(name);
	await expect(preview).toContainText('Lagermedarbejder, arbejdsgiver skjult');
	await expect(preview).not.toContainText('Æblelageret');
	await page.getByRole('checkbox', { name: 'Gør mit CV søgbart' }).check();
	await expect(page.getByText('Det bliver søgbart, når de dele, der mangler')).toBeVisible();
	await sent(page);
	expect(await serverCv(page)).toMatchObject({ searchable: true });
});

async function secondDevice(browser: Browser, first: Page, baseURL?: string): Promise<Page> {
	const other = await browser.newContext({ baseURL, viewport: first.viewportSize() });
	const page = await other.newPage();
	await openCv(page);
	return page;
}

/** Both devices start from the same, known server copy. */
async function startFrom(page: Page, other: Page, summary: string) {
	await section(page, 'Om dig');
	await page.getByRole('textbox', { name: 'Om dig' }).fill(summary);
	await sent(page);
	await other.reload();
	await section(other, 'Om dig');
	await expect(other.getByRole('textbox', { name: 'Om dig' })).toHaveValue(summary, {
		timeout: 20_000
	});
}

test('two devices: different fields merge, the same field asks her which to keep', async ({
	page,
	context,
	browser,
	baseURL
}) => {
	await openCv(page);
	const other = await secondDevice(browser, page, baseURL);
	const stamp = Date.now();
	await startFrom(page, other, `Start ${stamp}`);

	// Different fields: the summary here (offline), the references on the other device.
	await context.setOffline(true);
	await page.getByRole('textbox', { name: 'Om dig' }).fill(`Her ${stamp}`);
	await expect(status(page)).toHaveText(/Gemt på telefonen. Det bliver sendt/);
	await other.getByLabel('Referencer gives på forespørgsel').check();
	await sent(other);
	await context.setOffline(false);
	await expect(page.getByText('Flettet med ændringer fra en anden enhed')).toBeVisible({
		timeout: 20_000
	});
	await sent(page);
	await expect(page.getByLabel('Referencer gives på forespørgsel')).toBeChecked();
	expect(await serverCv(page)).toMatchObject({
		summary: `Her ${stamp}`,
		referencesOnRequest: true
	});

	// The same field on both: she chooses, and both devices end with her choice.
	await other.reload();
	await section(other, 'Om dig');
	await expect(other.getByRole('textbox', { name: 'Om dig' })).toHaveValue(`Her ${stamp}`);
	await context.setOffline(true);
	await page.getByRole('textbox', { name: 'Om dig' }).fill(`Min udgave ${stamp}`);
	await expect(status(page)).toHaveText(/Gemt på telefonen. Det bliver sendt/);
	await other.getByRole('textbox', { name: 'Om dig' }).fill(`Den anden udgave ${stamp}`);
	await sent(other);
	await context.setOffline(false);

	const chooser = page.getByRole('region', { name: 'Du har ændret det samme to steder' });
	await expect(chooser).toBeVisible({ timeout: 20_000 });
	await chooser.getByLabel(`Det du skrev her: Min udgave ${stamp}`).check();
	await chooser.getByRole('button', { name: 'Gem mit valg' }).click();
	await expect(chooser).toHaveCount(0);
	await sent(page);
	expect((await serverCv(page)).summary).toBe(`Min udgave ${stamp}`);
	await other.reload();
	await section(other, 'Om dig');
	await expect(other.getByRole('textbox', { name: 'Om dig' })).toHaveValue(`Min udgave ${stamp}`, {
		timeout: 20_000
	});
	await other.context().close();
});
