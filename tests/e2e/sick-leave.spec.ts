import type { Page } from '@playwright/test';
import { expect, loginAs, outboxContents, test, waitForServiceWorker } from './fixtures';

/**
 * Issue #15: the questionnaire over two sessions offline, a partial return, and back online the
 * jobcentre has each answer once; an invalid partial return; a same-day withdrawal. The phone project
 * runs at the same time as the desktop one, so it uses a citizen of its own (her reports are counted).
 */
function citizenFor(projectName: string) {
	return projectName === 'phone' ? 'anna' : 'sofie';
}

interface Report {
	id: string;
	kind: string;
	withdrawnAt: string | null;
	answers?: { helpNote: string; help: string[]; wantsConversation: boolean };
	hoursWorked?: number;
}

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(
	new Date()
);

async function serverReports(page: Page): Promise<Report[]> {
	const answer = await page.request.get('/api/v1/me/sick-leave/reports');
	expect(answer.status()).toBe(200);
	return ((await answer.json()) as { items: Report[] }).items;
}

/**
 * A known start: no questionnaire in progress, a first day of absence before every date conflict.spec.ts writes. Only these
 * fields: conflict.spec.ts edits her other fields at the same time, in the other worker.
 */
async function resetStatus(page: Page) {
	const current = await page.request.get('/api/v1/me/sick-leave');
	const { document, etag } = (await current.json()) as { document: object; etag: string };
	const put = await page.request.put('/api/v1/me/sick-leave', {
		headers: { 'if-match': etag },
		data: { ...document, questionnaireDraft: null, firstAbsenceDay: '2026-05-04' }
	});
	expect(put.status()).toBe(200);
}

async function allSent(page: Page) {
	await expect(
		page.getByText(/Alt er sendt til jobcentret/),
		await outboxContents(page)
	).toBeVisible({
		timeout: 20_000
	});
}

test('the questionnaire over two offline sessions and a partial return reach the server once each', async ({
	page,
	context
}) => {
	await loginAs(page, citizenFor(test.info().project.name), '/sygemeldt');
	await resetStatus(page);
	await page.reload();
	await waitForServiceWorker(page);
	const before = new Set((await serverReports(page)).map((report) => report.id));
	const marker = `Fysioterapi ${crypto.randomUUID().slice(0, 8)}`;

	await context.setOffline(true);
	// First session: her job, then "Gem og fortsæt senere" at the second step.
	await page.getByRole('link', { name: 'Udfyld oplysningsskemaet' }).click();
	await page.getByLabel('Hvad arbejder du som?').fill('Pædagog');
	await page.getByLabel('Hvor mange timer arbejder du normalt om ugen?').fill('37');
	await page.getByRole('button', { name: 'Næste' }).click();
	await expect(page.getByRole('heading', { name: 'Kontakt med arbejdsgiveren' })).toBeFocused();
	await page.getByLabel('Vi har aftalt en samtale').check();
	await page.getByRole('button', { name: 'Gem og fortsæt senere' }).click();
	await expect(page).toHaveURL(/\/sygemeldt$/);

	// Second session, still offline: a fresh load continues where she stopped.
	await page.reload();
	await page.getByRole('link', { name: 'Fortsæt oplysningsskemaet' }).click();
	await expect(page.getByRole('heading', { name: 'Kontakt med arbejdsgiveren' })).toBeVisible();
	await expect(page.getByLabel('Vi har aftalt en samtale')).toBeChecked();
	await page.getByRole('button', { name: 'Næste' }).click();
	await page.getByLabel('Over 8 uger').check();
	await page.getByRole('button', { name: 'Næste' }).click();
	await page.getByLabel('Behandling').check();
	await page.getByLabel('Vil du fortælle mere?').fill(marker);
	await page.getByRole('button', { name: 'Næste' }).click();
	await page.getByLabel('Ja', { exact: true }).check();
	await page.getByRole('button', { name: 'Næste' }).click();
	await expect(page.getByRole('heading', { name: 'Tjek dine svar' })).toBeVisible();
	await expect(page.getByText(`Behandling. ${marker}`)).toBeVisible();
	await page.getByRole('button', { name: 'Send oplysningsskemaet' }).click();
	await expect(
		page.getByRole('heading', { name: 'Tak, oplysningsskemaet er sendt' })
	).toBeVisible();

	await page.getByRole('link', { name: 'Tilbage til din sygemelding' }).click();
	await page.getByLabel('Fra hvilken dag?').fill(today);
	await page.getByLabel('Hvor mange timer arbejder du normalt om ugen?').fill('37');
	await page.getByLabel('Hvor mange timer om ugen arbejder du nu?').fill('20');
	await page.getByRole('button', { name: 'Send delvis raskmelding' }).click();
	await expect(page.getByTestId('sick-receipt')).toContainText(
		'Du arbejder 20 af 37 timer om ugen'
	);

	await context.setOffline(false);
	await allSent(page);
	const added = (await serverReports(page)).filter((report) => !before.has(report.id));
	expect(added.map((report) => report.kind).sort()).toEqual(['partialReturn', 'questionnaire']);
	const questionnaire = added.find((report) => report.kind === 'questionnaire')!;
	expect(questionnaire.answers).toMatchObject({
		helpNote: marker,
		help: ['treatment'],
		wantsConversation: true
	});
	expect(added.find((report) => report.kind === 'partialReturn')?.hoursWorked).toBe(20);
	const status = await (await page.request.get('/api/v1/me/sick-leave')).json();
	expect(status.document.questionnaireDraft).toBeNull();
});

test('an invalid partial return is refused at the field; a mistaken return is withdrawn the same day', async ({
	page
}) => {
	await loginAs(page, citizenFor(test.info().project.name), '/sygemeldt');
	const partial = page.locator('form.sick-partial-form');
	await partial.getByLabel('Fra hvilken dag?').fill(today);
	await partial.getByLabel('Hvor mange timer arbejder du normalt om ugen?').fill('37');
	const worked = partial.getByLabel('Hvor mange timer om ugen arbejder du nu?');
	await worked.fill('35');
	await partial.getByRole('button', { name: 'Send delvis raskmelding' }).click();
	await expect(worked).toBeFocused();
	await expect(worked).toHaveAccessibleDescription(/højst arbejde 33 timer/);

	const before = new Set((await serverReports(page)).map((report) => report.id));
	await page.getByLabel('Fra hvilken dag er du rask?').fill(today);
	await page.getByRole('button', { name: 'Send raskmelding' }).click();
	await expect(page.getByTestId('sick-receipt')).toContainText('Din raskmelding er gemt');
	await expect(page.getByText('Vil du gøre dit CV søgbart igen?')).toBeVisible();
	const line = page
		.getByTestId('sick-report')
		.filter({ hasText: /^\s*Raskmelding fra/ })
		.first();
	await line.getByRole('button', { name: 'Træk tilbage' }).click();
	await expect(page.getByTestId('sick-receipt')).toContainText('Meldingen er trukket tilbage');
	await expect(line).toContainText('Trukket tilbage');

	await allSent(page);
	const added = (await serverReports(page)).filter((report) => !before.has(report.id));
	expect(added.map((report) => report.kind).sort()).toEqual(['fullReturn', 'withdrawal']);
	expect(added.find((report) => report.kind === 'fullReturn')?.withdrawnAt).toMatch(/^\d{4}-/);
});
