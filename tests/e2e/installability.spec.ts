import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import config from '../../playwright.config';
import { expect, test } from './fixtures';

test('Chromium finds the app installable (no installability errors)', async ({ baseURL, a11y }) => {
	a11y.skip('runs in its own persistent context; the page is covered by the route sweep');
	const profile = mkdtempSync(join(tmpdir(), 'vj-install-'));
	const context = await chromium.launchPersistentContext(profile, {
		...config.use?.launchOptions,
		headless: true
	});
	try {
		const page = await context.newPage();
		await page.goto(`${baseURL}/`);
		await page.evaluate(() => navigator.serviceWorker.ready);
		const session = await context.newCDPSession(page);
		const result = (await session.send('Page.getInstallabilityErrors')) as {
			installabilityErrors: { errorId: string }[];
		};
		expect(result.installabilityErrors).toEqual([]);
		const manifest = await (await page.request.get(`${baseURL}/manifest.webmanifest`)).json();
		expect(manifest).toMatchObject({ lang: 'da', display: 'standalone', start_url: '/min-side' });
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
});
