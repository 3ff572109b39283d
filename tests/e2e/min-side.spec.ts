import type { Page } from '@playwright/test';
import { expect, loginAs, test, waitForServiceWorker } from './fixtures';

/** The number in "3 job søgt i denne uge". */
async function weekCount(page: Page): Promise<number> {
	const text = await page.getByTestId('week-count').innerText();
	return Number(/\d+/.exec(text)![0]);
}

/** An ad she has not marked as applied for (an earlier run on the same server may have). */
async function openAdNotAppliedFor(page: Page) {
	await page.goto('/job?v=1&q=p%C3%A6dagog');
	const hrefs = await page
		.locator('.job-result-title')
		.evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
	const apply = page.getByRole('button', { name: 'Jeg har søgt' });
	for (const href of hrefs) {
		await page.goto(href);
		await expect(apply.or(page.locator('.applied-note'))).toBeVisible();
		if (await apply.isVisible()) return;
	}
	throw new Error('every ad on the first page is marked as applied for');
}

/** Her page as the rules give it: the situation line and which rules are shown. */
async function expectPage(page: Page, situation: string, shown: string[], hidden: string[]) {
	await expect(page.getByTestId('situation')).toHaveText(situation);
	for (const id of shown) await expect(page.locator(`[data-rule="${id}"]`)).toBeVisible();
	for (const id of hidden) await expect(page.locator(`[data-rule="${id}"]`)).toHaveCount(0);
}

