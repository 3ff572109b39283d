import type { Page } from '@playwright/test';
import { expect, loginAs, test } from './fixtures';

/**
 * Reflow (WCAG 1.4.10) with text spacing (1.4.12): at 320 CSS px, with the text-spacing overrides
 * a citizen's own style sheet may set, nothing may be wider than the screen, so nothing needs
 * sideways scrolling (or is cut off where the page blocks it). Something wide may scroll inside
 * its own region (a table in a ScrollRegion); that region must fit.
 */

test.use({ viewport: { width: 320, height: 640 } });

/** The WCAG 1.4.12 overrides, as the W3C's text-spacing bookmarklet sets them. */
const TEXT_SPACING = `
	* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
	p { margin-bottom: 2em !important; }
`;

/** Elements wider than the viewport, or sticking out of it, that no fitting scroll container clips. */
async function tooWide(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const viewport = document.documentElement.clientWidth;
		const fits = (rect: DOMRect) => rect.left >= -1 && rect.right <= viewport + 1;
		const name = (element: Element) =>
			`${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${
				typeof element.className === 'string' && element.className.trim()
					? `.${element.className.trim().split(/\s+/).join('.')}`
					: ''
			}`;
		const offenders: string[] = [];
		// Only the outermost element that sticks out: its children would repeat it.
		const reported = new Set<Element>();
		if (document.documentElement.scrollWidth > viewport + 1) {
			offenders.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px`);
		}
		for (const element of document.body.querySelectorAll('*')) {
			const rect = element.getBoundingClientRect();
			if (rect.width === 0 || rect.height === 0 || fits(rect)) continue;
			// Entirely off screen (a closed drawer, the skip link before it gets focus): not shown.
			if (rect.right <= 0 || rect.left >= viewport) continue;
			const style = getComputedStyle(element);
			if (style.visibility === 'hidden') continue;
			// Visually hidden text for screen readers (.sr-only) is 1 px and clipped.
			if (style.position === 'absolute' && rect.width <= 1) continue;
			let clipped = false;
			for (let parent = element.parentElement; parent && parent !== document.body;) {
				if (getComputedStyle(parent).overflowX !== 'visible') {
					clipped = fits(parent.getBoundingClientRect());
					break;
				}
				parent = parent.parentElement;
			}
			let inReported = false;
			for (let parent = element.parentElement; parent && !inReported;) {
				inReported = reported.has(parent);
				parent = parent.parentElement;
			}
			if (!clipped && !inReported) {
				reported.add(element);
				offenders.push(
					`${name(element)} ${Math.round(rect.left)}–${Math.round(rect.right)} px: "${(
						element as HTMLElement
					).innerText
						?.trim()
						.slice(0, 40)}"`
				);
			}
		}
		return offenders;
	});
}

async function withTextSpacing(page: Page) {
	await page.addStyleTag({ content: TEXT_SPACING });
	// Let layout and ResizeObservers settle.
	await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
}

async function expectReflow(page: Page, label: string) {
	expect(await tooWide(page), `${label} at 320 px`).toEqual([]);
	await withTextSpacing(page);
	expect(await tooWide(page), `${label} at 320 px with text spacing`).toEqual([]);
}

/** The calculator answered and every disclosure open: the breakdown tables and the chart's table. */
async function calculatorWithBreakdown(page: Page) {
	await page.goto(
		'/beregner?v=1&timer=20&timeloen=150&ydelse=kontanthjaelp&sats=forhoejet&alder=40&husstand=enlig&beregn=1'
	);
	await expect(page.getByRole('heading', { level: 2, name: /Du får/ })).toBeVisible();
	await page.getByText('Se hvordan vi har regnet').click();
	await page.getByText('Vis tallene som tabel').click();
	await expect(page.getByRole('table', { name: 'Med jobbet (kr. om måneden)' })).toBeVisible();
}

test('public pages reflow at 320 px with text spacing', async ({ page }) => {
	for (const path of ['/', '/job', '/job?q=lager', '/beregner', '/tilgaengelighed', '/logget-ud']) {
		await page.goto(path);
		await expectReflow(page, path);
	}
	// An ad, reached as a citizen does: from the results.
	await page.goto('/job?q=lager');
	await page.locator('main a[href^="/job/"]').first().click();
	await page.waitForURL(/\/job\/[^/?]+$/);
	await expectReflow(page, 'a job ad');
});

test('the calculator reflows at 320 px: the breakdown open, dagpenge, errors', async ({ page }) => {
	await calculatorWithBreakdown(page);
	await expectReflow(page, 'the calculator with the breakdown open');

	await page.goto('/beregner?v=1&ydelse=dagpenge&forsikring=fuldtid&satsperiode=uge');
	await expect(page.getByLabel('Dine dagpenge før skat')).toBeVisible();
	await expectReflow(page, 'the calculator on dagpenge');

	await page.goto('/beregner');
	await page.getByRole('button', { name: 'Beregn' }).click();
	await expect(page.getByRole('heading', { name: /fejl i dine svar/ })).toBeVisible();
	await expectReflow(page, 'the calculator with errors');
});

test('a breakdown table that is still too wide scrolls in its own labelled, focusable region', async ({
	page
}) => {
	await calculatorWithBreakdown(page);
	await withTextSpacing(page);
	// Twice the text size makes the table wider than the screen: it must scroll inside itself.
	await page.addStyleTag({ content: '.breakdown-table { font-size: 200% !important; }' });
	const region = page.getByRole('region', { name: 'Med jobbet (kr. om måneden)' });
	await expect(region).toHaveAttribute('tabindex', '0');
	expect(await tooWide(page)).toEqual([]);
	await region.focus();
	for (let press = 0; press < 5; press++) await page.keyboard.press('ArrowRight');
	await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
});

test('signed-in pages reflow at 320 px with text spacing', async ({ page }) => {
	await loginAs(page, 'anna', '/min-side');
	for (const path of ['/min-side', '/joblog', '/cv', '/samtaler', '/sygemeldt', '/profil']) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expectReflow(page, path);
	}
});
