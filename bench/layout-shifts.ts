// Which elements shift while a page loads: `npm run bench layout-shifts`, or
// `npx tsx bench/layout-shifts.ts [<base-url> [path…]]` against a running server (`npm start`); without a
// base URL it builds and serves the app on a fresh PGlite with 2,000 ads. Each path is opened as a first
// visit at 390×844 with the CPU slowed 4× and a slow network (bench/support/layout-shifts.ts), and every
// layout shift is printed with its value and sources (element, rect before → after). CLS 0 is issue 18's
// target: the exit code is 1 when any page scores 0.001 or more (tests/e2e/layout-shift.spec.ts's bound).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import config from '../playwright.config';
import { layoutShifts, recordLayoutShifts, shiftScore, throttle } from './support/layout-shifts';
import { startProductionServer, type ProductionServer } from './support/production-server';

const LIMIT = 0.001;
const [given, ...paths] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
let server: ProductionServer | null = null;
const dataDir = given ? null : mkdtempSync(join(tmpdir(), 'vj-bench-shifts-'));
if (dataDir) server = await startProductionServer({ DATA_DIR: dataDir, SEED_JOB_COUNT: '2000' });
const base = given ?? server!.baseUrl;
let over = 0;
const browser = await chromium.launch(config.use?.launchOptions);
try {
	for (const path of paths.length ? paths : ['/', '/job', '/job?v=1&q=p%C3%A6dagog', '/beregner']) {
		const context = await browser.newContext({
			viewport: { width: 390, height: 844 },
			isMobile: true,
			hasTouch: true,
			deviceScaleFactor: 1.75,
			// Lighthouse's mobile user agent (moto g power).
			userAgent:
				'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
			locale: 'da-DK'
		});
		const page = await context.newPage();
		if (process.env.THROTTLE !== '0') await throttle(page);
		await recordLayoutShifts(page);
		await page.goto(new URL(path, base).href);
		const shifts = await layoutShifts(page);
		const score = shiftScore(shifts);
		if (score >= LIMIT) over++;
		console.log(
			`${path}: ${score.toFixed(4)} (${shifts.length} shifts)${score >= LIMIT ? ' ✗' : ' ✓'}`
		);
		for (const shift of shifts) {
			console.log(
				`  ${shift.value.toFixed(4)} at ${shift.time} ms${shift.hadRecentInput ? ' (input)' : ''}`
			);
			for (const s of shift.sources) console.log(`    ${s.node}: ${s.previous} → ${s.current}`);
		}
		await context.close();
	}
} finally {
	await browser.close();
	await server?.stop();
	if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
process.exit(over === 0 ? 0 : 1);
