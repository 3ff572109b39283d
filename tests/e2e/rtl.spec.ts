import type { Locator, Page } from '@playwright/test';
import { expect, loginAs, test } from './fixtures';
import { useRightToLeft } from './right-to-left';

/**
 * Arabic reads right to left: the pages mirror (header start on the right, arrows pointing the
 * other way), nothing spills sideways, the calculator's chart keeps its labels apart, and axe
 * finds nothing (the fixture checks the page each test ends on). A screenshot of each page at
 * each size goes to test-results/rtl/ to be looked at.
 */

interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

async function screenshot(page: Page, name: string) {
	await page.screenshot({
		path: `test-results/rtl/${name}-${test.info().project.name}.png`,
		fullPage: true
	});
}

/**
 * Nothing wider than the page: the document does not scroll sideways, and no visible element
 * sticks out at either edge (right to left, what sticks out on the right cannot even be scrolled
 * to, and scrollWidth does not count it). Content inside its own scrolling box is that box's.
 */
async function expectNoSidewaysOverflow(page: Page) {
	const overflow = await page.evaluate(() => {
		const root = document.documentElement;
		const width = root.clientWidth;
		const scrollsItself = (element: Element) => {
			for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
				const overflowX = getComputedStyle(up).overflowX;
				if (overflowX !== 'visible') return true;
			}
			return false;
		};
		const sticking = [...document.body.querySelectorAll('*')]
			.filter((element) => {
				const box = element.getBoundingClientRect();
				if (box.width === 0 || box.height === 0) return false;
				if (box.left >= -1 && box.right <= width + 1) return false;
				return !scrollsItself(element) && getComputedStyle(element).visibility !== 'hidden';
			})
			.map((element) => {
				const box = element.getBoundingClientRect();
				return `${element.tagName.toLowerCase()}.${element.className} ${Math.round(box.left)}..${Math.round(box.right)}`;
			});
		return { scrollWidth: root.scrollWidth, clientWidth: width, sticking };
	});
	expect(overflow.sticking, 'elements outside the viewport').toEqual([]);
	expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
}

/** The header starts on the right: the logo hugs the right edge of the header's container. */
async function expectHeaderStartsOnTheRight(page: Page) {
	const viewport = page.viewportSize()!;
	const logo = (await page.locator('.portal-info .logo').boundingBox())!;
	const container = (await page.locator('.portal-info-inner').boundingBox())!;
	// The logo's box is wide (its picture sits at its start edge), so its right edge is what counts.
	expect(logo.x + logo.width, 'logo ends on the right').toBeGreaterThan(viewport.width * 0.75);
	const containerPadding = 16;
	expect(container.x + container.width - (logo.x + logo.width)).toBeLessThanOrEqual(
		containerPadding + 1
	);
}

async function expectMirrored(icon: Locator) {
	await expect(icon).toBeVisible();
	expect(await icon.evaluate((element) => getComputedStyle(element).transform)).toBe(
		'matrix(-1, 0, 0, 1, 0, 0)'
	);
}

function overlaps(a: Box, b: Box) {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test.beforeEach(async ({ page }) => {
	await useRightToLeft(page);
});

test('the front page mirrors: header from the right, nothing sideways', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expectHeaderStartsOnTheRight(page);
	await expectNoSidewaysOverflow(page);
	await screenshot(page, 'front');
});

test('job search: the "next page" arrow points left, the list reads from the right', async ({
	page
}) => {
	await page.goto('/job');
	await expect(page.locator('.job-result').first()).toBeVisible();
	await expectHeaderStartsOnTheRight(page);
	const next = page.locator('.job-paging a[rel=next]');
	const arrow = next.locator('.icon-directional');
	await expectMirrored(arrow);
	// The arrow ends the link: right to left, that is its left side.
	const link = (await next.boundingBox())!;
	const icon = (await arrow.boundingBox())!;
	expect(icon.x + icon.width / 2).toBeLessThan(link.x + link.width / 2);
	// A result's title starts at the right edge of the list, like the text around it.
	const title = (await page.locator('.job-result-title').first().boundingBox())!;
	const list = (await page.locator('.job-results').boundingBox())!;
	expect(list.x + list.width - (title.x + title.width)).toBeLessThan(2);
	await expectNoSidewaysOverflow(page);
	await screenshot(page, 'job');
});

