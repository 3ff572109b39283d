import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import { hasSignedInHint } from '../../src/lib/domain/signed-in-hint';
import { MISSING_TEXT } from '../../src/lib/i18n/index';

export interface Accessibility {
	/** Opts this test out of the automatic axe check; the reason is printed with the test. */
	skip(reason: string): void;
	/** Runs axe on the page now and fails on any violation. */
	check(page: Page, label?: string): Promise<void>;
}

/**
 * Runs axe in the page itself (legacy mode) and collects details of violations only. By default
 * @axe-core/playwright opens a second page for every check to merge results across frames (we have
 * no cross-origin frames) and returns every rule's passing nodes too: 1.2–3.3 s a check against
 * 0.5–0.8 s this way, measured on `/`, a search, `/beregner` and `/tilgaengelighed`, with the same
 * violations and nodes found on a page with planted faults. Every test runs at least one check.
 */
export async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
		.options({ resultTypes: ['violations'] })
		.setLegacyMode(true)
		.analyze();
	return results.violations.map(
		(violation) =>
			`${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`
	);
}

/** Every end-to-end test ends with an axe-core check of the page it left, unless it says why not. */
export const test = base.extend<{
	a11y: Accessibility;
	axeAfterEach: void;
	missingTexts: void;
}>({
	// Playwright reads a fixture's dependencies from this destructuring, so an empty one is required.
	// eslint-disable-next-line no-empty-pattern
	a11y: async ({}, use, testInfo) => {
		let skipped: string | null = null;
		await use({
			skip(reason) {
				skipped = reason;
				testInfo.annotations.push({ type: 'axe skipped', description: reason });
			},
			async check(page, label) {
				expect(await axeViolations(page), label ?? page.url()).toEqual([]);
			}
		});
		if (skipped) return;
		testInfo.annotations.push({ type: 'axe', description: 'checked after test' });
	},
	axeAfterEach: [
		async ({ page, a11y }, use, testInfo) => {
			await use();
			const skipped = testInfo.annotations.some((a) => a.type === 'axe skipped');
			if (skipped || testInfo.status !== testInfo.expectedStatus || page.isClosed()) return;
			if (!page.url().startsWith('http')) return;
			await a11y.check(page, `axe after "${testInfo.title}" on ${page.url()}`);
		},
		{ auto: true }
	],
	// A text the page asked for and had not loaded (its text group, src/lib/i18n/groups.ts) shows as
	// its key: the translator says so in the console (MISSING_TEXT), and any test fails on it.
	missingTexts: [
		async ({ page }, use) => {
			const missing: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error' && message.text().startsWith(MISSING_TEXT)) {
					missing.push(`${message.text()} on ${page.url()}`);
				}
			});
			await use();
			expect(missing, 'texts shown without their text group').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Logs in through the local OpenID Provider's form, as a citizen would. */
/** Waits until the page's script has taken over (the root layout marks `<html data-hydrated>`). */
export async function waitForHydration(page: Page) {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

export async function loginAs(page: Page, username: string, returnTo = '/min-side') {
	await page.goto(`/login?returnTo=${encodeURIComponent(returnTo)}`);
	await page.getByLabel('Brugernavn').fill(username);
	await page.getByLabel('Adgangskode').fill('demo');
	await page.getByRole('button', { name: 'Log ind' }).click();
	await page.waitForURL((url) => url.pathname === returnTo);
	// The app knows who is signed in once it has stored the profile; only then is offline use possible.
	await expect(page.locator('.account-name')).toHaveCount(1);
}

/**
 * Waits until the service worker controls the page, so later navigations go through it, and, when
 * she is signed in, until it keeps the signed-in area (fetched after install, see `keepOfflineTier`).
 */
export async function waitForServiceWorker(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
			);
		}
	});
	if (hasSignedInHint(await page.evaluate(() => document.cookie))) {
		await waitForOfflineTier(page, 'signed-in');
	}
}

/** Waits until the worker keeps a tier of the app (`service-worker/routing.ts`, `tierCacheName`). */
export async function waitForOfflineTier(page: Page, tier: 'public' | 'signed-in' | 'caseworker') {
	await expect
		.poll(
			() =>
				page.evaluate(async (prefix) => {
					for (const name of await caches.keys()) {
						// `addAll` stores the whole tier at once, so one entry means all of it.
						if (name.startsWith(prefix) && (await (await caches.open(name)).keys()).length > 0) {
							return true;
						}
					}
					return false;
				}, `vj-${tier}-`),
			{ message: `the worker keeps the ${tier} tier`, timeout: 20_000 }
		)
		.toBe(true);
}

/** Every value in one object store of the signed-in user's IndexedDB (read in the page). */
export async function readUserStore<T>(page: Page, store: string): Promise<T[]> {
	return page.evaluate(async (store) => {
		const names = (await indexedDB.databases())
			.map((db) => db.name ?? '')
			.filter((name) => name.startsWith('vj-user-'));
		if (names.length === 0) return [];
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open(names[0]!);
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const values = await new Promise<unknown[]>((resolve, reject) => {
			const request = db.transaction(store).objectStore(store).getAll();
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		db.close();
		return values;
	}, store) as Promise<T[]>;
}

/** The outbox as JSON: the failure message when something was not sent. */
export async function outboxContents(page: Page): Promise<string> {
	return `outbox: ${JSON.stringify(await readUserStore(page, 'outbox'))}`;
}

/** Every joblog entry the server holds for the signed-in citizen, walking all pages. */
export async function serverJoblog(
	request: APIRequestContext
): Promise<{ id: string; jobTitle: string; status: string; jobId: string | null }[]> {
	const all: { id: string; jobTitle: string; status: string; jobId: string | null }[] = [];
	let cursor: string | null = null;
	do {
		const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
		const response = await request.get(`/api/v1/me/joblog?limit=100${query}`);
		expect(response.status()).toBe(200);
		const page = (await response.json()) as { items: typeof all; nextCursor: string | null };
		all.push(...page.items);
		cursor = page.nextCursor;
	} while (cursor);
	return all;
}
