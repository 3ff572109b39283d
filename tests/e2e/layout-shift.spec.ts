import {
	layoutShifts,
	recordLayoutShifts,
	shiftScore,
	throttle,
	type LayoutShift
} from '../../bench/support/layout-shifts';
import { expect, test } from './fixtures';

/**
 * Nothing moves while a first visit loads (issue 18: CLS 0 on `/`, `/job`, `/job/{id}`), on a slow
 * phone: CPU slowed 4×, a slow network, fresh context. Counted as CLS counts (`shiftScore`): shifts
 * Chromium marks as just after input are left out. Causes fixed: the fonts swapping in (now
 * preloaded, `font-display: optional`) and the phone's filter disclosure giving way to the sheet's
 * button when /job starts (the button is now in the server's HTML).
 */
const describe = (shifts: LayoutShift[]) =>
	shifts
		.map(
			(shift) =>
				`${shift.value.toFixed(4)} at ${shift.time} ms${shift.hadRecentInput ? ' (after input)' : ''}: ` +
				shift.sources.map((s) => `${s.node} ${s.previous} → ${s.current}`).join('; ')
		)
		.join('\n');

async function expectNoShift(page: import('@playwright/test').Page, path: string) {
	await throttle(page);
	await recordLayoutShifts(page);
	await page.goto(path);
	const shifts = await layoutShifts(page);
	expect(shiftScore(shifts), `layout shifts on ${path}:\n${describe(shifts)}`).toBeLessThan(0.001);
}

test.describe('no layout shift while a page loads', () => {
	test.setTimeout(90_000);

	test('the front page', async ({ page }) => {
		await expectNoShift(page, '/');
	});

	test('the search page with results', async ({ page }, testInfo) => {
		await expectNoShift(page, '/job?v=1&q=p%C3%A6dagog');
		// The page did start (the shift check would pass on a page that never ran): wide screens
		// have the sidebar instead of the disclosure, phones the sheet's button, usable.
		if (testInfo.project.name === 'phone') {
			await expect(page.getByRole('button', { name: 'Filtre', exact: true })).toBeEnabled();
		} else {
			await expect(page.locator('.job-filters-details')).toHaveCount(0);
		}
	});

	test('an ad', async ({ page }) => {
		const jobs = (await (await page.request.get('/api/v1/jobs?q=p%C3%A6dagog&limit=1')).json()) as {
			items: { id: string }[];
		};
		const [ad] = jobs.items;
		expect(ad).toBeDefined();
		await expectNoShift(page, `/job/${ad!.id}`);
		await expect(page.locator('h1')).toBeVisible();
	});
});
