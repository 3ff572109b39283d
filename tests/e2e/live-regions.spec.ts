import type { Page } from '@playwright/test';
import { expect, loginAs, test } from './fixtures';

/**
 * Records what screen readers would announce from the app's shell (live regions outside the page's
 * main content): each time a region's text changes to a new, non-empty text, or a region appears
 * with text in it.
 */
async function recordAnnouncements(page: Page) {
	await page.addInitScript(() => {
		const log: string[] = [];
		const last = new WeakMap<Element, string>();
		(window as unknown as { announcements: string[] }).announcements = log;
		const live = '[aria-live], [role="status"], [role="alert"], [role="log"]';
		const note = (region: Element | null) => {
			if (!region || region.closest('main')) return;
			const text = (region.textContent ?? '').replace(/\s+/g, ' ').trim();
			if (text && text !== last.get(region)) log.push(text);
			last.set(region, text);
		};
		new MutationObserver((mutations) => {
			for (const mutation of mutations) {
				const target =
					mutation.target instanceof Element ? mutation.target : mutation.target.parentElement;
				note(target?.closest(live) ?? null);
				for (const node of mutation.addedNodes) {
					if (node instanceof Element) node.querySelectorAll(live).forEach(note);
					if (node instanceof Element && node.matches(live)) note(node);
				}
			}
		}).observe(document, { subtree: true, childList: true, characterData: true });
	});
}

async function announcedSince(page: Page, from: number): Promise<string[]> {
	return page.evaluate((from) => {
		return (window as unknown as { announcements: string[] }).announcements.slice(from);
	}, from);
}

const count = (page: Page) =>
	page.evaluate(() => (window as unknown as { announcements: string[] }).announcements.length);

async function addJoblogEntry(page: Page, title: string) {
	await page.getByLabel('Stilling').fill(title);
	await page.getByLabel('Arbejdsgiver').fill('Testfirma ApS');
	await page.getByRole('button', { name: 'Gem i joblog' }).click();
}

test('the sync outcome of each change is announced once, online and offline', async ({
	page,
	context
}, testInfo) => {
	await recordAnnouncements(page);
	await loginAs(page, 'mohammed', '/joblog');
	const bar = page.locator('.status-bar-text');
	const token = `${testInfo.project.name}-${Date.now().toString(36)}`;

	// Online: waiting, sending and "all sent at hh:mm" on screen, one announcement.
	let from = await count(page);
	await addJoblogEntry(page, `Lagermedarbejder ${token} A`);
	await expect(bar).toContainText('Alt er sendt');
	await page.waitForTimeout(1_500);
	expect(await announcedSince(page, from)).toEqual(['Dine ændringer er sendt til jobcentret.']);

	// Offline: going offline is said once; the change kept on the phone once.
	from = await count(page);
	await context.setOffline(true);
	await expect(bar).toContainText('Du er offline');
	await addJoblogEntry(page, `Lagermedarbejder ${token} B`);
	await expect(bar).toContainText('1 ændring venter');
	await page.waitForTimeout(1_500);
	expect(await announcedSince(page, from)).toEqual([
		'Du er offline. Det, du laver, gemmes på telefonen.',
		'Du er offline. 1 ændring venter og bliver sendt, når du er online igen.'
	]);

	// Back online: once that she is, once that it was sent.
	from = await count(page);
	await context.setOffline(false);
	await expect(bar).toContainText('Alt er sendt');
	await page.waitForTimeout(1_500);
	expect(await announcedSince(page, from)).toEqual([
		'Du er online igen.',
		'Dine ændringer er sendt til jobcentret.'
	]);
});

test('"Synkroniser nu" keeps her focus on the button while it syncs', async ({ page }) => {
	await loginAs(page, 'mohammed', '/joblog');
	await addJoblogEntry(page, `Lagermedarbejder ${Date.now().toString(36)} sync`);
	const button = page.getByRole('button', { name: 'Synkroniser nu' });
	await button.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('.status-bar-text')).toContainText('Alt er sendt');
	// A disabled button would have dropped focus to the body while the pass ran.
	await expect(button).toBeFocused();
});
