// The public pages beside an empty SvelteKit app, on a cheap phone: `npm run bench lighthouse`
// (or `npx tsx bench/lighthouse.ts [--runs=3] [--routes=/,/job] [--report-only] [--no-lighthouse]`).
// `--no-lighthouse` leaves Lighthouse out (its score, TBT, CLS and simulated LCP show as –, and
// count as neither met nor missed): only the bytes, the offline starts and the server time.
//
// Two servers on this machine, both production builds served with the same compression middleware
// (compression's defaults, threshold 1 KB, over adapter-node with precompressed static files):
// - the app, built from this tree (`startProductionServer`: `vite build`, `scripts/serve.js`) on a
//   fresh PGlite seeded with 2,000 ads;
// - the empty app: `bench/empty-app/` (one page with a heading and a paragraph, and a worker that
//   precaches its build, its static files and `/` with workbox-precaching), built on this repo's
//   node_modules, so with the same SvelteKit, Svelte, Vite, adapter-node and Workbox.
// Each app route is compared with the empty app's `/`, measured in the same run. Every number is
// the median of `--runs` runs (default 3); in each run the empty app and the app's routes are
// measured one after the other, so a machine busy with other work slows both alike.
//
// Definitions (first visit = a fresh browser profile or context: empty HTTP cache, no service worker):
// - JS+CSS: transferred bytes (compressed body + response headers) of the first visit's responses
//   whose content type is JavaScript or CSS. Counted by `firstVisit` (bench/support/first-visit.ts)
//   in Playwright's Chromium at 390×844, until the worker is active and the network quiet.
// - page bytes: all the first visit's transferred bytes the page asks for (HTML, CSS, JS, fonts,
//   images, API answers), also those after the load event; the service worker's own fetches excluded.
// - + service-worker precache: page bytes plus the worker's script (compressed body) plus every
//   request the worker makes while installing and activating, vs the same sum for the empty app.
// - Lighthouse: Lighthouse 13.5's mobile performance score (0–100), Total Blocking Time and
//   Cumulative Layout Shift, from the five metrics the score weighs (FCP, Speed Index, LCP, TBT,
//   CLS; diagnostics left out, which would double a run's time), default mobile settings (simulated
//   throttling: 150 ms RTT, 1.6 Mbit/s down, 4× CPU slowdown; moto g power user agent and density
//   1.75) except the screen: Lighthouse's default is 412×823, we emulate 390×844 as the e2e phone.
//   Chromium /usr/bin/chromium, new headless; storage reset before each run, so a first visit.
// - offline repeat start LCP (`/`, `/job`): right after that route's counted first visit (the worker
//   active, its precache complete, the network quiet), in the same Playwright context: offline, with the CPU slowed 4×
//   (as Lighthouse's mobile), reload; the Largest Contentful Paint read with a PerformanceObserver
//   (its last entry, ms from navigation start). Reference: the empty app and its precaching worker.
// - server time: time to first byte (response headers) of `/job` as a browser asks for it
//   (Accept-Encoding br, gzip) vs the empty app's `/`, from Node on the same machine, 5 requests
//   each per run after one unmeasured request, median over all runs.
// Targets (issue 18), on `/`, `/job`, `/job/{id}`, `/beregner`; `/job?q=pædagog` is shown with its
// marks in parentheses and does not fail the bench. The exit code is 1 if a target is missed, unless
// `--report-only`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import config from '../playwright.config';
import { buildEmptyApp, startEmptyApp } from './support/empty-app';
import { firstVisit, type FirstVisit } from './support/first-visit';
import { startProductionServer } from './support/production-server';

