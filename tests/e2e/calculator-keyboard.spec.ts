import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { focused } from './focus';

/**
 * The calculator with the keyboard only (desktop; the phone project skips *keyboard.spec): an
 * empty "Beregn" gives an error summary with focus on it, its links lead into the fields, and a
 * corrected form gives the result with focus on its heading. Focus is asserted, and must be
 * visible, after every action.
 */

async function expectFocusOn(page: Page, expected: { id?: string; text?: string | RegExp }) {
	const now = await focused(page);
	expect(now, 'something has focus').not.toBeNull();
	if (expected.id !== undefined) expect(now?.id).toBe(expected.id);
	if (expected.text !== undefined) expect(now?.text).toMatch(expected.text);
	expect(now?.visible, `focus on "${now?.text.slice(0, 40)}" must be visible`).toBe(true);
}

/** Presses Tab (or `key`) until the element with this accessible text has focus; every stop shows focus. */
async function tabTo(page: Page, text: string, key = 'Tab', maxPresses = 60) {
	for (let press = 0; press <= maxPresses; press++) {
		const now = await focused(page);
		if (now) {
			expect(now.visible, `focus on "${now.text.slice(0, 40)}" must be visible`).toBe(true);
			if (now.text === text) return;
		}
		await page.keyboard.press(key);
	}
	throw new Error(`${key} never reached "${text}"`);
}

test('keyboard only: the calculator with errors, then a result', async ({ page }) => {
	await page.goto('/beregner');

	// 1. An empty "Beregn": the error summary gets focus and names each answer that is missing.
	await tabTo(page, 'Beregn');
	await page.keyboard.press('Enter');
	const summary = page.locator('#calc-error-summary');
	await expect(summary).toBeVisible();
	await expect(summary.getByRole('heading', { level: 2 })).toHaveText('Der er 5 fejl i dine svar');
	await expectFocusOn(page, { id: 'calc-error-summary' });
	await expect(summary.getByRole('link')).toHaveText([
		'Timer om ugen: Skriv et svar.',
		'Timeløn før skat: Skriv lønnen.',
		'Hvad får du nu? Vælg et svar.',
		'Din alder: Skriv et svar.',
		'Bor du alene eller sammen med en partner? Vælg et svar.'
	]);
	// It does not point at a colour.
	await expect(page.getByText(/rødt/)).toHaveCount(0);

	// 2. Its first link leads into the hours field.
	await page.keyboard.press('Tab');
	await expectFocusOn(page, { text: 'Timer om ugen: Skriv et svar.' });
	await page.keyboard.press('Enter');
	await expectFocusOn(page, { id: 'calc-hours', text: 'Timer om ugen' });
	await page.keyboard.type('20');

	// 3. A link to a group of choices focuses its first choice.
	await tabTo(page, 'Hvad får du nu? Vælg et svar.', 'Shift+Tab');
	await page.keyboard.press('Enter');
	await expectFocusOn(page, { id: 'calc-benefit-kontanthjaelp', text: 'Kontanthjælp' });
	await page.keyboard.press('Space');
	await expect(page.getByLabel('Kontanthjælp', { exact: true })).toBeChecked();

	// 4. The rest of the form, by Tab, arrow keys and typing.
	await tabTo(page, 'Mindstesats');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(page.getByLabel('Forhøjet sats')).toBeChecked();
	await expectFocusOn(page, { text: 'Forhøjet sats' });
	await tabTo(page, 'Din alder');
	await page.keyboard.type('40');
	await tabTo(page, 'Alene');
	await page.keyboard.press('Space');
	await expect(page.getByLabel('Alene')).toBeChecked();
	// The wage is still missing: the summary now lists only that.
	await expect(summary.getByRole('link')).toHaveText(['Timeløn før skat: Skriv lønnen.']);
	await tabTo(page, 'Timeløn før skat: Skriv lønnen.', 'Shift+Tab');
	await page.keyboard.press('Enter');
	await expectFocusOn(page, { id: 'calc-wage', text: 'Timeløn før skat' });
	await page.keyboard.type('150');
	await expect(summary).toHaveCount(0);

	// 5. "Beregn" again: the result heading has focus, visibly.
	await tabTo(page, 'Beregn');
	await page.keyboard.press('Enter');
	const result = page.getByRole('heading', { level: 2, name: /Du får\s+[\d.]+\s+kr\.\s+mere/ });
	await expect(result).toBeVisible();
	await expectFocusOn(page, { id: 'calc-result-heading' });
});

test('the result heading shows focus after a mouse click on "Beregn" too', async ({ page }) => {
	await page.goto(
		'/beregner?v=1&timer=20&timeloen=150&ydelse=kontanthjaelp&sats=forhoejet&alder=40&husstand=enlig'
	);
	await page.getByRole('button', { name: 'Beregn' }).click();
	await expect(page.locator('#calc-result-heading')).toBeFocused();
	await expectFocusOn(page, { id: 'calc-result-heading' });
});
