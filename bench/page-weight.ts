// What a citizen's phone downloads, beside an empty SvelteKit app: `npx tsx bench/page-weight.ts`.
//
// Serves the production build (compressed as scripts/serve.js serves it) on a fresh PGlite with a
// few thousand ads, and the empty app of bench/empty-app/ (same versions, same adapter, same
// compression; bench/support/empty-app.ts), and opens each page as a first visit in Chromium at
// phone size: bytes as counted by `firstVisit` (bench/support/first-visit.ts: transferred bytes,
// the page's requests until the worker is active and the network quiet; then the worker's script
// and what it fetches while installing). The budgets are issue 18's ratios to the empty app's `/`,
// measured in the same run (bench/lighthouse.ts prints them with Lighthouse's numbers): JS+CSS ≤ 2×,
// page ≤ 3×, page with the worker ≤ 4×. No page and no precache may fetch the CV PDF's chunk or
// fonts (`isCvPdfFile`): they load when she asks for a PDF. A Danish visitor fetches no other
// language's texts (`locale-<lang>.` files), neither the page nor the worker (issue 19).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import config from '../playwright.config';
import { isCvPdfFile } from '../service-worker/routing';
import { buildEmptyApp, startEmptyApp } from './support/empty-app';
import { firstVisit, type FirstVisit } from './support/first-visit';
import { startProductionServer } from './support/production-server';

const BUDGET = { jsCss: 2, page: 3, withWorker: 4 };

/** `/job/{id}`'s path is known once the server runs (its first open ad). */
const pages: { name: string; path: string | ((jobId: string) => string) }[] = [
	{ name: 'Forside', path: '/' },
	{ name: 'Jobsøgning med resultater', path: '/job?v=1&q=p%C3%A6dagog' },
	{ name: 'Jobannonce', path: (jobId) => `/job/${jobId}` },
	{ name: 'Beregner', path: '/beregner' }
];

interface Row {
	page: string;
	requests: number;
	'JS+CSS KB': string;
	'page KB': string;
	'+ worker KB': string;
	'vs empty (JS+CSS / page / + worker)': string;
	/** The CV PDF's code and fonts load only when she asks for a PDF: never on a first visit. */
	'CV PDF files': number;
	/** A Danish visitor (no language chosen) downloads no other language's texts, page or worker. */
	'other languages': number;
	ok: string;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const times = (value: number) => `${value.toFixed(1)}×`;
const withWorker = (visit: FirstVisit) => visit.page + visit.worker;

const emptyBuild = buildEmptyApp();
const dataDir = mkdtempSync(join(tmpdir(), 'vj-bench-weight-'));
const server = await startProductionServer({ DATA_DIR: dataDir, SEED_JOB_COUNT: '2000' });
const build = await emptyBuild;
const empty = await startEmptyApp(build);
const browser = await chromium.launch(config.use?.launchOptions);
const rows: Row[] = [];
try {
	const { visit: reference } = await firstVisit(browser, `${empty.baseUrl}/`);
	rows.push({
		page: 'empty SvelteKit app (/)',
		requests: reference.requests,
		'JS+CSS KB': kb(reference.jsCss),
		'page KB': kb(reference.page),
		'+ worker KB': kb(withWorker(reference)),
		'vs empty (JS+CSS / page / + worker)': '',
		'CV PDF files': 0,
		'other languages': 0,
		ok: ''
	});
	const search = (await (await fetch(`${server.baseUrl}/api/v1/jobs?limit=1`)).json()) as {
		items: { id: string }[];
	};
	const jobId = search.items[0]?.id;
	if (!jobId) throw new Error('the app’s search found no open ad');
	for (const page of pages) {
		const path = typeof page.path === 'string' ? page.path : page.path(jobId);
		const { visit } = await firstVisit(browser, `${server.baseUrl}${path}`);
		const ratios = {
			jsCss: visit.jsCss / reference.jsCss,
			page: visit.page / reference.page,
			withWorker: withWorker(visit) / withWorker(reference)
		};
		const cvPdfFiles = visit.paths.filter(isCvPdfFile).length;
		const otherLanguages = visit.paths.filter((path) => /\/locale-(?!da\.)\w+\./.test(path)).length;
		const ok =
			ratios.jsCss <= BUDGET.jsCss &&
			ratios.page <= BUDGET.page &&
			ratios.withWorker <= BUDGET.withWorker &&
			cvPdfFiles === 0 &&
			otherLanguages === 0;
		rows.push({
			page: `${page.name} (${typeof page.path === 'string' ? decodeURIComponent(path) : '/job/{id}'})`,
			requests: visit.requests,
			'JS+CSS KB': kb(visit.jsCss),
			'page KB': kb(visit.page),
			'+ worker KB': kb(withWorker(visit)),
			'vs empty (JS+CSS / page / + worker)': `${times(ratios.jsCss)} / ${times(ratios.page)} / ${times(ratios.withWorker)}`,
			'CV PDF files': cvPdfFiles,
			'other languages': otherLanguages,
			ok: ok ? 'yes' : 'NO'
		});
	}
} finally {
	await browser.close();
	await empty.stop();
	await server.stop();
	build.remove();
	rmSync(dataDir, { recursive: true, force: true });
}

console.table(rows);
console.log(
	`Budgets (issue 18): JS+CSS ≤ ${BUDGET.jsCss}×, page ≤ ${BUDGET.page}×, page with the worker ≤ ${BUDGET.withWorker}× the empty app's; no CV PDF files; a Danish visitor fetches no other language's texts.`
);
if (rows.some((row) => row.ok === 'NO')) process.exitCode = 1;
