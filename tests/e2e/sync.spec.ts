import type { APIRequestContext, Page } from '@playwright/test';
import { SEED, uuidFor } from '../../src/lib/server/seed/ids';
import {
	expect,
	loginAs,
	outboxContents,
	serverJoblog,
	test,
	waitForServiceWorker
} from './fixtures';

/** Each test run and project gets its own titles and ads, so parallel runs never see each other's data. */
function uniqueRun(projectName: string) {
	const token = `${projectName}-${Date.now().toString(36)}`;
	const offset = projectName === 'phone' ? 500 : 900;
	return {
		token,
		jobIds: [uuidFor(SEED, offset + (Date.now() % 97)), uuidFor(SEED, offset + 300)]
	};
}

async function addJoblogEntry(page: Page, title: string) {
	await page.getByLabel('Stilling').fill(title);
	await page.getByLabel('Arbejdsgiver').fill('Testfirma ApS');
	await page.getByRole('button', { name: 'Gem i joblog' }).click();
	// Online "Gemt i din joblog."; offline it adds that it is sent when she is online.
	await expect(page.getByText(/^Gemt i din joblog/)).toBeVisible();
}

async function serverState(request: APIRequestContext, token: string) {
	const saved = (await (await request.get('/api/v1/me/saved-jobs')).json()) as {
		items: { jobId: string }[];
	};
	return {
		titles: (await serverJoblog(request))
			.map((item) => item.jobTitle)
			.filter((title) => title.includes(token))
			.sort(),
		savedJobIds: saved.items.map((item) => item.jobId)
	};
}

test('five changes made offline survive two reloads and reach the server exactly once', async ({
	page,
	context
}, testInfo) => {
	const { token, jobIds } = uniqueRun(testInfo.project.name);
	const traffic: string[] = [];
	const note = (request: import('@playwright/test').Request, outcome: string) => {
		if (!request.url().includes('/api/v1/me/')) return;
		const from = request.serviceWorker() ? 'worker' : 'page';
		traffic.push(
			`${from} ${request.method()} ${new URL(request.url()).pathname} ${request.postData()?.match(/Offline \d/)?.[0] ?? ''} → ${outcome}`
		);
	};
	context.on('requestfinished', async (request) =>
		note(request, String((await request.response())?.status()))
	);
	context.on('requestfailed', (request) => note(request, request.failure()?.errorText ?? 'failed'));
	await loginAs(page, 'sofie', '/joblog');
	await waitForServiceWorker(page);
	for (const id of jobIds) {
		// An earlier run may have saved the same ad: start from "not saved".
		await page.request.delete(`/api/v1/me/saved-jobs/${id}`, {
			headers: { origin: new URL(page.url()).origin }
		});
		await page.goto(`/job/${id}`);
		await expect(page.getByRole('button', { name: 'Gem job' })).toBeVisible();
	}
	await page.goto('/joblog');

	await context.setOffline(true);
	const titles = [1, 2, 3].map((n) => `Offline ${n} ${token}`);
	for (const title of titles) await addJoblogEntry(page, title);
	for (const id of jobIds) {
		await page.goto(`/job/${id}`);
		await page.getByRole('button', { name: 'Gem job' }).click();
		await expect(page.getByRole('button', { name: 'Gemt — fjern igen' })).toBeVisible();
	}
	await page.reload();
	await page.goto('/joblog');
	await page.reload();
	await expect(page.getByRole('region', { name: 'Afsendelse til jobcentret' })).toContainText(
		'5 ændringer venter'
	);
	for (const title of titles) {
		const entry = page.getByRole('listitem').filter({ hasText: title });
		await expect(entry.getByText('Ikke sendt endnu')).toBeVisible();
	}
	expect((await serverState(page.request, token)).titles).toEqual([]);

	await context.setOffline(false);
	await expect(page.getByText('Alt er sendt til jobcentret.')).toBeVisible({ timeout: 20_000 });
	const state = await serverState(page.request, token);
	expect(state.titles, `${await outboxContents(page)}\n${traffic.join('\n')}`).toEqual(
		[...titles].sort()
	);
	for (const id of jobIds)
		expect(state.savedJobIds.filter((saved) => saved === id)).toHaveLength(1);
	await expect(page.getByText('Ikke sendt endnu', { exact: true })).toHaveCount(0);
	await expect(page.getByText('Du er offline. Du ser de oplysninger')).toHaveCount(0);
});

test('two open tabs syncing at once send each change once', async ({ page, context }, testInfo) => {
	const { token } = uniqueRun(`${testInfo.project.name}-tabs`);
	await loginAs(page, 'mohammed', '/joblog');
	await waitForServiceWorker(page);
	const second = await context.newPage();
	await second.goto('/joblog');
	await expect(second.getByRole('heading', { level: 1 })).toHaveText('Joblog');

	await context.setOffline(true);
	const titles = [1, 2, 3, 4].map((n) => `To faner ${n} ${token}`);
	for (const [index, title] of titles.entries())
		await addJoblogEntry(index % 2 ? second : page, title);
	await context.setOffline(false);

	for (const tab of [page, second]) {
		await expect(tab.getByText('Alt er sendt til jobcentret.')).toBeVisible({ timeout: 20_000 });
	}
	expect((await serverState(page.request, token)).titles).toEqual([...titles].sort());
	await second.close();
});

test('logging out with unsent changes warns first', async ({ page, context }) => {
	await loginAs(page, 'anna', '/joblog');
	await context.setOffline(true);
	await addJoblogEntry(page, `Advarsel ${Date.now()}`);
	const menu = page.getByRole('button', { name: 'Menu' });
	if (await menu.isVisible()) await menu.click();
	await page.getByRole('button', { name: 'Log ud' }).click();
	const dialog = page.getByRole('dialog', { name: '1 ændring er ikke sendt endnu' });
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: 'Bliv logget ind' }).click();
	await expect(dialog).toBeHidden();
	await context.setOffline(false);
	await expect(page.getByText('Alt er sendt til jobcentret.')).toBeVisible({ timeout: 20_000 });
});

test('an expired session keeps the outbox, asks for a new login, then sends', async ({
	page,
	context
}, testInfo) => {
	const { token } = uniqueRun(`${testInfo.project.name}-expiry`);
	await loginAs(page, 'sofie', '/joblog');
	await context.setOffline(true);
	const title = `Efter udløb ${token}`;
	await addJoblogEntry(page, title);

	// The session ends while the phone is offline, at the jobcentre and at the login provider alike.
	await context.clearCookies();
	await context.setOffline(false);
	await page.getByRole('button', { name: 'Synkroniser nu' }).click();
	const notice = page.getByRole('alert').filter({ hasText: 'Du er blevet logget ud' });
	await expect(notice).toBeVisible();
	await expect(
		page.getByRole('listitem').filter({ hasText: title }).getByText('Ikke sendt endnu')
	).toBeVisible();
	expect((await page.request.get('/api/v1/me')).status()).toBe(401);

	await notice.getByRole('link', { name: 'Log ind igen' }).click();
	await page.getByLabel('Brugernavn').fill('sofie');
	await page.getByLabel('Adgangskode').fill('demo');
	await page.getByRole('button', { name: 'Log ind' }).click();
	await page.waitForURL('**/joblog');
	await expect(page.getByText('Alt er sendt til jobcentret.')).toBeVisible({ timeout: 20_000 });
	expect((await serverState(page.request, token)).titles, await outboxContents(page)).toEqual([
		title
	]);
});
