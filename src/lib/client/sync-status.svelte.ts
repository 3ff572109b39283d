import type { SyncChannel, SyncEngine, SyncFailure, SyncMessage, SyncSnapshot } from './sync';
import { SYNC_CHANNEL } from './sync';

/**
 * What the header shows about sync. Fed by this tab's engine and, through the `vj-sync`
 * BroadcastChannel, by whichever tab is syncing.
 */
export class SyncStatus {
	online = $state(true);
	pending = $state(0);
	failedCount = $state(0);
	failures = $state.raw<SyncFailure[]>([]);
	lastSyncedAt = $state<string | null>(null);
	syncing = $state(false);
	needsLogin = $state(false);

	#engine: SyncEngine | null = null;
	#channel: SyncChannel | null = null;

	/** Starts listening; returns the function that stops it. */
	connect(
		options: {
			engine?: SyncEngine | null;
			channel?: SyncChannel | null;
			events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | null;
		} = {}
	): () => void {
		const cleanups: (() => void)[] = [];
		this.#engine = options.engine ?? null;
		if (this.#engine) cleanups.push(this.#engine.subscribe((snapshot) => this.apply(snapshot)));

		const ownsChannel = options.channel === undefined && typeof BroadcastChannel !== 'undefined';
		const channel =
			options.channel === undefined
				? ownsChannel
					? new BroadcastChannel(SYNC_CHANNEL)
					: null
				: options.channel;
		this.#channel = channel;
		if (channel) {
			const onMessage = (event: MessageEvent) => {
				const message = event.data as SyncMessage | null;
				if (message?.type === 'synced') this.apply(message);
			};
			channel.addEventListener('message', onMessage);
			cleanups.push(() => {
				channel.removeEventListener('message', onMessage);
				if (ownsChannel) channel.close?.();
			});
		}

		const events =
			options.events === undefined
				? typeof window === 'undefined'
					? null
					: window
				: options.events;
		if (events) {
			if (typeof navigator !== 'undefined') this.online = navigator.onLine !== false;
			const online = () => (this.online = true);
			const offline = () => (this.online = false);
			events.addEventListener('online', online);
			events.addEventListener('offline', offline);
			cleanups.push(() => {
				events.removeEventListener('online', online);
				events.removeEventListener('offline', offline);
			});
		}
		return () => {
			for (const cleanup of cleanups) cleanup();
			this.#engine = null;
			this.#channel = null;
		};
	}

	apply(update: Partial<SyncSnapshot>) {
		if (update.online !== undefined) this.online = update.online;
		if (update.pending !== undefined) this.pending = update.pending;
		if (update.failedCount !== undefined) this.failedCount = update.failedCount;
		if (update.failures !== undefined) this.failures = update.failures;
		if (update.lastSyncedAt !== undefined) this.lastSyncedAt = update.lastSyncedAt;
		if (update.syncing !== undefined) this.syncing = update.syncing;
		if (update.needsLogin !== undefined) this.needsLogin = update.needsLogin;
	}

	/** Syncs in this tab, or asks the syncing tab to. */
	async syncNow(): Promise<void> {
		if (this.#engine) await this.#engine.syncNow();
		else this.#channel?.postMessage({ type: 'sync-request' } satisfies SyncMessage);
	}
}

let persistRequest: Promise<boolean> | null = null;

/**
 * Asks the browser to keep this origin's storage under pressure (so an unsent joblog entry is not
 * evicted). Once per page life; call it after login. Resolves to whether storage is persistent.
 */
export function requestPersistentStorage(): Promise<boolean> {
	persistRequest ??= (async () => {
		try {
			const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
			if (await storage?.persisted?.()) return true;
			return (await storage?.persist?.()) ?? false;
		} catch {
			return false;
		}
	})();
	return persistRequest;
}
