import { expect, type Page } from '@playwright/test';

export interface Focused {
	id: string;
	text: string;
	/** A focus indicator of at least 2 px (outline) or a box shadow is drawn. */
	visible: boolean;
	/** Shown on screen, not hidden behind a panel or in a closed dialog. */
	shown: boolean;
	inMenu: boolean;
}

/** What has focus now, by its accessible text (a field by its label); null for the body. */
export function focused(page: Page): Promise<Focused | null> {
	return page.evaluate(() => {
		const element = document.activeElement as HTMLElement | null;
		if (!element || element === document.body) return null;
		const style = getComputedStyle(element);
		const visible =
			(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
			style.boxShadow !== 'none';
		const label =
			(element as HTMLInputElement).labels?.[0]?.innerText ??
			(element.innerText || element.getAttribute('aria-label') || '');
		const box = element.getBoundingClientRect();
		const shown = element.checkVisibility() && box.width > 0 && box.height > 0;
		const inMenu = Boolean(element.closest('#mobile-drawer'));
		return { id: element.id, text: label.trim(), visible, shown, inMenu };
	});
}

/**
 * Presses Tab (or Shift+Tab) until the focused element has this text, checking at every stop that
 * focus is visible and on something shown. An element focused already counts without a press.
 */
export async function tabTo(page: Page, text: string, { back = false, maxPresses = 60 } = {}) {
	for (let press = 0; press <= maxPresses; press++) {
		const now = await focused(page);
		if (now) {
			expect(now.visible, `focus on "${now.text}" must be visible`).toBe(true);
			expect(now.shown, `focus on "${now.text}" must be on screen`).toBe(true);
			if (now.text === text) return;
		}
		await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
	}
	throw new Error(`Tab never reached "${text}"`);
}

/** After a page change focus starts over at the top: the next Tab is the skip link. */
export async function expectFocusStartsAtTop(page: Page) {
	await page.keyboard.press('Tab');
	expect((await focused(page))?.text).toBe('Gå til indhold');
}
