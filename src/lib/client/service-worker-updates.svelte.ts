import type { Workbox } from 'workbox-window';

/** Registers our service worker and offers a waiting new version ("Ny version er klar — opdater"). */
export class ServiceWorkerUpdates {
	updateReady = $state(false);
	#workbox: Workbox | null = null;

	/** workbox-window is loaded only in the browser, after the page is interactive. */
	async register(dev: boolean) {
		if (!('serviceWorker' in navigator)) return;
		const { Workbox } = await import('workbox-window');
		this.#workbox = new Workbox('/service-worker.js', { type: dev ? 'module' : 'classic' });
		this.#workbox.addEventListener('waiting', () => {
			this.updateReady = true;
		});
		this.#workbox.addEventListener('controlling', (event) => {
			if (event.isUpdate) window.location.reload();
		});
		void this.#workbox.register();
	}

	/** Called after each client-side navigation, so a long-open app still learns of new versions. */
	checkForUpdate() {
		void this.#workbox?.update();
	}

	applyUpdate() {
		this.#workbox?.messageSkipWaiting();
	}
}
