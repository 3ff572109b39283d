import type { Workbox } from 'workbox-window';
import { hasSignedInHint } from '$lib/domain/signed-in-hint';
import { keepLoadedFiles, keepOfflineTier } from './keep-page';

/**
 * Resolves once the page has loaded and the browser is idle: the worker's install downloads what
 * is kept for offline use, and it must not compete with the first visit for a slow connection.
 */
function afterLoadAndIdle(): Promise<void> {
	return new Promise((resolve) => {
		const whenIdle = () => {
			if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 5000 });
			else setTimeout(resolve, 1000);
		};
		if (document.readyState === 'complete') whenIdle();
		else window.addEventListener('load', whenIdle, { once: true });
	});
}

/** Registers our service worker and offers a waiting new version ("Ny version er klar — opdater"). */
export class ServiceWorkerUpdates {
	updateReady = $state(false);
	#workbox: Workbox | null = null;

	/**
	 * workbox-window is loaded only after the page has loaded and the browser is idle; `registered`
	 * runs once the worker is (to ask it to keep the texts of the pages she may open offline), told
	 * whether this is a returning visit (the worker then keeps the other public pages too).
	 */
	async register(dev: boolean, registered?: (returning: boolean) => void) {
		if (!('serviceWorker' in navigator)) return;
		// Run by a worker already: not her first visit on this phone.
		const returning = Boolean(navigator.serviceWorker.controller);
		await afterLoadAndIdle();
		const { Workbox } = await import('workbox-window');
		this.#workbox = new Workbox('/service-worker.js', { type: dev ? 'module' : 'classic' });
		this.#workbox.addEventListener('waiting', () => {
			this.updateReady = true;
		});
		this.#workbox.addEventListener('controlling', (event) => {
			if (event.isUpdate) window.location.reload();
		});
		await this.#workbox.register({ immediate: true });
		keepLoadedFiles();
		// The first visit fetched only what this page and the offline page need; now the rest of the
		// public pages (job search, an ad, the calculator), so she can reach them offline too.
		if (returning) keepOfflineTier('public');
		registered?.(returning);
		// Signed in on this phone: keep her area for offline use too (after login, or a worker
		// installed before she signed in).
		if (hasSignedInHint(document.cookie)) keepOfflineTier('signed-in');
	}

	/** Called after each client-side navigation, so a long-open app still learns of new versions. */
	checkForUpdate() {
		void this.#workbox?.update();
	}

	applyUpdate() {
		this.#workbox?.messageSkipWaiting();
	}
}
