import type { Locator, Page } from '@playwright/test';
import { expect, loginAs, serverJoblog, test } from './fixtures';
import { announced, countRequests, recordAnnouncements } from './live-regions';

/** Presses Tab until `target` has focus; keyboard only. */
async function tabTo(page: Page, target: Locator, maxPresses = 200) {
	for (let press = 0; press < maxPresses; press++) {
		if (await target.evaluate((element) => element === document.activeElement).catch(() => false))
			return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${target}`);
}

test('keyboard only: add to the joblog, change status, delete, undo — focus and one announcement each', async ({
	page,
	context
}, testInfo) => {
	test.setTimeout(90_000);
	const title = `Lagermedarbejder ${testInfo.project.name}-${Date.now().toString(36)}`;
	const employer = 'Nordisk Lager';
	const patches = countRequests(context, 'PATCH');
	const deletes = countRequests(context, 'DELETE');
	await recordAnnouncements(page);
	await loginAs(page, 'anna', '/joblog');
	await expect(page.getByRole('heading', { name: 'Dine ansøgninger' })).toBeVisible();
	await announced(page);

	// Add.
	await tabTo(page, page.getByLabel('Stilling'));
	await page.keyboard.type(title);
	await tabTo(page, page.getByLabel('Arbejdsgiver'));
	await page.keyboard.type(employer);
	const save = page.getByRole('button', { name: 'Gem i joblog' });
	await tabTo(page, save);
	await page.keyboard.press('Enter');
	const entry = page.locator('.joblog-entry').filter({ hasText: title });
	await expect(entry).toBeVisible();
	await expect(save).toBeFocused();
	await expect.poll(() => announced(page)).toEqual(['Gemt i din joblog.']);

	// Change status: arrowing through the options saves nothing; leaving the field saves once.
	const status = page.getByRole('combobox', { name: `Status for ${title} hos ${employer}` });
	await tabTo(page, status);
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(status).toHaveValue('rejected');
	await page.waitForTimeout(1_000);
	expect(patches).toEqual([]);
	expect(await announced(page)).toEqual([]);
	await page.keyboard.press('Tab');
	const remove = entry.getByRole('button', { name: `Slet ${title} hos ${employer}` });
	await expect(remove).toBeFocused();
	await expect
		.poll(() => announced(page))
		.toEqual([`Status for ${title} hos ${employer} er gemt: Afslag.`]);
	await expect
		.poll(async () => (await serverJoblog(page.request)).find((e) => e.jobTitle === title)?.status)
		.toBe('rejected');
	expect(patches).toHaveLength(1);

	// Delete: hidden at once, "Fortryd" has focus, nothing leaves the phone.
	await page.keyboard.press('Enter');
	const undo = page.getByRole('button', { name: `Fortryd sletningen af ${title}` });
	await expect(undo).toBeFocused();
	await expect(entry).toHaveCount(0);
	await expect
		.poll(() => announced(page))
		.toEqual([
			`${title} hos ${employer} er slettet fra din joblog. Du kan fortryde i 10 sekunder.`
		]);

	// Undo: back, with focus on it; and it stays, also after the undo time.
	await page.keyboard.press('Enter');
	await expect(entry).toBeVisible();
	await expect(entry).toBeFocused();
	await expect
		.poll(() => announced(page))
		.toEqual([`${title} hos ${employer} er tilbage i din joblog.`]);
	await page.waitForTimeout(11_000);
	await expect(entry).toBeVisible();
	expect(deletes).toEqual([]);
	expect((await serverJoblog(page.request)).filter((e) => e.jobTitle === title)).toHaveLength(1);
	expect(await announced(page)).toEqual([]);

	// Delete and let the time run out: sent once, focus on the list heading, not the body.
	await tabTo(page, remove);
	await page.keyboard.press('Enter');
	await expect(undo).toBeFocused();
	await expect(page.getByRole('heading', { name: 'Dine ansøgninger' })).toBeFocused({
		timeout: 15_000
	});
	await expect
		.poll(async () => (await serverJoblog(page.request)).filter((e) => e.jobTitle === title))
		.toEqual([]);
	expect(deletes).toHaveLength(1);
	expect(await announced(page)).toHaveLength(1);
});