test('calculator: the chart keeps its numeric axis left to right with no label on another', async ({
	page
}) => {
	await page.goto('/beregner');
	await page.getByLabel('Timer om ugen', { exact: true }).fill('20');
	await page.getByLabel('Timeløn før skat').fill('150');
	await page.getByLabel('Kontanthjælp', { exact: true }).check();
	await page.getByLabel('Forhøjet sats').check();
	await page.getByLabel('Din alder').fill('40');
	await page.getByLabel('Alene').check();
	await page.getByRole('button', { name: 'Beregn' }).click();
	const chart = page.locator('.gain-chart-canvas');
	await expect(chart.locator('svg')).toBeVisible();

	const labels = await chart.locator('text').evaluateAll((texts) =>
		texts.map((text) => ({
			text: text.textContent ?? '',
			...text.getBoundingClientRect().toJSON()
		}))
	);
	expect(labels.length).toBeGreaterThan(10);
	const clashes = labels.flatMap((a, i) =>
		labels
			.slice(i + 1)
			.filter((b) => overlaps(a, b))
			.map((b) => `"${a.text}" on "${b.text}"`)
	);
	expect(clashes).toEqual([]);
	// Deliberately left to right: hour 0 at the left, and the kr. labels left of the bars.
	const xTicks = labels.filter((label) => /^\d+$/.test(label.text));
	expect(xTicks.at(0)!.x).toBeLessThan(xTicks.at(-1)!.x);
	const firstBar = (await chart.locator('.gain-chart-bar').first().boundingBox())!;
	for (const label of labels.filter((l) => /kr\./.test(l.text) && l.y > firstBar.y - 30)) {
		expect(label.x, `"${label.text}" inside the chart`).toBeGreaterThanOrEqual(
			(await chart.boundingBox())!.x - 1
		);
	}
	await expectNoSidewaysOverflow(page);
	await screenshot(page, 'beregner');
});

test('CV editor: fields, dates and "Flyt op/ned" from the right, free text in its own direction', async ({
	page,
	context
}) => {
	await loginAs(page, 'anna', '/cv');
	await expect(page.getByRole('heading', { level: 2, name: /Kontakt/ })).toBeVisible();
	await expectHeaderStartsOnTheRight(page);
	const field = page.locator('.form-group', { has: page.locator('input[type=text]') }).first();
	const label = (await field.locator('.form-label').boundingBox())!;
	const input = (await field.locator('input').boundingBox())!;
	expect(Math.abs(label.x + label.width - (input.x + input.width))).toBeLessThan(20);
	await expect(field.locator('input')).toHaveAttribute('dir', 'auto');
	await expect(page.locator('input[type=email]').first()).toHaveAttribute('dir', 'ltr');
	await expectNoSidewaysOverflow(page);
	await screenshot(page, 'cv');

	// Two jobs, typed offline so they stay in this browser and never reach anna's server copy.
	await context.setOffline(true);
	await page
		.getByRole('navigation', { name: 'Dele af dit CV' })
		.getByRole('link', { name: 'Erhvervserfaring' })
		.click();
	for (const title of ['Lagermedarbejder', 'Pædagogmedhjælper']) {
		await page.getByRole('button', { name: 'Tilføj job' }).click();
		await page.getByLabel('Jobtitel', { exact: true }).last().fill(title);
		await page.getByLabel('Fra', { exact: true }).last().fill('2019-03');
	}
	const entry = page.locator('.cv-entry').first();
	const up = (await entry.getByRole('button', { name: /^Flyt op/ }).boundingBox())!;
	const down = (await entry.getByRole('button', { name: /^Flyt ned/ }).boundingBox())!;
	const card = (await entry.boundingBox())!;
	// The buttons line up from the right: "Flyt op" first, at the card's start (right) side.
	expect(up.x).toBeGreaterThan(down.x);
	expect(card.x + card.width - (up.x + up.width)).toBeLessThan(40);
	await expectNoSidewaysOverflow(page);
	await screenshot(page, 'cv-entries');
});

test('conversations: the booking steps point their arrows the Arabic way', async ({ page }) => {
	await loginAs(page, 'anna', '/samtaler');
	await expectHeaderStartsOnTheRight(page);
	await expectNoSidewaysOverflow(page);
	await screenshot(page, 'samtaler');
	await page.getByRole('button', { name: 'Book en samtale' }).click();
	await expectMirrored(page.getByRole('button', { name: 'Næste' }).locator('.icon-directional'));
	await page.getByLabel('Uddannelse').check();
	await page.getByRole('button', { name: 'Næste' }).click();
	await expectMirrored(page.getByRole('button', { name: 'Tilbage' }).locator('.icon-directional'));
	await expectNoSidewaysOverflow(page);
	await screenshot(page, 'samtaler-booking');
	await page.getByRole('button', { name: 'Fortryd' }).click();
});
