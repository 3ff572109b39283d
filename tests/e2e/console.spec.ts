import { expect, loginAs, test } from './fixtures';

/**
 * The caseworker console (issue #16), on a tablet: lars marks anna's past meeting held and she is
 * asked "Følte du dig hjulpet?"; the monthly figures; offline it says it needs a connection. A
 * desktop and tablet page, so the phone project leaves it out (playwright.config.ts).
 */
test.use({ viewport: { width: 820, height: 1180 } });

const localDate = (instant: string) =>
	new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date(instant));

test('lars marks anna’s meeting held, and she tells whether she felt helped', async ({
	page,
	browser,
	baseURL
}) => {
	await loginAs(page, 'anna', '/samtaler');
	const mine = (await (await page.request.get('/api/v1/me/meetings')).json()) as {
		items: { id: string; startsAt: string; status: string; kind: string }[];
	};
	const past = mine.items.find(
		(m) => Date.parse(m.startsAt) < Date.now() && m.status === 'booked' && m.kind === 'booked'
	);
	expect(past, 'the seed gives anna a past meeting with lars').toBeDefined();

	const context = await browser.newContext({ baseURL, viewport: { width: 820, height: 1180 } });
	const lars = await context.newPage();
	await loginAs(lars, 'lars', '/medarbejder');
	await lars.getByLabel('Dato').fill(localDate(past!.startsAt));
	await lars.getByLabel('Dato').dispatchEvent('change');
	const card = lars.locator('.console-card', { hasText: 'Anna Jensen' }).first();
	await card.getByRole('button', { name: 'Markér som afholdt' }).click();
	await expect(card).toContainText('Afholdt');

	await lars.getByRole('button', { name: 'Følte du dig hjulpet?' }).click();
	await expect(lars.getByText('aldrig for færre end 5 svar')).toBeVisible();

	await context.setOffline(true);
	await expect(lars.getByText('Medarbejdersiden virker kun med net')).toBeVisible();
	await context.close();

	await page.reload();
	const feedback = page.locator('form.feedback-form');
	await expect(feedback).toBeVisible({ timeout: 20_000 });
	await feedback.getByRole('button', { name: 'Send svar' }).click();
	await expect(feedback.getByText('Vælg et tal fra 1 til 5.')).toBeVisible();
	await feedback.getByLabel('4').check();
	await feedback.getByLabel('Vil du sige mere? (frivilligt)').fill('God samtale');
	await feedback.getByRole('button', { name: 'Send svar' }).click();
	await expect(page.getByText('Tak for dit svar.')).toBeVisible();
	await expect
		.poll(async () => {
			const answer = await page.request.get('/api/v1/me/meetings');
			const items = ((await answer.json()) as { items: { id: string; feedbackGiven: boolean }[] })
				.items;
			return items.find((m) => m.id === past!.id)?.feedbackGiven;
		})
		.toBe(true);
});

test('lars opens anna and sees what she sees on Min side, her CV and her meetings', async ({
	page
}) => {
	await loginAs(page, 'anna', '/samtaler');
	const mine = (await (await page.request.get('/api/v1/me/meetings')).json()) as {
		items: { startsAt: string; status: string }[];
	};
	const meeting = mine.items.find((m) => m.status === 'booked');
	expect(meeting, 'the seed gives anna a meeting with lars').toBeDefined();

	await page.context().clearCookies();
	await loginAs(page, 'lars', '/medarbejder');
	await page.getByLabel('Dato').fill(localDate(meeting!.startsAt));
	await page.getByLabel('Dato').dispatchEvent('change');
	await page.getByRole('button', { name: 'Åbn Anna Jensen' }).first().click();
	await expect(page.getByRole('heading', { level: 2, name: 'Anna Jensen' })).toBeVisible();
	const overview = page.getByTestId('citizen-overview');
	await expect(overview.getByRole('heading', { name: 'Det ser hun på Min side' })).toBeVisible();
	// The same rules as on her Min side, each with her state.
	for (const id of ['weeklyApplication', 'cvOnJobnet', 'readyForWork', 'conversationRight'])
		await expect(overview.locator(`[data-rule="${id}"]`)).toBeVisible();
	await expect(page.getByTestId('citizen-cv').getByRole('heading', { name: 'CV' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Samtaler' })).toBeVisible();
	// Profile fields by name, not the server's keys.
	await expect(page.getByText('benefitType')).toHaveCount(0);
	await expect(page.getByText('Dagpenge', { exact: true })).toBeVisible();
});