const started = performance.now();
const LIGHTHOUSE_VERSION = '13.5.0';
/** Lighthouse is installed on demand, not as a devDependency (README, design notes). */
const LIGHTHOUSE_DIR = process.env.LIGHTHOUSE_DIR ?? join(homedir(), '.cache/vj-lighthouse');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The same flags the e2e tests start Chromium with (no network beyond localhost here). */
const CHROME_FLAGS = ['--headless=new', ...(config.use?.launchOptions?.args ?? [])];
const PHONE = { width: 390, height: 844 };
const SCORED_METRICS = [
	'first-contentful-paint',
	'largest-contentful-paint',
	'total-blocking-time',
	'cumulative-layout-shift',
	'speed-index'
];
const TTFB_REQUESTS = 5;

const TARGETS = {
	jsCss: 2,
	page: 3,
	withWorker: 4,
	/** Lighthouse score at least the empty app's minus this. */
	scoreBelowEmpty: 3,
	tbt: 2,
	offlineLcp: 1.3
};

interface Route {
	label: string;
	/** Without a target: shown, not failing the bench. */
	informative?: boolean;
	/** The path; `/job/{id}`'s is known once the server runs. */
	path: (jobId: string) => string;
	offline?: boolean;
}

const ALL_ROUTES: Route[] = [
	{ label: '/', path: () => '/', offline: true },
	{ label: '/job', path: () => '/job', offline: true },
	{
		label: '/job?q=pædagog',
		path: () => `/job?q=${encodeURIComponent('pædagog')}`,
		informative: true
	},
	{ label: '/job/{id}', path: (id) => `/job/${id}` },
	{ label: '/beregner', path: () => '/beregner' }
];

function option(name: string): string | undefined {
	const args = process.argv.slice(2);
	const index = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
	if (index < 0) return undefined;
	const arg = args[index]!;
	return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : (args[index + 1] ?? '');
}

const runs = Number(option('runs') ?? 3);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number ≥ 1');
const wantedRoutes = option('routes')?.split(',');
const routes = ALL_ROUTES.filter((route) => !wantedRoutes || wantedRoutes.includes(route.label));
if (routes.length === 0) {
	throw new Error(`--routes: none of ${ALL_ROUTES.map((route) => route.label).join(', ')}`);
}
const reportOnly = process.argv.includes('--report-only');
const withLighthouse = !process.argv.includes('--no-lighthouse');

const log = (message: string) =>
	console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

// ---------------------------------------------------------------- Lighthouse, on demand

interface LighthouseResult {
	lhr: {
		lighthouseVersion: string;
		runtimeError?: { message: string };
		categories: { performance: { score: number | null } };
		audits: Record<string, { numericValue?: number }>;
	};
}
type RunLighthouse = (url: string, flags: object) => Promise<LighthouseResult | undefined>;
interface LaunchedChrome {
	port: number;
	kill(): void | Promise<void>;
}
type LaunchChrome = (options: {
	chromePath: string;
	chromeFlags: string[];
}) => Promise<LaunchedChrome>;

