import type { Browser, Page } from '@playwright/test';
import { expect, loginAs, readUserStore, test } from './fixtures';

/**
 * Booking a conversation (issue #16). The phone and desktop projects run at the same time against
 * one server, so each takes slots from its own end of the list and never the other's.
 */
const fromEnd = () => test.info().project.name === 'phone';

interface Slot {
	id: string;
	startsAt: string;
}

async function startBooking(page: Page, topic: string, channel: string) {
	await page.getByRole('button', { name: 'Book en samtale' }).click();
	await page.getByLabel(topic).check();
	await page.getByRole('button', { name: 'Næste' }).click();
	await page.getByLabel(channel).check();
	await page.getByRole('button', { name: 'Næste' }).click();
}

/** Picks a free slot in the list at least `minDays` ahead (cancelling needs 24 hours' notice). */
async function pickSlot(page: Page, minDays = 0): Promise<Slot> {
	const radios = page.locator('input[type=radio][name=booking-slot]');
	await expect(radios.first()).toBeVisible();
	const kept = (await readUserStore<unknown>(page, 'meta')).find(
		(value): value is { slots: Slot[] } =>
			typeof value === 'object' && value !== null && 'slots' in value
	);
	const values = await radios.evaluateAll((inputs) =>
		inputs.map((input) => (input as HTMLInputElement).value)
	);
	const earliest = Date.now() + minDays * 86_400_000;
	const candidates = values
		.map((id) => kept?.slots.find((slot) => slot.id === id))
		.filter((slot): slot is Slot => !!slot && Date.parse(slot.startsAt) > earliest);
	const slot = fromEnd() ? candidates.at(-1) : candidates[0];
	if (!slot) throw new Error('no free slot to pick');
	await page.locator(`input[type=radio][value="${slot.id}"]`).check();
	return slot;
}

async function confirmBooking(page: Page, note: string) {
	await page.getByRole('button', { name: 'Næste' }).click();
	await page.getByLabel('Besked').fill(note);
	await page.getByRole('button', { name: 'Næste' }).click();
	await expect(page.getByRole('heading', { name: 'Se din booking igennem' })).toBeVisible();
	await page.getByRole('button', { name: 'Book samtalen' }).click();
}

const localDate = (instant: string) =>
	new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date(instant));

async function caseworker(browser: Browser, citizenPage: Page, username: string, baseURL?: string) {
	const context = await browser.newContext({ baseURL, viewport: citizenPage.viewportSize() });
	const page = await context.newPage();
	await loginAs(page, username, '/medarbejder');
	return page;
}

test('anna books offline; online it is confirmed, and lars sees it in his day', async ({
	page,
	context,
	browser,
	baseURL
}) => {
	await loginAs(page, 'anna', '/samtaler');
	// Online once: the phone keeps the free slots it saw.
	await startBooking(page, 'Uddannelse', 'Telefon');
	await expect(page.locator('input[type=radio][name=booking-slot]').first()).toBeVisible();
	await page.getByRole('button', { name: 'Fortryd' }).click();

	await context.setOffline(true);
	await startBooking(page, 'Uddannelse', 'Telefon');
	await expect(page.getByText(/Du er offline\. Du ser de ledige tider fra/)).toBeVisible();
	const slot = await pickSlot(page);
	await confirmBooking(page, 'Jeg vil gerne høre om kurser');
	const receipt = page.locator('#booking-receipt');
	await expect(receipt).toContainText('Din booking er gemt på telefonen');
	await expect(receipt.getByRole('link', { name: 'Føj til kalender' })).toHaveAttribute(
		'href',
		/^blob:/
	);

	await context.setOffline(false);
	await expect(receipt).toContainText('Jobcentret har fået din booking.', { timeout: 20_000 });
	await expect(receipt.getByRole('link', { name: 'Føj til kalender' })).toHaveAttribute(
		'href',
		/\/api\/v1\/me\/meetings\/[0-9a-f-]+\/calendar\.ics$/
	);
	const server = await page.request.get('/api/v1/me/meetings');
	const mine = ((await server.json()) as { items: { slotId: string; note: string }[] }).items;
	expect(mine.find((m) => m.slotId === slot.id)?.note).toBe('Jeg vil gerne høre om kurser');

	const lars = await caseworker(browser, page, 'lars', baseURL);
	await lars.getByLabel('Dato').fill(localDate(slot.startsAt));
	await lars.getByLabel('Dato').dispatchEvent('change');
	await expect(lars.locator('.console-card', { hasText: 'Anna Jensen' }).first()).toBeVisible();
	await expect(lars.getByText('Besked fra borgeren: Jeg vil gerne høre om kurser')).toBeVisible();
	await lars.context().close();
});

