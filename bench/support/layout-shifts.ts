// Layout shifts of a first visit, with each shift's sources, as the CLS audit sees them: a fresh
// phone-sized context (390×844), CPU slowed 4× and a slow network through CDP, the page watched by a
// buffered PerformanceObserver until it has been quiet for a while. Used by
// `npx tsx bench/layout-shifts.ts` and tests/e2e/layout-shift.spec.ts.
import type { Page } from '@playwright/test';

export interface ShiftSource {
	node: string;
	previous: string;
	current: string;
}

export interface LayoutShift {
	value: number;
	time: number;
	hadRecentInput: boolean;
	sources: ShiftSource[];
}

/** Slows the page as a mid-range phone on a slow network: 4× CPU, 150 ms RTT, 1.6 Mbit/s down. */
export async function throttle(page: Page, cpu = 4) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: 150,
		downloadThroughput: (1.6 * 1024 * 1024) / 8,
		uploadThroughput: (750 * 1024) / 8
	});
	return cdp;
}

/**
 * Records every shift from the start, before any of the page's own scripts run. A string, not a
 * function: tsx (esbuild, keeping names) would wrap a function's inner functions in a `__name` helper
 * that does not exist in the page.
 */
const RECORDER = `(() => {
	const shifts = [];
	window.__shifts = shifts;
	const describe = (node) => {
		if (!node) return '(gone)';
		if (!(node instanceof Element)) return node.nodeName;
		const id = node.id ? '#' + node.id : '';
		return node.localName + id + [...node.classList].map((name) => '.' + name).join('');
	};
	const rect = (r) =>
		Math.round(r.x) + ',' + Math.round(r.y) + ' ' + Math.round(r.width) + '×' + Math.round(r.height);
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			shifts.push({
				value: entry.value,
				time: Math.round(entry.startTime),
				hadRecentInput: entry.hadRecentInput,
				sources: entry.sources.map((source) => ({
					node: describe(source.node),
					previous: rect(source.previousRect),
					current: rect(source.currentRect)
				}))
			});
		}
	}).observe({ type: 'layout-shift', buffered: true });
})()`;

export async function recordLayoutShifts(page: Page) {
	await page.addInitScript(RECORDER);
}

/** The shifts so far, after `quietMs` without a new one (and at least until the load event). */
export async function layoutShifts(page: Page, quietMs = 2000): Promise<LayoutShift[]> {
	await page.waitForLoadState('load');
	let count = -1;
	for (;;) {
		const now = (await page.evaluate('window.__shifts.length')) as number;
		if (now === count) break;
		count = now;
		await page.waitForTimeout(quietMs);
	}
	return (await page.evaluate('window.__shifts')) as LayoutShift[];
}

/** What CLS counts: shifts without recent input (summed; a single page load is one session window). */
export function shiftScore(shifts: LayoutShift[]) {
	return shifts.filter((shift) => !shift.hadRecentInput).reduce((sum, s) => sum + s.value, 0);
}
