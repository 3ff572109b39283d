import { expect, test, waitForHydration } from './fixtures';
import type { Page } from '@playwright/test';

const PAEDAGOG = '/job?v=1&q=p%C3%A6dagog';

test('search with Danish stemming, open an ad, and come back to the same results', async ({
	page
}) => {
	await page.goto('/job');
	await page.getByLabel('Søg efter job').fill('sygeplejersker');
	await page.getByRole('button', { name: 'Søg', exact: true }).click();
	await expect(page).toHaveURL(/[?&]q=sygeplejersker/);
	await expect(page).toHaveURL(/[?&]v=1/);
	await expect(page.getByRole('status').filter({ hasText: /job fundet/ })).toBeVisible();

	// Stemming: the plural query finds ads titled with the singular.
	const first = page
		.locator('.job-result-title')
		.filter({ hasText: /sygeplejerske/i })
		.first();
	await expect(first).toBeVisible();
	const title = (await first.textContent())!.trim();
	await first.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

	await page.goBack();
	await expect(page.getByLabel('Søg efter job')).toHaveValue('sygeplejersker');
	await expect(page.locator('.job-result-title').filter({ hasText: title }).first()).toBeVisible();
});

/** The result count as the page shows it ("1.234"), once the page has loaded. */
async function shownTotal(page: Page): Promise<string> {
	const status = page.getByRole('status').filter({ hasText: /job fundet/ });
	await expect(status).toBeVisible();
	return /^([\d.]+) job fundet$/.exec((await status.textContent())!.trim())![1]!;
}

/** "Deltid (1.234)" -> "1.234": the facet count shown next to a value. */
async function facetCount(page: Page, label: RegExp): Promise<string> {
	const text = (await page.locator('label').filter({ hasText: label }).textContent())!.trim();
	return /\(([\d.]+)\)$/.exec(text)![1]!;
}

async function expectOnlyPartTime(page: Page) {
	const metas = await page.locator('.job-result-meta').allTextContents();
	expect(metas.length).toBeGreaterThan(0);
	for (const meta of metas) expect(meta).toMatch(/Deltid\s*$/);
}

// The layout follows the width, so each layout sets its own; the phone project runs only its own.
test.describe('wide screen', { tag: '@desktop-only' }, () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test('desktop: filter by hours in the sidebar; the count shown is the count found', async ({
		page
	}) => {
		await page.goto(PAEDAGOG);
		const all = await shownTotal(page);
		const sidebar = page.getByRole('complementary', { name: 'Filtre' });
		await expect(sidebar).toBeVisible();
		// "Alle" counts every hours value: the same as the search without an hours filter.
		expect(await facetCount(page, /^Alle \(/)).toBe(all);
		await expect(sidebar.getByRole('button', { name: `Vis ${all} job` })).toBeVisible();

		const part = await facetCount(page, /^Deltid \(/);
		await sidebar.getByLabel(/^Deltid/).check();
		// The button follows the choice before it is applied.
		await sidebar.getByRole('button', { name: `Vis ${part} job` }).click();
		await expect(page).toHaveURL(/[?&]hours=part/);
		expect(await shownTotal(page)).toBe(part);
		await expectOnlyPartTime(page);
		await expect(page.getByRole('link', { name: 'Fjern filter: Deltid' })).toBeVisible();
		// The choice stays chosen, and focus stayed on the button that applied it.
		await expect(sidebar.getByLabel(/^Deltid/)).toBeChecked();
		await expect(sidebar.getByRole('button', { name: `Vis ${part} job` })).toBeFocused();
	});
});

test.describe('phone screen', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('phone: filter by hours in the sheet; the count shown is the count found', async ({
		page
	}) => {
		await page.goto(PAEDAGOG);
		const all = await shownTotal(page);
		await expect(page.getByRole('complementary', { name: 'Filtre' })).toHaveCount(0);
		const open = page.getByRole('button', { name: 'Filtre', exact: true });
		const sheet = page.getByRole('dialog', { name: 'Filtre' });

		// Opens with focus inside, closes on Escape with focus back on the button.
		await open.click();
		await expect(sheet).toBeVisible();
		await expect(sheet.getByRole('button', { name: 'Luk' })).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(sheet).toBeHidden();
		await expect(open).toBeFocused();

		await open.click();
		await expect(sheet.getByRole('button', { name: `Vis ${all} job` })).toBeVisible();
		const part = await facetCount(page, /^Deltid \(/);
		await sheet.getByLabel(/^Deltid/).check();
		await sheet.getByRole('button', { name: `Vis ${part} job` }).click();
		await expect(sheet).toBeHidden();
		await expect(page).toHaveURL(/[?&]hours=part/);
		expect(await shownTotal(page)).toBe(part);
		await expectOnlyPartTime(page);
		// The button now says how many filters are on.
		await expect(page.getByRole('button', { name: 'Filtre (1 valgt)' })).toBeFocused();

		// The close button closes it too, and nothing changes.
		await page.getByRole('button', { name: 'Filtre (1 valgt)' }).click();
		await sheet.getByRole('button', { name: 'Luk' }).click();
		await expect(sheet).toBeHidden();
		await expect(page).toHaveURL(/[?&]hours=part/);
	});

	test('phone: new words keep the filters chosen, before the sheet has ever been opened', async ({
		page
	}) => {
		await page.goto('/job?v=1&q=p%C3%A6dagog&hours=part');
		// The sheet's fields are built when it first opens; until then the server's fields are the form's.
		await expect(page.getByRole('button', { name: 'Filtre (1 valgt)' })).toBeEnabled();
		await page.getByLabel('Søg efter job').fill('tømrer');
		await page.getByRole('button', { name: 'Søg', exact: true }).click();
		await expect(page).toHaveURL(/[?&]q=t%C3%B8mrer/);
		await expect(page).toHaveURL(/[?&]hours=part/);
		await page.getByRole('button', { name: 'Filtre (1 valgt)' }).click();
		await expect(page.getByRole('dialog', { name: 'Filtre' }).getByLabel(/^Deltid/)).toBeChecked();
	});
});

test(
	'active filters are chips that remove one filter each, and "Nulstil filtre" removes all',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		await page.goto(`${PAEDAGOG}&municipality=751&hours=full`);
		await expect(page.getByRole('list', { name: 'Valgte filtre' }).getByRole('link')).toHaveText([
			'Fjern filter: Aarhus',
			'Fjern filter: Fuldtid'
		]);
		const both = Number((await shownTotal(page)).replace(/\./g, ''));

		await page.getByRole('link', { name: 'Fjern filter: Aarhus' }).click();
		await expect(page).not.toHaveURL(/municipality=/);
		await expect(page).toHaveURL(/[?&]hours=full/);
		await expect(page).toHaveURL(/[?&]q=p%C3%A6dagog/);
		await expect(page.getByRole('link', { name: 'Fjern filter: Aarhus' })).toHaveCount(0);
		// Focus moves to the chip that took its place, not to the top of the page.
		await expect(page.getByRole('link', { name: 'Fjern filter: Fuldtid' })).toBeFocused();
		expect(Number((await shownTotal(page)).replace(/\./g, ''))).toBeGreaterThanOrEqual(both);

		await page.locator('.filter-chips').getByRole('link', { name: 'Nulstil filtre' }).click();
		await expect(page).toHaveURL(/\/job\?v=1&q=p%C3%A6dagog$/);
		await expect(page.getByRole('list', { name: 'Valgte filtre' })).toHaveCount(0);
	}
);

