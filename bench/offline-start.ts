// How fast the app starts offline from the service worker: `npx tsx bench/offline-start.ts`.
//
// Serves the production build, visits each page once online (so the worker installs and keeps
// it), then, with the network off and the CPU slowed 4× like a cheap phone, opens it again in a
// new tab, as a citizen starting the app on the bus. Reports the median over a few runs of the
// largest contentful paint, and of the worker's part: from its start to the page's first byte.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import config from '../playwright.config';
import { startProductionServer } from './support/production-server';

const RUNS = 5;
const pages = ['/', '/job', '/beregner'];

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
};

const dataDir = mkdtempSync(join(tmpdir(), 'vj-bench-offline-'));
const server = await startProductionServer({ DATA_DIR: dataDir, SEED_JOB_COUNT: '2000' });
const browser = await chromium.launch(config.use?.launchOptions);
const rows: Record<string, { 'LCP ms': number; 'worker start → first byte ms': number }> = {};
try {
	for (const path of pages) {
		const lcps: number[] = [];
		const workerParts: number[] = [];
		for (let run = 0; run < RUNS; run++) {
			const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
			const first = await context.newPage();
			await first.goto(`${server.baseUrl}${path}`, { waitUntil: 'load' });
			await first.evaluate(async () => {
				await navigator.serviceWorker.ready;
				if (!navigator.serviceWorker.controller) {
					await new Promise((resolve) =>
						navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
					);
				}
			});
			await first.waitForLoadState('networkidle');
			await first.close();
			await context.setOffline(true);
			const page = await context.newPage();
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
			await page.goto(`${server.baseUrl}${path}`, { waitUntil: 'load' });
			const timing = await page.evaluate(
				() =>
					new Promise<{ lcp: number; worker: number }>((resolve) => {
						const [navigation] = performance.getEntriesByType(
							'navigation'
						) as PerformanceNavigationTiming[];
						new PerformanceObserver((list) => {
							const entries = list.getEntries();
							resolve({
								lcp: entries[entries.length - 1]!.startTime,
								worker: navigation!.responseStart - navigation!.workerStart
							});
						}).observe({ type: 'largest-contentful-paint', buffered: true });
					})
			);
			lcps.push(timing.lcp);
			workerParts.push(timing.worker);
			await context.close();
		}
		rows[path] = {
			'LCP ms': Math.round(median(lcps)),
			'worker start → first byte ms': Math.round(median(workerParts))
		};
	}
} finally {
	await browser.close();
	await server.stop();
	rmSync(dataDir, { recursive: true, force: true });
}
console.table(rows);
