// Which elements shift while a page loads: `npx tsx bench/layout-shifts.ts <base-url> [path…]`, against a
// running production server (`npm start`). Each path is opened as a first visit at 390×844 with the CPU
// slowed 4× and a slow network (bench/support/layout-shifts.ts), and every layout shift is printed with
// its value and sources (element, rect before → after). CLS 0 is issue 18's target.
import { chromium } from '@playwright/test';
import config from '../playwright.config';
import { layoutShifts, recordLayoutShifts, shiftScore, throttle } from './support/layout-shifts';

const [base, ...paths] = process.argv.slice(2);
if (!base) throw new Error('usage: npx tsx bench/layout-shifts.ts <base-url> [path…]');
const browser = await chromium.launch(config.use?.launchOptions);
try {
	for (const path of paths.length ? paths : ['/', '/job', '/job?v=1&q=p%C3%A6dagog']) {
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
		console.log(`${path}: ${shiftScore(shifts).toFixed(4)} (${shifts.length} shifts)`);
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
}
