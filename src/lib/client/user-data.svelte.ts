import { openUserDb, type UserDb } from './db';
import { documentResolver } from './document-store';
import { entityAdapters } from './entity-adapters';
import { onEnqueued } from './outbox';
import { BACKGROUND_SYNC_TAG, SYNC_CHANNEL, SyncEngine, type SyncMessage } from './sync';
import { requestPersistentStorage, SyncStatus } from './sync-status.svelte';

/**
 * The signed-in citizen's local data: her IndexedDB, the sync engine that sends her outbox, and the
 * status the header shows. `revision` changes whenever local data may have changed, so pages re-read.
 */
export class UserData {
	db = $state.raw<UserDb | null>(null);
	revision = $state(0);
	readonly status = new SyncStatus();
	#userId: string | null = null;
	#engine: SyncEngine | null = null;
	#cleanups: (() => void)[] = [];

	get engine() {
		return this.#engine;
	}

	async open(userId: string): Promise<void> {
		if (this.#userId === userId) return;
		await this.close();
		this.#userId = userId;
		const db = await openUserDb(userId);
		const engine = new SyncEngine(db, { adapters: entityAdapters });
		this.#engine = engine;
		this.#cleanups = [
			this.status.connect({ engine }),
			engine.subscribe(() => this.revision++),
			onEnqueued(() => {
				this.revision++;
				void requestBackgroundSync();
			}),
			onSyncedElsewhere(() => this.revision++),
			...this.#resolveStaleDocuments(db, engine)
		];
		this.db = db;
		await engine.start();
		void requestPersistentStorage();
	}

	// --- Documents edited on two devices (document-store.ts) -------------------------------------------
	/**
	 * A PUT of a document (sick leave, CV) refused as stale (412) is merged with the other device's
	 * changes and sent again, or kept as a conflict for the citizen to choose; looked at whenever the
	 * failures may have changed (this engine, another tab or the service worker).
	 */
	#resolveStaleDocuments(db: UserDb, engine: SyncEngine): (() => void)[] {
		const resolve = documentResolver(db, engine, () => this.revision++);
		resolve();
		return [
			engine.subscribe((snapshot) => {
				if (snapshot.failedCount > 0) resolve();
			}),
			onSyncedElsewhere(resolve)
		];
	}
	// ---------------------------------------------------------------------------------------------------

	/** After a new login the outbox that waited during an expired session is sent. */
	resume() {
		this.#engine?.resumeAfterLogin();
		void this.#engine?.syncNow();
	}

	/** Stops syncing before the database is erased, so the engine never writes to a closed database. */
	async close(): Promise<void> {
		await this.#engine?.stop();
		for (const cleanup of this.#cleanups) cleanup();
		this.#cleanups = [];
		this.db?.close();
		this.db = null;
		this.#engine = null;
		this.#userId = null;
	}
}

/**
 * Asks the browser to wake the service worker when the network is back (Background Sync, where the
 * browser has it), so the outbox is sent even if the citizen has closed the app by then.
 */
async function requestBackgroundSync() {
	if (!('serviceWorker' in navigator)) return;
	const registration = (await navigator.serviceWorker.getRegistration()) as
		(ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }) | undefined;
	await registration?.sync?.register(BACKGROUND_SYNC_TAG).catch(() => {});
}

/** Another tab or the service worker synced this database: what the page shows may be stale. */
function onSyncedElsewhere(callback: () => void): () => void {
	if (typeof BroadcastChannel === 'undefined') return () => {};
	const channel = new BroadcastChannel(SYNC_CHANNEL);
	channel.onmessage = (event: MessageEvent<SyncMessage>) => {
		if (event.data?.type === 'synced') callback();
	};
	return () => channel.close();
}