test(
	'a radius without a postal code is explained next to the radius field',
	{ tag: '@desktop-only' },
	async ({ page }, testInfo) => {
		await page.goto('/job?v=1&q=p%C3%A6dagog&radiusKm=5');
		const message = 'Vælg et postnummer for at søge inden for en afstand';
		// The summary above the results names the field.
		await expect(page.getByRole('alert')).toContainText(`Afstand: ${message}`);
		if (testInfo.project.name === 'phone') {
			await page.getByRole('button', { name: 'Filtre (1 valgt)' }).click();
		}
		const radius = page.getByLabel('Afstand');
		await expect(radius).toHaveValue('5');
		await expect(radius).toHaveAttribute('aria-invalid', 'true');
		await expect(radius).toHaveAccessibleDescription(new RegExp(message));
		const group = page.locator('.form-group.form-error', { has: radius });
		await expect(group.locator('#search-radiusKm-error')).toHaveText(`Fejl: ${message}`);
		await expect(group.locator('#search-radiusKm-error')).toBeVisible();

		// Picking a postal code fixes it.
		await page.getByLabel('Postnummer').fill('8000');
		await expect(page.getByText('Aarhus C', { exact: true })).toBeVisible();
		await page.getByRole('button', { name: /^Vis .*job$/ }).click();
		await expect(page).toHaveURL(/postalCode=8000&radiusKm=5/);
		await shownTotal(page);
		await expect(
			page.getByRole('link', { name: 'Fjern filter: 8000 Aarhus C, op til 5 km' })
		).toBeVisible();
	}
);

test(
	'a filter value the search cannot use is shown next to its field, not an error page',
	{ tag: '@desktop-only' },
	async ({ page }, testInfo) => {
		await page.goto('/job?v=1&hours=sometimes');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Job');
		if (testInfo.project.name === 'phone') {
			await page.getByRole('button', { name: /^Filtre/ }).click();
		}
		await expect(page.locator('#search-hours-error')).toBeVisible();
		await expect(page.getByRole('group', { name: 'Arbejdstid' })).toHaveAccessibleDescription(
			/Skal være full/
		);
	}
);

