import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, loginAs, serverJoblog, test } from './fixtures';

/**
 * Records what the page's live regions say: each time one's text becomes something new and not
 * empty (a region inserted with text in it counts too). The sync bar is left out: its own
 * announcements are another part's (SyncStatusBar), and they follow the network, not the action.
 */
async function recordAnnouncements(page: Page) {
	await page.addInitScript(() => {
		const said: string[] = [];
		const last = new WeakMap<Element, string>();
		(window as unknown as { said: string[] }).said = said;
		const check = () => {
			for (const region of document.querySelectorAll('[role=status],[role=alert],[aria-live]')) {
				if (region.closest('.status-bar')) continue;
				const text = (region.textContent ?? '').replace(/\s+/g, ' ').trim();
				if (text && text !== last.get(region)) said.push(text);
				last.set(region, text);
			}
		};
		new MutationObserver(check).observe(document, {
			subtree: true,
			childList: true,
			characterData: true
		});
	});
}

/** What was announced since the last call (and forgets it). */
async function announced(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const said = (window as unknown as { said: string[] }).said;
		return said.splice(0, said.length);
	});
}

/** Presses Tab until `target` has focus; keyboard only. */
async function tabTo(page: Page, target: Locator, maxPresses = 200) {
	for (let press = 0; press < maxPresses; press++) {
		if (await target.evaluate((element) => element === document.activeElement).catch(() => false))
			return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${target}`);
}

/** Joblog requests of one method the phone makes (page or service worker). */
function countRequests(context: BrowserContext, method: string) {
	const seen: string[] = [];
	context.on('request', (request) => {
		if (request.method() === method && request.url().includes('/api/v1/me/joblog/'))
			seen.push(request.url());
	});
	return seen;
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

test('a reload in the undo time neither loses the deletion nor sends it twice', async ({
	page,
	context
}, testInfo) => {
	const title = `Pakkeri ${testInfo.project.name}-${Date.now().toString(36)}`;
	const deletes = countRequests(context, 'DELETE');
	await loginAs(page, 'anna', '/joblog');
	await page.getByLabel('Stilling').fill(title);
	await page.getByLabel('Arbejdsgiver').fill('Nordisk Lager');
	await page.getByRole('button', { name: 'Gem i joblog' }).click();
	await expect
		.poll(async () => (await serverJoblog(page.request)).filter((e) => e.jobTitle === title))
		.toHaveLength(1);

	await page.getByRole('button', { name: `Slet ${title} hos Nordisk Lager` }).click();
	await expect(page.getByRole('button', { name: `Fortryd sletningen af ${title}` })).toBeVisible();
	expect(deletes).toEqual([]);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Dine ansøgninger' })).toBeVisible();
	await expect(page.locator('.joblog-entry').filter({ hasText: title })).toHaveCount(0);
	await expect
		.poll(async () => (await serverJoblog(page.request)).filter((e) => e.jobTitle === title))
		.toEqual([]);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Dine ansøgninger' })).toBeVisible();
	await page.waitForTimeout(1_000);
	expect(deletes).toHaveLength(1);
});

test('"Jeg har søgt" makes one entry per ad and the ad page says so after a reload', async ({
	page
}, testInfo) => {
	await recordAnnouncements(page);
	await loginAs(page, 'anna', '/min-side');
	const jobs = (await (await page.request.get('/api/v1/jobs?sort=newest&limit=100')).json()) as {
		items: { id: string; title: string }[];
	};
	// Each project its own ad, so desktop and phone do not meet in the shared database.
	const job = jobs.items[testInfo.project.name === 'phone' ? 1 : 0]!;
	await page.goto(`/job/${job.id}`);
	const applied = page.getByRole('button', { name: 'Jeg har søgt' });
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(job.title);
	await announced(page);
	await applied.focus();
	await page.keyboard.press('Enter');

	const link = page.getByRole('link', { name: 'Se ansøgningen i din joblog' });
	await expect(link).toBeFocused();
	await expect(applied).toHaveCount(0);
	await expect(page.getByText(/^Du søgte dette job d\. \d+\. \w+ \d{4}\./)).toBeVisible();
	await expect.poll(() => announced(page)).toEqual(['Skrevet i din joblog.']);

	await page.reload();
	await expect(page.getByText(/Du søgte dette job d\./)).toBeVisible();
	await expect(applied).toHaveCount(0);
	expect(await announced(page)).toEqual([]);
	const mine = async () =>
		((await serverJoblog(page.request)) as { jobId?: string | null }[]).filter(
			(entry) => entry.jobId === job.id
		);
	await expect.poll(async () => (await mine()).length).toBe(1);

	await link.click();
	await page.waitForURL('**/joblog#entry-*');
	await expect(page.locator('.joblog-entry').filter({ hasText: job.title })).toBeFocused();
});
