import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, loginAs, test } from './fixtures';

/**
 * A first visit to a public page downloads nothing of the signed-in layer: no session, no IndexedDB
 * wrapper (idb), no validation library (zod). Each is recognised in the code the page fetched by a
 * string its minified code keeps; every marker is first shown to be in the build, so a marker that
 * stops matching fails here instead of passing silently.
 */
const markers = {
	zod: '$ZodType',
	idb: 'IDBCursor',
	// The session's own message (the language picker also calls /api/v1/me/language).
	session: 'GET /api/v1/me answered'
} as const;
type Marker = keyof typeof markers;

function builtScripts(dir = 'build/client/_app/immutable'): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return builtScripts(path);
		return entry.name.endsWith('.js') ? [readFileSync(path, 'utf8')] : [];
	});
}

/** Records the scripts a page fetches (not the service worker's own downloads). */
function recordScripts(page: Page) {
	const scripts = new Map<string, string>();
	const reading: Promise<void>[] = [];
	page.on('response', (response) => {
		const url = new URL(response.url());
		if (response.request().serviceWorker() || !url.pathname.endsWith('.js')) return;
		reading.push(response.text().then((text) => void scripts.set(url.pathname, text)));
	});
	return async () => {
		await Promise.all(reading);
		return scripts;
	};
}

/** The scripts of a visit, until the network is quiet. */
async function scriptsOfVisit(page: Page, path: string): Promise<Map<string, string>> {
	const scripts = recordScripts(page);
	await page.goto(path);
	await page.waitForLoadState('networkidle');
	return scripts();
}

/** An open ad's page, found through the public API. */
async function firstAdPath(page: Page): Promise<string> {
	const response = await page.request.get('/api/v1/jobs?limit=1');
	const { items } = (await response.json()) as { items: { id: string }[] };
	expect(items.length).toBe(1);
	return `/job/${items[0]!.id}`;
}

function markersIn(scripts: Map<string, string>): Marker[] {
	const texts = [...scripts.values()];
	return (Object.keys(markers) as Marker[]).filter((marker) =>
		texts.some((text) => text.includes(markers[marker]))
	);
}

test.describe('public pages without the signed-in layer', () => {
	// The worker would fetch every route's code for offline use; only the page's own fetches count.
	test.use({ serviceWorkers: 'block' });

	test('every marker is in the build', () => {
		const scripts = builtScripts();
		for (const marker of Object.values(markers)) {
			expect(
				scripts.some((text) => text.includes(marker)),
				marker
			).toBe(true);
		}
	});

	for (const path of ['/', '/beregner']) {
		test(`a first visit to ${path} fetches no session, no idb and no zod`, async ({ page }) => {
			const scripts = await scriptsOfVisit(page, path);
			expect(scripts.size).toBeGreaterThan(3);
			expect(markersIn(scripts)).toEqual([]);
			await expect(page.locator('a.log-in')).not.toHaveCount(0);
		});
	}

	/**
	 * The job pages keep the ads she saw for offline use, once the page is idle: that alone brings
	 * IndexedDB's code, never the session or zod. Idle callbacks are held until the visit's own
	 * scripts are counted, then let run.
	 */
	for (const [name, path] of [
		['/job?q=pædagog', async () => '/job?v=1&q=p%C3%A6dagog'],
		['/job/{id}', (page: Page) => firstAdPath(page)]
	] as const) {
		test(`a first visit to ${name} fetches no session, no idb and no zod; keeping its ads later brings idb only`, async ({
			page
		}) => {
			const url = await path(page);
			await page.addInitScript(() => {
				const held: (() => void)[] = [];
				window.requestIdleCallback = (work) => {
					held.push(() => work({ didTimeout: false, timeRemaining: () => 50 }));
					return held.length;
				};
				(window as unknown as { runHeldIdleWork: () => void }).runHeldIdleWork = () =>
					held.splice(0).forEach((work) => work());
			});
			const scripts = await scriptsOfVisit(page, url);
			expect(scripts.size).toBeGreaterThan(3);
			expect(markersIn(scripts)).toEqual([]);
			// The public versions of the signed-in parts: a link to log in instead of the buttons.
			await expect(page.getByRole('link', { name: /Log ind for at gemme/ })).toBeVisible();

			const later = recordScripts(page);
			await page.evaluate(() =>
				(window as unknown as { runHeldIdleWork: () => void }).runHeldIdleWork()
			);
			await expect
				.poll(() => page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name)))
				.toContain('vj-user-guest');
			await page.waitForLoadState('networkidle');
			expect(markersIn(await later())).toEqual(['idb']);
		});
	}

	test('with a login session the same page brings the layer and shows who is signed in', async ({
		page
	}) => {
		await loginAs(page, 'anna');
		const fresh = await page.context().newPage();
		const scripts = recordScripts(fresh);
		await fresh.goto('/beregner');
		// Her name comes from the session, so the layer has arrived once it shows.
		await expect(fresh.locator('.account-name')).toHaveText('Anna Jensen');
		expect(markersIn(await scripts())).toContain('session');
		await fresh.close();
	});
});
