import type { BrowserContext, Page } from '@playwright/test';

/**
 * Records what the page's live regions say: each time one's text becomes something new and not
 * empty (a region inserted with text in it counts too). The sync bar and the shell's announcer
 * (`[data-announcer]`, which says how sending went) are left out: they follow the network, not the
 * action, and live-regions.spec.ts counts them.
 */
export async function recordAnnouncements(page: Page) {
	await page.addInitScript(() => {
		const said: string[] = [];
		const last = new WeakMap<Element, string>();
		(window as unknown as { said: string[] }).said = said;
		const check = () => {
			for (const region of document.querySelectorAll('[role=status],[role=alert],[aria-live]')) {
				if (region.closest('.status-bar, [data-announcer]')) continue;
				const text = (region.textContent ?? '').replace(/\s+/g, ' ').trim();
				if (text && text !== last.get(region)) said.push(text);
				last.set(region, text);
			}
		};
		new MutationObserver(check).observe(document, {
			subtree: true,
			childList: true,
			characterData: true
		});
	});
}

/** What was announced since the last call (and forgets it). */
export async function announced(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const said = (window as unknown as { said: string[] }).said;
		return said.splice(0, said.length);
	});
}

/** Joblog requests of one method the phone makes (page or service worker). */
export function countRequests(context: BrowserContext, method: string) {
	const seen: string[] = [];
	context.on('request', (request) => {
		if (request.method() === method && request.url().includes('/api/v1/me/joblog/'))
			seen.push(request.url());
	});
	return seen;
}
