import type { APIRequestContext, Page } from '@playwright/test';
import { expect, loginAs, serverJoblog, test, waitForServiceWorker } from './fixtures';

/** Each project has its own citizen, so the two never share saved searches or saved jobs. */
const citizenOf = (project: string) => (project === 'phone' ? 'mohammed' : 'anna');

async function search(page: Page, words: string) {
	await page.getByLabel('Søg efter job').fill(words);
	await page.getByRole('button', { name: 'Søg', exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(words)}(&|$)`));
}

interface SavedSearchBody {
	id: string;
	name: string;
	newCount: number;
}

async function serverSavedSearches(request: APIRequestContext): Promise<SavedSearchBody[]> {
	const response = await request.get('/api/v1/me/saved-searches');
	expect(response.status()).toBe(200);
	return ((await response.json()) as { items: SavedSearchBody[] }).items;
}

async function serverSavedJobIds(request: APIRequestContext): Promise<string[]> {
	const response = await request.get('/api/v1/me/saved-jobs');
	return ((await response.json()) as { items: { jobId: string }[] }).items.map((i) => i.jobId);
}

test('search, save the search, save an ad and log it as applied; offline it all stays and the phone is searched; online it syncs', async ({
	page,
	context
}, testInfo) => {
	const citizen = citizenOf(testInfo.project.name);
	const searchName = `Pædagog fuldtid ${testInfo.project.name} ${Date.now().toString(36)}`;
	await loginAs(page, citizen, '/job');
	await waitForServiceWorker(page);

	// Search and filter (the filter controls themselves are covered in job-search.spec).
	await page.goto('/job?v=1&q=p%C3%A6dagog&hours=full');
	await expect(page.getByRole('status').filter({ hasText: /job fundet/ })).toBeVisible();
	const results = page.locator('.job-result-title');
	await expect(results.first()).toBeVisible();
	const titles = (await results.allTextContents()).map((t) => t.trim());
	expect(titles.length).toBeGreaterThan(2);

	// Save the search under a name of her own.
	await page.getByRole('button', { name: 'Gem søgningen' }).click();
	await expect(page.getByLabel('Navn på søgningen')).toHaveValue(/pædagog/);
	await page.getByLabel('Navn på søgningen').fill(searchName);
	await page.getByRole('button', { name: 'Gem', exact: true }).click();
	await expect(page.getByText(`Søgningen "${searchName}" er gemt.`)).toBeVisible();
	const savedSearches = page.getByRole('region', { name: 'Dine gemte søgninger' });
	await expect(savedSearches.getByRole('link', { name: searchName })).toBeVisible();

	// Open the first ad, save it and log the application.
	const opened = titles[0]!;
	await results.first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(opened);
	const jobId = new URL(page.url()).pathname.split('/').pop()!;
	await page.getByRole('button', { name: 'Gem job' }).click();
	// The label says what a tap does now; no aria-pressed beside it (one pattern, not two).
	await expect(page.getByRole('button', { name: 'Gemt — fjern igen' })).not.toHaveAttribute(
		'aria-pressed'
	);
	await page.getByRole('button', { name: 'Jeg har søgt' }).click();
	await expect(page.getByText('Skrevet i din joblog.')).toBeVisible();

	// Offline: a new search finds the ads already on the phone, clearly labelled.
	await context.setOffline(true);
	await page.goBack();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Job');
	await search(page, 'pædagoger');
	await expect(page.getByText('Ingen forbindelse lige nu')).toBeVisible();
	await expect(page.getByText(/\d+ job på telefonen/)).toBeVisible();
	await expect(results.filter({ hasText: opened }).first()).toBeVisible();
	// An ad only seen in the results (never opened) also opens offline, from the phone.
	const seenOnly = titles.find((title) => title !== opened)!;
	await expect(results.filter({ hasText: seenOnly }).first()).toBeVisible();

	// The saved job and the joblog entry are still there.
	await expect(
		page.getByRole('region', { name: 'Dine gemte job' }).getByText(opened).first()
	).toBeVisible();
	await results.filter({ hasText: seenOnly }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(seenOnly);
	await expect(page.getByText('Du er uden net. Du ser annoncen, som den er gemt')).toBeVisible();
	await page.goto('/joblog');
	await expect(page.getByText(opened).first()).toBeVisible();

	// Online again: everything reaches the jobcenter, once.
	await context.setOffline(false);
	await expect
		.poll(async () => (await serverJoblog(page.request)).filter((e) => e.jobTitle === opened))
		.toHaveLength(1);
	await expect.poll(() => serverSavedJobIds(page.request)).toContain(jobId);
	const onServer = (await serverSavedSearches(page.request)).filter((s) => s.name === searchName);
	expect(onServer).toHaveLength(1);

	// Tidy up what is this run's own, so the citizen's lists don't grow run after run.
	await page.request.delete(`/api/v1/me/saved-searches/${onServer[0]!.id}`, {
		headers: { origin: new URL(page.url()).origin }
	});
});

test(
	'a saved search shows how many new ads came since last time, and opening it marks them seen',
	{ tag: '@desktop-only' },
	async ({ page }, testInfo) => {
		const citizen = citizenOf(testInfo.project.name);
		await loginAs(page, citizen, '/job');
		const origin = new URL(page.url()).origin;
		const id = crypto.randomUUID();
		const name = `Sygeplejerske ${testInfo.project.name} ${Date.now().toString(36)}`;
		// Saved on another device a week ago: the ads of the last seven days are new to her.
		const weekAgo = new Date(Date.now() - 7 * 86_400_000).toISOString();
		const created = await page.request.post('/api/v1/me/saved-searches', {
			headers: { origin },
			data: { id, name, query: 'v=1&q=sygeplejerske', lastSeenAt: weekAgo }
		});
		expect(created.status()).toBe(201);
		const { newCount } = (await created.json()) as SavedSearchBody;
		expect(newCount).toBeGreaterThan(0);

		await page.goto('/job');
		const savedSearches = page.getByRole('region', { name: 'Dine gemte søgninger' });
		const link = savedSearches.getByRole('link', { name: new RegExp(name) });
		await expect(link).toContainText(
			newCount === 1 ? '1 nyt job siden sidst' : `${newCount} nye job siden sidst`
		);

		await link.click();
		await expect(page).toHaveURL(/q=sygeplejerske/);
		await expect
			.poll(
				async () => (await serverSavedSearches(page.request)).find((s) => s.id === id)?.newCount
			)
			.toBe(0);
		await expect(savedSearches.getByRole('link', { name: new RegExp(name) })).not.toContainText(
			'siden sidst'
		);

		await savedSearches.getByRole('button', { name: `Slet søgningen ${name}` }).click();
		await expect(page.getByText(`Søgningen "${name}" er slettet.`)).toBeVisible();
		await expect
			.poll(async () => (await serverSavedSearches(page.request)).some((s) => s.id === id))
			.toBe(false);
	}
);

test('without logging in, viewed ads are listed and found by the offline search', async ({
	page,
	context
}) => {
	await page.goto('/job');
	await waitForServiceWorker(page);
	await search(page, 'tømrer');
	const first = page
		.locator('.job-result-title')
		.filter({ hasText: /tømrer/i })
		.first();
	await expect(first).toBeVisible();
	const title = (await first.textContent())!.trim();
	await first.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await page.goBack();
	const recent = page.getByRole('region', { name: 'Job du har set for nylig' });
	await expect(recent.getByRole('link', { name: new RegExp(title) })).toBeVisible();

	await context.setOffline(true);
	await search(page, 'tømrere');
	await expect(page.getByText('Ingen forbindelse lige nu')).toBeVisible();
	await expect(page.locator('.job-result-title').filter({ hasText: title }).first()).toBeVisible();
	await context.setOffline(false);
});