test.describe('without JavaScript', { tag: '@desktop-only' }, () => {
	test.use({ javaScriptEnabled: false });

	test('the filters are a plain GET form', async ({ page, a11y }, testInfo) => {
		a11y.skip(
			'axe runs in the page, which needs JavaScript; the same markup is checked with it on'
		);
		await page.goto(PAEDAGOG);
		await shownTotal(page);
		if (testInfo.project.name === 'phone') {
			// Phones: a disclosure instead of the sheet.
			await page.locator('summary', { hasText: 'Filtre' }).click();
		}
		await page.getByLabel(/^Deltid/).check();
		await page.getByRole('button', { name: 'Vis job' }).click();
		await expect(page).toHaveURL(/[?&]hours=part/);
		await shownTotal(page);
		await expectOnlyPartTime(page);
		await expect(page.getByRole('link', { name: 'Fjern filter: Deltid' })).toBeVisible();
	});
});

test.describe('while the next results load', { tag: '@desktop-only' }, () => {
	// page.route sees the page's own requests only when no service worker answers them.
	test.use({ serviceWorkers: 'block' });

	test('the count says so and the old results are marked busy', async ({ page }) => {
		await page.goto(`${PAEDAGOG}&hours=full`);
		await shownTotal(page);
		let release: () => void = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route(
			(url) => url.pathname === '/api/v1/jobs' && !url.searchParams.has('hours'),
			async (route) => {
				await held;
				await route.continue();
			}
		);
		await page.getByRole('link', { name: 'Fjern filter: Fuldtid' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Søger …' })).toBeVisible();
		await expect(page.getByRole('region', { name: 'Resultater' })).toHaveAttribute(
			'aria-busy',
			'true'
		);
		release();
		await shownTotal(page);
		await expect(page.getByRole('region', { name: 'Resultater' })).toHaveAttribute(
			'aria-busy',
			'false'
		);
		await expect(page).not.toHaveURL(/hours=/);
	});
});

test(
	'words typed before the page has loaded its script are kept',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		// Holds the app's script back, as a slow phone connection does, while the citizen types.
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_app/immutable/entry/**', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto('/job', { waitUntil: 'domcontentloaded' });
		await page.getByLabel('Søg efter job').fill('tømrer');
		release();
		// Once the page runs, the server-rendered filter disclosure gives way to the sidebar or sheet.
		await expect(page.locator('.job-filters-details')).toHaveCount(0);
		await expect(page.getByLabel('Søg efter job')).toHaveValue('tømrer');
		await page.getByRole('button', { name: 'Søg', exact: true }).click();
		await expect(page).toHaveURL(/[?&]q=t%C3%B8mrer/);
	}
);

test(
	'an ad keeps the line breaks of its text: a list from an imported ad shows one item a line',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		const items = ['Fast løn efter overenskomst', 'Frokostordning', 'Fleksible arbejdstider'];
		await page.route('**/api/v1/jobs/*', async (route) => {
			const response = await route.fetch();
			const ad = (await response.json()) as { description: string };
			ad.description = `Vi tilbyder:\n${items.map((item) => `- ${item}`).join('\n')}\n\nSøg i dag.`;
			await route.fulfill({ response, json: ad });
		});
		await page.goto(PAEDAGOG);
		// Opened from the results, the ad is fetched by the browser, through the route above; a tap
		// before the script runs would load the server's page, which the route does not reach.
		await waitForHydration(page);
		await page.locator('.job-result-title').first().click();
		const list = page.locator('p').filter({ hasText: 'Vi tilbyder:' });
		await expect(list).toBeVisible();
		expect(await list.evaluate((p) => (p as HTMLElement).innerText)).toBe(
			['Vi tilbyder:', ...items.map((item) => `- ${item}`)].join('\n')
		);
		await expect(page.locator('p').filter({ hasText: 'Søg i dag.' })).toBeVisible();
	}
);

test(
	'an abbreviation finds the ads and the list names the Danish words searched',
	{ tag: '@desktop-only' },
	async ({ page }) => {
		await page.goto('/job');
		await page.getByLabel('Søg efter job').fill('sosu');
		await page.getByRole('button', { name: 'Søg', exact: true }).click();
		await expect(page).toHaveURL(/[?&]q=sosu/);
		await expect(
			page
				.locator('.job-result-title')
				.filter({ hasText: /social- og sundheds/i })
				.first()
		).toBeVisible();
		const also = page.locator('.job-search-also');
		await expect(also).toContainText('Vi søgte også efter:');
		await expect(also.locator('[lang="da"]')).toContainText('social- og sundhedsassistent');
		// Words typed in full Danish need no such line.
		await page.goto(PAEDAGOG);
		await expect(page.locator('.job-result-title').first()).toBeVisible();
		await expect(page.locator('.job-search-also')).toHaveCount(0);
	}
);