test(
	'mette withdraws the slot mohammed has open: his booking gets the alternatives; cancelling frees the slot',
	{ tag: '@desktop-only' },
	async ({ page, browser, baseURL }) => {
		// Citizens see their own jobcentre's slots: mohammed lives in Odense, so they are mette's.
		await loginAs(page, 'mohammed', '/samtaler');
		await startBooking(page, 'Økonomi', 'Fremmøde på jobcentret');
		const slot = await pickSlot(page, 2);

		const mette = await caseworker(browser, page, 'mette', baseURL);
		await mette.getByRole('button', { name: 'Tider' }).click();
		const day = mette.locator(`section[aria-labelledby="day-${localDate(slot.startsAt)}"]`);
		const week = mette.locator('.week');
		await expect(week).toBeVisible();
		for (let weeks = 0; weeks < 5 && (await day.count()) === 0; weeks++) {
			await mette.getByRole('button', { name: 'Næste uge' }).click();
			await expect(week).toBeVisible();
		}
		const time = new Intl.DateTimeFormat('da-DK', {
			timeZone: 'Europe/Copenhagen',
			hour: '2-digit',
			minute: '2-digit'
		}).format(new Date(slot.startsAt));
		await day.getByRole('button', { name: `Træk tiden ${time} tilbage` }).click();
		await expect(mette.getByText(`er trukket tilbage.`)).toBeAttached();
		await mette.context().close();

		await confirmBooking(page, 'Om min husleje');
		const refused = page.getByRole('region', { name: 'Ikke booket: tiden er ikke ledig længere' });
		await expect(refused).toBeVisible({ timeout: 20_000 });
		await expect(refused).toContainText('dit emne og din besked er gemt');
		await refused
			.getByRole('button', { name: /^Book / })
			.first()
			.click();
		await expect(page.locator('#booking-receipt')).toContainText(
			'Jobcentret har fået din booking.',
			{
				timeout: 20_000
			}
		);
		const meetings = (await (await page.request.get('/api/v1/me/meetings')).json()) as {
			items: { id: string; slotId: string; note: string; topic: string; status: string }[];
		};
		const booked = meetings.items.find((m) => m.note === 'Om min husleje' && m.status === 'booked');
		expect(booked).toMatchObject({ topic: 'økonomi' });
		expect(booked!.slotId).not.toBe(slot.id);

		const card = page.locator('article.meeting-card', {
			has: page.locator(`[id="meeting-${booked!.id}"]`)
		});
		await card.getByRole('button', { name: 'Aflys' }).click();
		await expect(
			card.getByText('Du kan selv aflyse eller flytte indtil 24 timer før')
		).toBeVisible();
		await card.getByLabel('Hvorfor aflyser du?').fill('Jeg er startet i job');
		await card.getByRole('button', { name: 'Aflys samtalen' }).click();
		await expect(card).toContainText('Aflyst');
		await expect
			.poll(async () => {
				const from = localDate(new Date().toISOString());
				const to = localDate(new Date(Date.now() + 30 * 86_400_000).toISOString());
				const answer = await page.request.get(`/api/v1/slots?from=${from}&to=${to}`);
				const free = (await answer.json()) as {
					items: { id: string }[];
				};
				return free.items.some((s) => s.id === booked!.slotId);
			})
			.toBe(true);
	}
);
