import { expect, loginAs, serverJoblog, test } from './fixtures';
import { announced, countRequests, recordAnnouncements } from './live-regions';

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
	// An ad she has not applied for (other specs apply as anna too), and each project its own, so
	// desktop and phone do not meet in the shared database.
	const appliedFor = new Set((await serverJoblog(page.request)).map((entry) => entry.jobId));
	const fresh = jobs.items.filter((item) => !appliedFor.has(item.id));
	const job = fresh[testInfo.project.name === 'phone' ? 1 : 0]!;
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