test('Anna (dagpenge) sees her rules; logging an application counts at once; offline too', async ({
	page,
	context
}) => {
	await loginAs(page, 'anna');
	await waitForServiceWorker(page);
	const annaRules = ['weeklyApplication', 'cvOnJobnet', 'readyForWork', 'conversationRight'];
	await expectPage(page, 'Du får dagpenge.', annaRules, ['sickNoJobSearch', 'activityHelp']);
	await expect(page.getByRole('heading', { name: 'Det har du gjort' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Det sker snart' })).toBeVisible();
	// The seed gives her half a CV and signs her up 9 days ago, so her CV is due within two weeks of
	// it and "Det sker snart" takes her to /cv. (The CV specs write to anna's CV in the same run, so
	// its percent here is whatever they left; the seed's own 60 % is tested in demo-citizens.test.)
	await expect(page.getByTestId('cv-done')).toContainText(/\d+ %/);
	await expect(page.locator('[data-rule="cvOnJobnet"]')).toHaveAttribute('data-state', 'due');
	const cvSoon = page.locator('[data-soon="cvOnJobnet"]');
	await expect(cvSoon).toBeVisible();
	await expect(cvSoon.getByRole('link')).toHaveAttribute('href', '/cv');
	const before = await weekCount(page);

	// "Læs mere" opens the rule's longer text and its source.
	const weekly = page.locator('[data-rule="weeklyApplication"]');
	await weekly.getByText('Læs mere').click();
	await expect(weekly.getByRole('link', { name: 'Krifa a-kasse' })).toBeVisible();

	// She logs an application from an ad with no network, and comes back: the week's count has
	// moved on at once, from the phone's database (nothing has reached the jobcentre yet).
	await openAdNotAppliedFor(page);
	await context.setOffline(true);
	await page.getByRole('button', { name: 'Jeg har søgt' }).click();
	await expect(page.locator('.applied-note')).toBeVisible();
	await page.goto('/min-side');
	await expectPage(page, 'Du får dagpenge.', annaRules, []);
	await expect.poll(() => weekCount(page)).toBe(before + 1);
	await expect(page.locator('[data-rule="weeklyApplication"]')).toHaveAttribute(
		'data-state',
		'met'
	);
	await context.setOffline(false);
});

test('Sofie (sygedagpenge) sees the sick-leave rules and no job search, offline too', async ({
	page,
	context
}) => {
	await loginAs(page, 'sofie');
	await waitForServiceWorker(page);
	const shown = ['sickNoJobSearch', 'sickExpectedReturn', 'sickFollowUp', 'conversationRight'];
	const hidden = ['weeklyApplication', 'cvOnJobnet', 'readyForWork'];
	await expectPage(page, 'Du får sygedagpenge.', shown, hidden);
	await expect(page.getByTestId('week-count')).toHaveCount(0);
	await expect(page.locator('[data-rule="sickNoJobSearch"]')).toContainText(
		'Du skal ikke søge job, mens du er syg.'
	);

	await context.setOffline(true);
	await page.reload();
	await expectPage(page, 'Du får sygedagpenge.', shown, hidden);
	await context.setOffline(false);
});

/** The gain in kroner a result or an ad shows (exact, as computed), and its link. */
async function shownGain(scope: ReturnType<Page['locator']>) {
	const gain = scope.locator('.job-gain').first();
	await expect(gain).toBeVisible();
	await expect(gain).toContainText(/Med dette job får du/);
	return {
		kr: Number(await gain.getAttribute('data-gain-kr')),
		href: (await gain.getByRole('link', { name: 'Se hele beregningen' }).getAttribute('href'))!
	};
}

test('Mohammed (kontanthjælp) sees his rules, and on ads the gain /beregner gives; offline too', async ({
	page,
	context
}) => {
	await loginAs(page, 'mohammed');
	await waitForServiceWorker(page);
	await expectPage(
		page,
		'Du får kontanthjælp og er jobparat.',
		['weeklyApplication', 'readyForWork', 'conversationRight'],
		['cvOnJobnet', 'sickNoJobSearch']
	);

	await page.goto('/job?v=1&q=p%C3%A6dagog');
	const first = page.locator('.job-result').first();
	const inList = await shownGain(first);
	const adHref = (await first.locator('.job-result-title').getAttribute('href'))!;
	await page.goto(adHref);
	const onAd = await shownGain(page.locator('main'));
	expect(onAd).toEqual(inList);

	// The full calculation, filled in with his profile and the ad's hours and wage, says the same.
	await page.getByRole('link', { name: 'Se hele beregningen' }).click();
	const result = page.locator('#calc-result-heading');
	await expect(result).toBeVisible();
	const text = (await result.innerText()).replace(/\s+/g, ' ');
	const amount = Number(/([\d.]+) kr\./.exec(text)![1]!.replace(/\./g, ''));
	expect(amount).toBe(Math.abs(onAd.kr));
	expect(text).toContain(onAd.kr < 0 ? 'mindre' : 'mere');

	// Sorting by gain is his choice: the list then runs from the largest gain down.
	await page.goto('/job?v=1&q=p%C3%A6dagog');
	await page.getByLabel('Vis først de job, du får mest ud af').check();
	const gains = (await page
		.locator('.job-result .job-gain')
		.evaluateAll((nodes) =>
			nodes.map((node) => Number(node.getAttribute('data-gain-kr')))
		)) as number[];
	expect(gains.length).toBeGreaterThan(1);
	expect(gains).toEqual([...gains].sort((a, b) => b - a));

	// Offline: the ad (kept on the phone) shows the same gain, computed without the network.
	await context.setOffline(true);
	await page.goto(adHref);
	expect(await shownGain(page.locator('main'))).toEqual(onAd);
	await context.setOffline(false);
});

test(
	'Her CV’s progress on /cv is the percent Min side shows, read from the phone',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		// The phone and desktop projects run at once: each writes a CV of its own citizen (as cv.spec).
		await loginAs(page, test.info().project.name === 'phone' ? 'mohammed' : 'anna', '/cv');
		await expect(page.getByRole('heading', { level: 2, name: /Kontakt/ })).toBeVisible();
		await page.getByLabel('Navn', { exact: true }).fill(`Min side ${Date.now()}`);
		await page.getByLabel('E-mail', { exact: true }).fill('minside@eksempel.dk');
		const progress = page.getByText(/Klar til et søgbart CV: \d af \d dele/);
		await expect(progress).toBeVisible();
		const [, done, total] = /(\d) af (\d)/.exec(await progress.innerText())!;
		expect(Number(done)).toBeGreaterThanOrEqual(1);
		const percent = Math.round((Number(done) / Number(total)) * 100);
		// Autosaved on the phone and sent on.
		await expect(page.locator('.cv-status')).toHaveText('Sendt til jobcentret', {
			timeout: 20_000
		});

		await page.goto('/min-side');
		await expect(page.getByTestId('cv-done')).toContainText(`Dit CV er ${percent} % klar`);
	}
);
