import { expect, loginAs, test } from './fixtures';

test('Anna logs in, sees her page, and logging out leaves nothing of hers in any tab', async ({
	page,
	context
}) => {
	await loginAs(page, 'anna');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hej Anna Jensen');
	await expect(page.locator('.account-name')).toHaveText('Anna Jensen');

	const otherTab = await context.newPage();
	await otherTab.goto('/profil');
	await expect(otherTab.getByRole('main').getByText('Anna Jensen')).toBeVisible();
	expect(await userDatabases(page)).toHaveLength(1);

	await openMenuOnPhone(page);
	await page.getByRole('button', { name: 'Log ud' }).click();
	await page.waitForURL('**/logget-ud');
	await expect(page.getByRole('heading', { name: 'Du er logget ud' })).toBeVisible();
	await otherTab.waitForURL('**/logget-ud');
	await expect(otherTab.getByText('Anna Jensen')).toHaveCount(0);
	await otherTab.close();

	expect(await userDatabases(page)).toEqual([]);
	expect(await page.evaluate(() => localStorage.length)).toBe(0);
	expect(await cachedPersonalData(page)).toEqual([]);
	const me = await page.request.get('/api/v1/me');
	expect(me.status()).toBe(401);
	expect(me.headers()['content-type']).toContain('application/problem+json');
});

test('a visitor who has not logged in is not asked about at the server; login and logout set and clear the hint', async ({
	page,
	context
}) => {
	const asked: string[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).pathname === '/api/v1/me') asked.push(request.url());
	});
	for (const path of ['/', '/job', '/beregner']) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
	}
	expect(asked).toEqual([]);

	await loginAs(page, 'anna');
	expect(asked.length).toBeGreaterThan(0);
	const hint = (await context.cookies()).find((cookie) => cookie.name === 'vj_signed_in');
	expect(hint).toMatchObject({ value: '1', httpOnly: false });

	await openMenuOnPhone(page);
	await page.getByRole('button', { name: 'Log ud' }).click();
	await page.waitForURL('**/logget-ud');
	const names = (await context.cookies()).map((cookie) => cookie.name);
	expect(names).not.toContain('vj_signed_in');
	expect(names).not.toContain('vj_session');
});

test('a page of the signed-in area asks an anonymous visitor to log in', async ({ page }) => {
	await page.goto('/joblog');
	await expect(page.getByText('Du skal logge ind for at se denne side.')).toBeVisible();
	await page.getByRole('main').getByRole('link', { name: 'Log ind' }).click();
	await page.getByLabel('Brugernavn').fill('anna');
	await page.getByLabel('Adgangskode').fill('demo');
	await page.getByRole('button', { name: 'Log ind' }).click();
	await page.waitForURL('**/joblog');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Joblog');
});

test('a caseworker lands on the caseworker page', async ({ page }) => {
	await page.goto('/login');
	await page.getByLabel('Brugernavn').fill('lars');
	await page.getByLabel('Adgangskode').fill('demo');
	await page.getByRole('button', { name: 'Log ind' }).click();
	await page.waitForURL('**/medarbejder');
	await expect(page.getByText('Velkommen, Lars Holm')).toBeVisible();
});

test('each role is told, the right way round, when a page is for the other', async ({ page }) => {
	await loginAs(page, 'lars', '/joblog');
	await expect(page.getByText('Denne side er for borgere.')).toBeVisible();
	await expect(page.getByText('kun for jobcentrets medarbejdere')).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Gå til medarbejdersiden' })).toBeVisible();
	// Her profile is for anyone signed in.
	await page.goto('/profil');
	await expect(page.getByText('Denne side er for borgere.')).toHaveCount(0);
});

test('a citizen who opens the caseworker page is told it is for staff', async ({ page }) => {
	await loginAs(page, 'anna', '/medarbejder');
	await expect(page.getByText('Denne del er kun for jobcentrets medarbejdere.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Gå til Min side' })).toBeVisible();
});

/** On a phone the account actions live in the menu drawer. */
async function openMenuOnPhone(page: import('@playwright/test').Page) {
	const menu = page.getByRole('button', { name: 'Menu' });
	if (await menu.isVisible()) await menu.click();
}

async function userDatabases(page: import('@playwright/test').Page) {
	return page.evaluate(async () =>
		(await indexedDB.databases()).map((db) => db.name).filter((name) => name?.startsWith('vj-'))
	);
}

/** Every cached response that is an API answer or mentions her name. */
async function cachedPersonalData(page: import('@playwright/test').Page) {
	return page.evaluate(async () => {
		const found: string[] = [];
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const request of await cache.keys()) {
				const body = await (await cache.match(request))?.text();
				if (new URL(request.url).pathname.startsWith('/api/') || body?.includes('Anna Jensen')) {
					found.push(`${name}: ${request.url}`);
				}
			}
		}
		return found;
	});
}