function installedLighthouse(): string | undefined {
	const manifest = join(LIGHTHOUSE_DIR, 'node_modules/lighthouse/package.json');
	if (!existsSync(manifest)) return undefined;
	return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

async function loadLighthouse(): Promise<{ lighthouse: RunLighthouse; launch: LaunchChrome }> {
	if (installedLighthouse() !== LIGHTHOUSE_VERSION) {
		log(`installing lighthouse@${LIGHTHOUSE_VERSION} from the npm registry into ${LIGHTHOUSE_DIR}`);
		const install = spawnSync(
			'npm',
			[
				'i',
				'--prefix',
				LIGHTHOUSE_DIR,
				'--no-save',
				'--no-audit',
				'--no-fund',
				`lighthouse@${LIGHTHOUSE_VERSION}`
			],
			{ stdio: ['ignore', 'ignore', 'inherit'] }
		);
		if (install.status !== 0) throw new Error('npm could not install Lighthouse');
	}
	const modules = join(LIGHTHOUSE_DIR, 'node_modules');
	const lighthouse = (await import(
		pathToFileURL(join(modules, 'lighthouse/core/index.js')).href
	)) as {
		default: RunLighthouse;
	};
	const launcher = (await import(
		pathToFileURL(join(modules, 'chrome-launcher/dist/index.js')).href
	)) as {
		launch: LaunchChrome;
	};
	return { lighthouse: lighthouse.default, launch: launcher.launch };
}

let lighthouseVersion = '';

interface LighthouseRun {
	score: number;
	tbt: number;
	cls: number;
	lcp: number;
}

async function lighthouseRun(
	run: RunLighthouse,
	port: number,
	url: string
): Promise<LighthouseRun> {
	const result = await run(url, {
		port,
		output: 'json',
		logLevel: 'error',
		// The five metrics the performance score weighs, so the same score; the rest (diagnostics,
		// insights, the full-page screenshot, the back/forward cache test) would double each run's time.
		onlyAudits: SCORED_METRICS,
		disableFullPageScreenshot: true,
		formFactor: 'mobile',
		screenEmulation: { mobile: true, ...PHONE, deviceScaleFactor: 1.75, disabled: false }
	});
	if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
	const { lhr } = result;
	lighthouseVersion = lhr.lighthouseVersion;
	if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
	const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
	return {
		score: Math.round((lhr.categories.performance.score ?? NaN) * 100),
		tbt: audit('total-blocking-time'),
		cls: audit('cumulative-layout-shift'),
		lcp: audit('largest-contentful-paint')
	};
}

// ---------------------------------------------------------------- offline start and server time

/** After a first visit (the worker active, its precache complete): the LCP of an offline reload. */
async function offlineStartLcp(page: Page, context: BrowserContext): Promise<number> {
	await context.setOffline(true);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.reload({ waitUntil: 'load' });
	await page.waitForTimeout(500);
	return await page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				setTimeout(() => reject(new Error('no largest-contentful-paint entry')), 5000);
				new PerformanceObserver((list) => {
					const last = list.getEntries().at(-1);
					if (last) resolve(last.startTime);
				}).observe({ type: 'largest-contentful-paint', buffered: true });
			})
	);
}

/** A first visit's bytes and, for a page measured offline, its offline repeat start's LCP. */
async function visitInto(samples: Samples, url: string, offline: boolean) {
	const { visit, then } = await firstVisit(browser, url, offline ? offlineStartLcp : undefined);
	samples.visits.push(visit);
	if (then !== undefined) samples.offlineLcp.push(then);
}

/** Milliseconds until the response headers arrive. */
function timeToFirstByte(url: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const start = performance.now();
		request(url, { headers: { 'accept-encoding': 'br, gzip' } }, (response) => {
			const elapsed = performance.now() - start;
			response.resume();
			response.on('end', () => resolve(elapsed));
			response.on('error', reject);
		})
			.on('error', reject)
			.end();
	});
}

// ---------------------------------------------------------------- the runs

interface Samples {
	lighthouse: LighthouseRun[];
	visits: FirstVisit[];
	offlineLcp: number[];
}
const newSamples = (): Samples => ({ lighthouse: [], visits: [], offlineLcp: [] });

/** NaN for no values (Lighthouse left out). */
function median(values: number[]): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

log('building the app and the empty app');
const emptyBuild = buildEmptyApp();
const dataDir = mkdtempSync(join(tmpdir(), 'vj-bench-lighthouse-'));
const app = await startProductionServer({ DATA_DIR: dataDir, SEED_JOB_COUNT: '2000' });
const cleanup: (() => unknown)[] = [
	() => app.stop(),
	() => rmSync(dataDir, { recursive: true, force: true })
];
const empty = await emptyBuild.then(async (build) => {
	cleanup.push(() => build.remove());
	const server = await startEmptyApp(build);
	cleanup.unshift(() => server.stop());
	return server;
});
const { lighthouse, launch } = withLighthouse
	? await loadLighthouse()
	: { lighthouse: undefined, launch: undefined };
const chrome = launch && (await launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS }));
if (chrome) cleanup.unshift(() => chrome.kill());
const browser = await chromium.launch(config.use?.launchOptions);
cleanup.unshift(() => browser.close());

