import type { Page } from '@playwright/test';

/**
 * Shows every page of this browser page right to left, as in Arabic: `<html dir="rtl" lang="ar">`,
 * set before the app's scripts run and held there if anything sets it back. The layout checks in
 * rtl.spec need the direction, not the words: with the Danish texts kept, they find what they
 * measure by the names every other spec uses. Real Arabic (the `lang=ar` cookie, `dir` set by the
 * server) is checked by the axe sweep in accessibility.spec, which also keeps Arabic screenshots.
 */
export async function useRightToLeft(page: Page) {
	await page.addInitScript(() => {
		const force = () => {
			const root = document.documentElement;
			if (root.dir !== 'rtl') root.dir = 'rtl';
			if (root.lang !== 'ar') root.lang = 'ar';
		};
		const watch = () => {
			force();
			new MutationObserver(force).observe(document.documentElement, {
				attributes: true,
				attributeFilter: ['dir', 'lang']
			});
		};
		if (document.documentElement) watch();
		else document.addEventListener('readystatechange', watch, { once: true });
	});
}
