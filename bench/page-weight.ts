// What a citizen's phone downloads: `npx tsx bench/page-weight.ts`.
//
// Serves the production build (compressed as adapter-node serves it, brotli first) on a fresh
// PGlite with a few thousand ads, and opens each page in Chromium at phone size with an empty
// cache, as a first visit: the bytes the page asks for until the network is quiet (HTML, CSS, JS,
// fonts, API answers; its scripts load partly after the load event), then the bytes the service worker fetches to keep the app for offline use, and the
// worker's own script (fetched by the browser apart from the page, so asked for here). Bytes are
// as sent over the network (compressed bodies plus headers; the worker script's body only). The budgets are ours, set a little
// above what the pages weigh now, so that growth is a decision rather than an accident. No page and
// no precache may fetch the CV PDF's chunk or fonts (`isCvPdfFile`): they load when she asks for a PDF.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Request } from '@playwright/test';
import config from '../playwright.config';
import { isCvPdfFile } from '../service-worker/routing';
import { rawGet } from '../tests/support/raw-get';
import { startProductionServer } from './support/production-server';

const KB = 1024;
/** The first visit of a page: what it asks for until the network is quiet. */
const PAGE_BUDGET_KB = 210;
/**
 * The service worker's own script: with the map of which build files each route needs (about
 * 1 KB), which lets its install fetch only the public pages' code rather than every build file.
 */
const WORKER_BUDGET_KB = 42;

const pages = [
	{ name: 'Forside', path: '/' },
	{ name: 'Jobsøgning med resultater', path: '/job?v=1&q=p%C3%A6dagog' },
	{ name: 'Beregner', path: '/beregner' }
];

interface Row {
	page: string;
	requests: number;
	'page KB': string;
	'worker script KB': string;
	'offline copy KB': string;
	/** What the worker asked for, to keep for offline use, and how many of those the network sent. */
	'offline requests': string;
	/** The CV PDF's code and fonts load only when she asks for a PDF: never on a first visit. */
	'CV PDF files': number;
	budget: string;
	ok: string;
}

const kb = (bytes: number) => (bytes / KB).toFixed(1);

async function transferred(request: Request): Promise<number> {
	const sizes = await request.sizes().catch(() => null);
	return sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0;
}

const dataDir = mkdtempSync(join(tmpdir(), 'vj-bench-weight-'));
const server = await startProductionServer({ DATA_DIR: dataDir, SEED_JOB_COUNT: '2000' });
const browser = await chromium.launch(config.use?.launchOptions);
const rows: Row[] = [];
try {
	for (const { name, path } of pages) {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const counted: Promise<void>[] = [];
		const totals = {
			page: 0,
			requests: 0,
			worker: 0,
			offline: 0,
			offlineRequests: 0,
			offlineDownloads: 0,
			cvPdf: 0
		};
		context.on('requestfinished', (request) => {
			if (isCvPdfFile(new URL(request.url()).pathname)) totals.cvPdf++;
			counted.push(
				transferred(request).then((bytes) => {
					if (request.serviceWorker()) {
						totals.offline += bytes;
						totals.offlineRequests++;
						// A file the page loaded a moment ago comes from the browser's cache: no bytes.
						if (bytes > 0) totals.offlineDownloads++;
					} else {
						totals.page += bytes;
						totals.requests++;
					}
				})
			);
		});
		const page = await context.newPage();
		await page.goto(`${server.baseUrl}${path}`, { waitUntil: 'load' });
		await page.evaluate(() => navigator.serviceWorker.ready);
		await page.waitForLoadState('networkidle');
		await Promise.all(counted);
		await context.close();
		totals.worker = (await rawGet(`${server.baseUrl}/service-worker.js`, 'br, gzip')).bytes.length;
		const ok =
			totals.page <= PAGE_BUDGET_KB * KB &&
			totals.worker <= WORKER_BUDGET_KB * KB &&
			totals.cvPdf === 0;
		rows.push({
			page: `${name} (${decodeURIComponent(path)})`,
			requests: totals.requests,
			'page KB': kb(totals.page),
			'worker script KB': kb(totals.worker),
			'offline copy KB': kb(totals.offline),
			'offline requests': `${totals.offlineRequests} (${totals.offlineDownloads} downloaded)`,
			'CV PDF files': totals.cvPdf,
			budget: `page ≤ ${PAGE_BUDGET_KB} KB, worker ≤ ${WORKER_BUDGET_KB} KB, no CV PDF files`,
			ok: ok ? 'yes' : 'NO'
		});
	}
} finally {
	await browser.close();
	await server.stop();
	rmSync(dataDir, { recursive: true, force: true });
}

console.table(rows);
if (rows.some((row) => row.ok === 'NO')) process.exitCode = 1;