const emptySamples = newSamples();
const routeSamples = new Map(routes.map((route) => [route.label, newSamples()]));
const ttfb = { empty: [] as number[], job: [] as number[] };
try {
	const search = (await (await fetch(`${app.baseUrl}/api/v1/jobs?limit=1`)).json()) as {
		items: { id: string }[];
	};
	const jobId = search.items[0]?.id;
	if (!jobId) throw new Error('the app’s search found no open ad');
	const emptyUrl = `${empty.baseUrl}/`;
	const appUrl = (route: Route) => `${app.baseUrl}${route.path(jobId)}`;

	for (let run = 1; run <= runs; run++) {
		if (lighthouse && chrome) {
			log(`run ${run}/${runs}: Lighthouse`);
			const measure = (url: string) => lighthouseRun(lighthouse, chrome.port, url);
			emptySamples.lighthouse.push(await measure(emptyUrl));
			for (const route of routes)
				routeSamples.get(route.label)!.lighthouse.push(await measure(appUrl(route)));
		}

		log(`run ${run}/${runs}: first visits, offline starts, server time`);
		await visitInto(emptySamples, emptyUrl, true);
		for (const route of routes) {
			await visitInto(routeSamples.get(route.label)!, appUrl(route), route.offline ?? false);
		}
		const jobUrl = `${app.baseUrl}/job`;
		await timeToFirstByte(emptyUrl);
		await timeToFirstByte(jobUrl);
		for (let i = 0; i < TTFB_REQUESTS; i++) {
			ttfb.empty.push(await timeToFirstByte(emptyUrl));
			ttfb.job.push(await timeToFirstByte(jobUrl));
		}
	}
} finally {
	for (const step of cleanup) await step();
}

// ---------------------------------------------------------------- the table

interface Medians {
	jsCss: number;
	page: number;
	withWorker: number;
	score: number;
	tbt: number;
	cls: number;
	lcp: number;
	offlineLcp: number;
	requests: number;
	workerRequests: number;
}

function medians(samples: Samples): Medians {
	const ofVisits = (pick: (visit: FirstVisit) => number) => median(samples.visits.map(pick));
	const ofLighthouse = (pick: (run: LighthouseRun) => number) =>
		median(samples.lighthouse.map(pick));
	return {
		jsCss: ofVisits((visit) => visit.jsCss),
		page: ofVisits((visit) => visit.page),
		withWorker: ofVisits((visit) => visit.page + visit.worker),
		requests: ofVisits((visit) => visit.requests),
		workerRequests: ofVisits((visit) => visit.workerRequests),
		score: ofLighthouse((run) => run.score),
		tbt: ofLighthouse((run) => run.tbt),
		cls: ofLighthouse((run) => run.cls),
		lcp: ofLighthouse((run) => run.lcp),
		offlineLcp: samples.offlineLcp.length ? median(samples.offlineLcp) : NaN
	};
}

/** app ÷ empty; 0 ÷ 0 is 1 (the same), something ÷ 0 is infinite. */
const ratio = (value: number, reference: number) =>
	reference === 0 ? (value === 0 ? 1 : Infinity) : value / reference;
const times = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)}×` : '∞×');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${Math.round(value)} ms`;
/** Not measured (no offline start, or Lighthouse left out). */
const orDash = (value: number, show: (value: number) => string) =>
	Number.isNaN(value) ? '–' : show(value);

const reference = medians(emptySamples);
let missed = 0;
/** A cell with its mark; a miss on a targeted route fails the bench. */
function cell(route: Route, text: string, met: boolean, measured = true): string {
	if (!measured) return '–';
	if (route.informative) return `${text} (${met ? '✓' : '✗'})`;
	if (!met) missed++;
	return `${text} ${met ? '✓' : '✗'}`;
}

