import type { Page } from '@playwright/test';

/**
 * Shows every page of this browser page right to left, as in Arabic: `<html dir="rtl" lang="ar">`,
 * set before the app's scripts run and held there if anything sets it back. The one place the RTL
 * specs choose the direction: once the server sets `<html lang dir>` from the `lang` cookie, this
 * becomes `page.context().addCookies([{ name: 'lang', value: 'ar', url: baseURL }])`.
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
