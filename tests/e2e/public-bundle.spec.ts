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