const header = [
	'route',
	'JS+CSS vs empty',
	'page bytes vs empty',
	'+ service-worker precache',
	withLighthouse ? `Lighthouse (empty: ${reference.score})` : 'Lighthouse',
	'TBT vs empty',
	'CLS',
	'offline repeat start LCP vs empty'
];
const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
const details = [
	'| route | JS+CSS | page (requests) | worker script + its fetches (requests) | Lighthouse | TBT | CLS | LCP (simulated) | offline LCP |',
	'|---|---|---|---|---|---|---|---|---|'
];
const detailRow = (label: string, m: Medians) =>
	`| ${label} | ${kb(m.jsCss)} | ${kb(m.page)} (${m.requests}) | ${kb(m.withWorker - m.page)} (${m.workerRequests}) | ${orDash(m.score, String)} | ${orDash(m.tbt, ms)} | ${orDash(m.cls, (cls) => cls.toFixed(3))} | ${orDash(m.lcp, ms)} | ${orDash(m.offlineLcp, ms)} |`;
details.push(detailRow('empty app `/`', reference));
for (const route of routes) {
	const m = medians(routeSamples.get(route.label)!);
	const jsCss = ratio(m.jsCss, reference.jsCss);
	const page = ratio(m.page, reference.page);
	const withWorker = ratio(m.withWorker, reference.withWorker);
	const tbt = ratio(m.tbt, reference.tbt);
	const offline = ratio(m.offlineLcp, reference.offlineLcp);
	lines.push(
		`| ${[
			`\`${route.label}\``,
			cell(route, times(jsCss), jsCss <= TARGETS.jsCss),
			cell(route, times(page), page <= TARGETS.page),
			cell(route, times(withWorker), withWorker <= TARGETS.withWorker),
			cell(
				route,
				String(m.score),
				m.score >= reference.score - TARGETS.scoreBelowEmpty,
				withLighthouse
			),
			cell(route, times(tbt), tbt <= TARGETS.tbt, withLighthouse),
			cell(route, m.cls.toFixed(3), m.cls.toFixed(3) === '0.000', withLighthouse),
			route.offline ? cell(route, times(offline), offline <= TARGETS.offlineLcp) : '–'
		].join(' | ')} |`
	);
	details.push(detailRow(`\`${route.label}\``, m));
}

const serverTime =
	routes.some((route) => route.label === '/job') &&
	`\`/job\`'s server time (time to first byte, median of ${ttfb.job.length}): ${times(ratio(median(ttfb.job), median(ttfb.empty)))} the empty page's (${median(ttfb.job).toFixed(1)} ms vs ${median(ttfb.empty).toFixed(1)} ms).`;
const chromiumVersion = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout.trim();
console.log(
	[
		'',
		`Medians of ${runs} run${runs === 1 ? '' : 's'}; ${chromiumVersion}, ${withLighthouse ? `Lighthouse ${lighthouseVersion} mobile (simulated throttling)` : 'without Lighthouse (--no-lighthouse)'}, ${PHONE.width}×${PHONE.height}.`,
		'',
		...lines,
		'',
		...(serverTime ? [serverTime, ''] : []),
		`Targets (issue 18; \`/job?q=pædagog\` in parentheses, without a target): JS+CSS ≤ ${TARGETS.jsCss}×, page bytes ≤ ${TARGETS.page}×, first visit incl. the worker ≤ ${TARGETS.withWorker}×, Lighthouse ≥ empty − ${TARGETS.scoreBelowEmpty}, TBT ≤ ${TARGETS.tbt}×, CLS 0, offline repeat start LCP ≤ ${TARGETS.offlineLcp}×.`,
		'',
		'Absolute medians:',
		'',
		...details,
		'',
		`${missed === 0 ? 'Every target met' : `${missed} target${missed === 1 ? '' : 's'} missed`}; the bench took ${((performance.now() - started) / 1000).toFixed(0)} s.`
	].join('\n')
);
if (missed > 0 && !reportOnly) process.exitCode = 1;
