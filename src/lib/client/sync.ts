import { z } from 'zod';
import type { Problem } from '../domain/api/schemas';
import {
	BroadcastLeaderLock,
	defaultLockProvider,
	defaultSleep,
	type LockProvider,
	type Sleep,
	type SyncChannel
} from './sync-locks';
import { request, send, type Answer, type FetchLike } from './sync-transport';
import type {
	EntityName,
	LocalStoreName,
	OutboxItem,
	StoredDocument,
	UserDb,
	UserStoreName
} from './db';
import {
	backoffDelay,
	firstToSend,
	looseStore,
	nextToSend,
	onEnqueued,
	type WriteTx
} from './outbox';

export * from './sync-locks';
export type { FetchLike } from './sync-transport';

/** How the engine stores what the server says about one kind of entity. */
export interface EntityAdapter {
	store: LocalStoreName;
	/** The server's representation → the local value, or null to leave the local copy alone. */
	parse(data: unknown): unknown;
}

export interface SyncFailure {
	seq: number;
	entity: EntityName;
	entityId: string;
	entityKey: string;
	method: OutboxItem['method'];
	path: string;
	problem: Problem;
}

export interface SyncSnapshot {
	online: boolean;
	/** Items waiting to be sent (not failed). */
	pending: number;
	failedCount: number;
	failures: SyncFailure[];
	lastSyncedAt: string | null;
	syncing: boolean;
	needsLogin: boolean;
	/** When the next item to send is retried (epoch ms), if it is backing off. */
	nextAttemptAt: number | null;
	lastError: string | null;
}

/** Sent on the `vj-sync` BroadcastChannel. */
export type SyncMessage =
	| {
			type: 'synced';
			pending: number;
			failedCount: number;
			lastSyncedAt: string | null;
			failures: SyncFailure[];
			needsLogin: boolean;
	  }
	| { type: 'sync-request' };

export type PassOutcome =
	/** Outbox empty and the delta pull done. */
	| 'idle'
	/** The head item backs off until `nextAttemptAt`. */
	| 'waiting'
	/**
	 * All else is sent and pulled, but an item failed for good: the citizen must discard or retry
	 * it; until then the later changes of that entity wait.
	 */
	| 'failed'
	| 'needs-login'
	/** Outbox empty but the pull did not get through. */
	| 'pull-failed'
	/** Another tab holds the sync lock. */
	| 'skipped';

export interface PassResult {
	outcome: PassOutcome;
	sent: number;
	pulled: number;
	nextAttemptAt: number | null;
}

export interface SyncEngineOptions {
	fetch?: FetchLike;
	now?: () => number;
	random?: () => number;
	sleep?: Sleep;
	locks?: LockProvider;
	/** `vj-sync` channel; null for none. Defaults to a new BroadcastChannel when available. */
	channel?: SyncChannel | null;
	adapters?: Partial<Record<string, EntityAdapter>>;
	/** Prefix for request paths (tests: 'http://fake'). */
	baseUrl?: string;
	requestTimeoutMs?: number;
	baseDelayMs?: number;
	maxDelayMs?: number;
	/** While items wait or another tab syncs: how often this tab looks again. */
	pollIntervalMs?: number;
	/** With nothing to send: how often the delta feed is pulled. */
	idlePullIntervalMs?: number;
	changesPath?: string;
	/** Listen to `online`/`offline` on this target (default: window when present). */
	events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | null;
}

export const SYNC_CHANNEL = 'vj-sync';
/** The Background Sync tag under which the service worker replays the outbox. */
export const BACKGROUND_SYNC_TAG = 'vj-outbox';
export const SYNC_LOCK = 'vj-sync';
export const CHANGES_CURSOR = 'changesCursor';
export const LAST_SYNCED_AT = 'lastSyncedAt';

const changePageSchema = z.object({
	changes: z.array(
		z.object({
			entity: z.string(),
			id: z.string(),
			op: z.enum(['upsert', 'delete']),
			data: z.unknown().optional(),
			version: z.number()
		})
	),
	cursor: z.string(),
	hasMore: z.boolean()
});

/**
 * Replays the outbox to the server in `seq` order, then pulls the delta feed. All state lives in
 * IndexedDB, so a new engine (a reload, another tab) carries on where the last one stopped.
 */
export class SyncEngine {
	private readonly fetch: FetchLike;
	private readonly now: () => number;
	private readonly random: () => number;
	private readonly sleep: Sleep;
	private readonly locks: LockProvider;
	private readonly channel: SyncChannel | null;
	private readonly ownsChannel: boolean;
	private readonly ownsLocks: boolean;
	private readonly adapters: Partial<Record<string, EntityAdapter>>;
	private readonly options: Required<
		Pick<
			SyncEngineOptions,
			| 'baseUrl'
			| 'requestTimeoutMs'
			| 'baseDelayMs'
			| 'maxDelayMs'
			| 'pollIntervalMs'
			| 'idlePullIntervalMs'
			| 'changesPath'
		>
	>;
	private readonly events: SyncEngineOptions['events'];

	private state: SyncSnapshot = {
		online: typeof navigator === 'undefined' ? true : navigator.onLine !== false,
		pending: 0,
		failedCount: 0,
		failures: [],
		lastSyncedAt: null,
		syncing: false,
		needsLogin: false,
		nextAttemptAt: null,
		lastError: null
	};
	private readonly listeners = new Set<(snapshot: SyncSnapshot) => void>();
	private tail: Promise<unknown> = Promise.resolve();
	private running = false;
	private wakeRequested = false;
	private forceNext = false;
	private waitController: AbortController | null = null;
	private loopDone: Promise<void> | null = null;
	private readonly cleanups: (() => void)[] = [];

	constructor(
		readonly db: UserDb,
		options: SyncEngineOptions = {}
	) {
		this.fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
		this.now = options.now ?? Date.now;
		this.random = options.random ?? Math.random;
		this.sleep = options.sleep ?? defaultSleep;
		this.ownsLocks = options.locks === undefined;
		this.locks = options.locks ?? defaultLockProvider();
		this.ownsChannel = options.channel === undefined && typeof BroadcastChannel !== 'undefined';
		this.channel =
			options.channel === undefined
				? this.ownsChannel
					? new BroadcastChannel(SYNC_CHANNEL)
					: null
				: options.channel;
		this.adapters = options.adapters ?? {};
		this.events =
			options.events === undefined
				? typeof window === 'undefined'
					? null
					: window
				: options.events;
		this.options = {
			baseUrl: options.baseUrl ?? '',
			requestTimeoutMs: options.requestTimeoutMs ?? 20_000,
			baseDelayMs: options.baseDelayMs ?? 1000,
			maxDelayMs: options.maxDelayMs ?? 300_000,
			pollIntervalMs: options.pollIntervalMs ?? 30_000,
			idlePullIntervalMs: options.idlePullIntervalMs ?? 300_000,
			changesPath: options.changesPath ?? '/api/v1/me/changes'
		};
	}

	get snapshot(): SyncSnapshot {
		return this.state;
	}

	subscribe(listener: (snapshot: SyncSnapshot) => void): () => void {
		this.listeners.add(listener);
		listener(this.state);
		return () => this.listeners.delete(listener);
	}

	/**
	 * Starts the background loop: a pass now, again on `online`, on every enqueue in this tab, on a
	 * `sync-request` from another tab, when a backoff ends, and every `pollIntervalMs` while items wait.
	 */
	start(): void {
		if (this.running) return;
		this.running = true;
		const online = () => {
			this.update({ online: true });
			this.wake(true);
		};
		const offline = () => this.update({ online: false });
		if (this.events) {
			this.events.addEventListener('online', online);
			this.events.addEventListener('offline', offline);
			this.cleanups.push(() => {
				this.events?.removeEventListener('online', online);
				this.events?.removeEventListener('offline', offline);
			});
		}
		this.cleanups.push(
			onEnqueued(() => {
				void this.refreshStatus();
				this.wake();
			})
		);
		if (this.channel) {
			const onMessage = (event: MessageEvent) => {
				if ((event.data as SyncMessage | null)?.type === 'sync-request') this.wake();
			};
			this.channel.addEventListener('message', onMessage);
			this.cleanups.push(() => this.channel?.removeEventListener('message', onMessage));
		}
		this.loopDone = this.loop();
	}

	/** Stops the loop (e.g. at logout, before the database is erased). Waits for a running pass. */
	async stop(): Promise<void> {
		this.running = false;
		for (const cleanup of this.cleanups.splice(0)) cleanup();
		this.waitController?.abort();
		await this.loopDone;
		await this.tail.catch(() => {});
		if (this.ownsChannel) this.channel?.close?.();
		if (this.ownsLocks && this.locks instanceof BroadcastLeaderLock) this.locks.close();
	}

	/** A pass now, not waiting out the head item's backoff (the citizen asked). */
	syncNow(): Promise<PassResult> {
		if (this.state.needsLogin) this.update({ needsLogin: false });
		return this.runLocked(true);
	}

	/** Called after a new login: the outbox continues. */
	resumeAfterLogin(): void {
		this.update({ needsLogin: false });
		this.wake(true);
	}

	/**
	 * Passes until the outbox is empty and pulled, an item failed, or a login is needed, sleeping out
	 * each backoff with the injected `sleep`. What the background loop does, for tests and scripts.
	 */
	async drain(maxPasses = 1000): Promise<PassResult> {
		let result = await this.runLocked(false);
		for (let i = 1; i < maxPasses && result.outcome === 'waiting'; i++) {
			await this.sleep(Math.max(0, (result.nextAttemptAt ?? 0) - this.now()));
			result = await this.runLocked(false);
		}
		return result;
	}

	/** One pass under the tab mutex and the cross-tab lock. */
	runOnce(options: { force?: boolean } = {}): Promise<PassResult> {
		return this.runLocked(options.force ?? false);
	}

	/**
	 * Gives up a failed item. A create that never reached the server takes the local entity (and its later
	 * items) with it, as does a 404; otherwise the next pull starts over, so the server's copy comes back.
	 */
	async discard(seq: number): Promise<void> {
		await this.serial(async () => {
			const item = await this.db.get('outbox', seq);
			if (!item) return;
			const adapter = this.adapters[item.entity];
			const stores: UserStoreName[] = ['outbox', 'meta'];
			if (adapter) stores.push(adapter.store);
			const tx = this.db.transaction(stores, 'readwrite') as WriteTx;
			const outbox = tx.objectStore('outbox');
			await outbox.delete(seq);
			if (item.method === 'POST' || item.problem?.status === 404) {
				for (const later of await outbox.index('byEntityKey').getAll(item.entityKey)) {
					await outbox.delete(later.seq);
				}
				if (adapter) await looseStore(tx, adapter.store).delete(item.entityId);
			} else {
				await tx.objectStore('meta').delete(CHANGES_CURSOR);
			}
			await tx.done;
		});
		await this.refreshStatus();
		this.broadcast();
		this.wake();
	}

	/**
	 * Sends a failed item again, with a new idempotency key (the server stored its 4xx answer for the old
	 * one and applied nothing) and, after the citizen edited it, a new body.
	 */
	async retry(seq: number, changes: { body?: unknown } = {}): Promise<void> {
		await this.serial(async () => {
			const tx = this.db.transaction('outbox', 'readwrite');
			const item = await tx.store.get(seq);
			if (item) {
				const next: OutboxItem = {
					...item,
					key: crypto.randomUUID(),
					state: 'pending',
					attempts: 0,
					nextAttemptAt: 0
				};
				delete next.problem;
				delete next.lastError;
				if ('body' in changes) next.body = changes.body;
				await tx.store.put(next);
			}
			await tx.done;
		});
		await this.refreshStatus();
		this.broadcast();
		this.wake(true);
	}

	/** Reads counts and failures from IndexedDB and tells the listeners. */
	async refreshStatus(): Promise<SyncSnapshot> {
		const [items, lastSyncedAt] = await Promise.all([
			this.db.getAll('outbox'),
			this.db.get('meta', LAST_SYNCED_AT)
		]);
		const failures = items.filter((item) => item.state === 'failed').map(toFailure);
		const next = await firstToSend(items);
		this.update({
			pending: items.length - failures.length,
			failedCount: failures.length,
			failures,
			lastSyncedAt: typeof lastSyncedAt === 'string' ? lastSyncedAt : null,
			nextAttemptAt: next && next.nextAttemptAt > this.now() ? next.nextAttemptAt : null
		});
		return this.state;
	}

	private update(patch: Partial<SyncSnapshot>) {
		this.state = { ...this.state, ...patch };
		for (const listener of this.listeners) listener(this.state);
	}

	private broadcast() {
		const { pending, failedCount, lastSyncedAt, failures, needsLogin } = this.state;
		this.channel?.postMessage({
			type: 'synced',
			pending,
			failedCount,
			lastSyncedAt,
			failures,
			needsLogin
		} satisfies SyncMessage);
	}

	private wake(force = false) {
		this.wakeRequested = true;
		if (force) this.forceNext = true;
		this.waitController?.abort();
	}

	private async loop() {
		while (this.running) {
			this.wakeRequested = false;
			const force = this.forceNext;
			this.forceNext = false;
			let result: PassResult;
			try {
				result = await this.runLocked(force);
			} catch (error) {
				this.update({ lastError: String(error) });
				result = { outcome: 'pull-failed', sent: 0, pulled: 0, nextAttemptAt: null };
			}
			if (!this.running) break;
			if (this.wakeRequested) continue;
			const o = this.options;
			const wait =
				result.outcome === 'waiting'
					? Math.max(0, (result.nextAttemptAt ?? 0) - this.now())
					: result.outcome === 'idle'
						? o.idlePullIntervalMs
						: result.outcome === 'failed' || result.outcome === 'needs-login'
							? Infinity
							: o.pollIntervalMs;
			this.waitController = new AbortController();
			if (Number.isFinite(wait)) await this.sleep(wait, this.waitController.signal);
			else await abortion(this.waitController.signal);
			this.waitController = null;
		}
	}

	/** Serializes work within this tab (passes, discard, retry). */
	private serial<T>(work: () => Promise<T>): Promise<T> {
		const run = this.tail.then(work, work);
		this.tail = run.catch(() => {});
		return run;
	}

	private runLocked(force: boolean): Promise<PassResult> {
		return this.serial(async () => {
			const locked = await this.locks.run(SYNC_LOCK, () => this.pass(force));
			if (locked.acquired) return locked.value;
			this.channel?.postMessage({ type: 'sync-request' } satisfies SyncMessage);
			return { outcome: 'skipped', sent: 0, pulled: 0, nextAttemptAt: null } as PassResult;
		});
	}

	private async pass(force: boolean): Promise<PassResult> {
		if (this.state.needsLogin) {
			return { outcome: 'needs-login', sent: 0, pulled: 0, nextAttemptAt: null };
		}
		this.update({ syncing: true });
		const result: PassResult = { outcome: 'idle', sent: 0, pulled: 0, nextAttemptAt: null };
		try {
			for (;;) {
				const head = await nextToSend(this.db);
				if (!head) break;
				if (head.nextAttemptAt > this.now() && !force) {
					return { ...result, outcome: 'waiting', nextAttemptAt: head.nextAttemptAt };
				}
				force = false;
				const item = await this.markAttempt(head.seq);
				if (!item) continue;
				const sent = await send(
					this.fetch,
					this.options.baseUrl,
					item,
					this.options.requestTimeoutMs,
					this.now()
				);
				if (sent.kind === 'done') {
					await this.complete(item, sent.data);
					result.sent++;
					this.update({ lastError: null, online: true });
				} else if (sent.kind === 'retry') {
					const delay = Math.min(
						this.options.maxDelayMs,
						Math.max(
							sent.retryAfterMs,
							backoffDelay(
								item.attempts,
								this.random,
								this.options.baseDelayMs,
								this.options.maxDelayMs
							)
						)
					);
					const nextAttemptAt = this.now() + delay;
					await this.patchItem(item.seq, { nextAttemptAt, lastError: sent.error });
					this.update({ lastError: sent.error });
					return { ...result, outcome: 'waiting', nextAttemptAt };
				} else if (sent.kind === 'login') {
					this.update({ needsLogin: true });
					return { ...result, outcome: 'needs-login' };
				} else {
					await this.patchItem(item.seq, { state: 'failed', problem: sent.problem });
				}
			}
			const pulled = await this.pull();
			if (pulled === 'login') {
				this.update({ needsLogin: true });
				return { ...result, outcome: 'needs-login' };
			}
			if (typeof pulled === 'string') {
				this.update({ lastError: pulled });
				return { ...result, outcome: 'pull-failed' };
			}
			result.pulled = pulled;
			await this.db.put('meta', new Date(this.now()).toISOString(), LAST_SYNCED_AT);
			const failed = (await this.db.getAll('outbox')).some((item) => item.state === 'failed');
			return failed ? { ...result, outcome: 'failed' } : result;
		} finally {
			await this.refreshStatus().catch(() => {});
			this.update({ syncing: false });
			this.broadcast();
		}
	}

	/** Counts the attempt before sending (0 attempts = never sent), re-reading the item in case it went. */
	private async markAttempt(seq: number): Promise<OutboxItem | null> {
		const tx = this.db.transaction('outbox', 'readwrite');
		const item = await tx.store.get(seq);
		let next: OutboxItem | null = null;
		if (item && item.state === 'pending') {
			next = { ...item, attempts: item.attempts + 1 };
			await tx.store.put(next);
		}
		await tx.done;
		return next;
	}

	private async patchItem(seq: number, patch: Partial<OutboxItem>) {
		const tx = this.db.transaction('outbox', 'readwrite');
		const item = await tx.store.get(seq);
		if (item) await tx.store.put({ ...item, ...patch });
		await tx.done;
	}

	/**
	 * Removes the item and stores the server's answer, unless later items for the same entity still wait:
	 * their local state wins until the server has it.
	 */
	private async complete(item: OutboxItem, data: unknown) {
		const adapter = this.adapters[item.entity];
		const stores: UserStoreName[] = adapter ? ['outbox', adapter.store] : ['outbox'];
		const tx = this.db.transaction(stores, 'readwrite') as WriteTx;
		const outbox = tx.objectStore('outbox');
		await outbox.delete(item.seq);
		const remaining = await outbox.index('byEntityKey').count(item.entityKey);
		if (adapter && remaining > 0 && item.headers?.['if-match'] && data) {
			await this.#advanceLaterWrites(tx, adapter, item, data);
		}
		if (adapter && remaining === 0) {
			const store = looseStore(tx, adapter.store);
			if (item.method === 'DELETE') {
				await store.delete(item.entityId);
			} else if (data !== null && data !== undefined) {
				const value = adapter.parse(data);
				if (value !== null && value !== undefined) await putValue(store, value, item.entityId);
			}
		}
		await tx.done;
	}

	/**
	 * A document saved again on this device before the first save's answer came (offline, say): the
	 * later PUTs were made on top of this one, so they now name its new ETag, and the server copy
	 * (`base`) moves on with it. Without this each of them would meet a 412 and the device would merge
	 * with, even conflict with, its own earlier save. Her local `doc` is left as it is.
	 */
	async #advanceLaterWrites(tx: WriteTx, adapter: EntityAdapter, item: OutboxItem, data: unknown) {
		const answer = adapter.parse(data) as StoredDocument | null;
		if (!answer?.etag) return;
		const outbox = tx.objectStore('outbox');
		for (const later of await outbox.index('byEntityKey').getAll(item.entityKey)) {
			if (later.method !== 'PUT' || later.state !== 'pending' || !later.headers?.['if-match'])
				continue;
			await outbox.put({ ...later, headers: { ...later.headers, 'if-match': answer.etag } });
		}
		const store = looseStore(tx, adapter.store);
		const local = (await store.get(item.entityId)) as StoredDocument | undefined;
		if (local && !local.conflict) {
			await putValue(store, { ...local, base: answer.base, etag: answer.etag }, item.entityId);
		}
	}

	/** The delta feed, page by page; the number of changes applied, 'login', or an error text. */
	private async pull(): Promise<number | 'login' | string> {
		let applied = 0;
		let cursor = await this.db.get('meta', CHANGES_CURSOR);
		for (;;) {
			const query = typeof cursor === 'string' ? `?since=${encodeURIComponent(cursor)}` : '';
			let response: Answer;
			try {
				response = await request(
					this.fetch,
					`${this.options.baseUrl}${this.options.changesPath}${query}`,
					{ method: 'GET', headers: { accept: 'application/json' } },
					this.options.requestTimeoutMs
				);
			} catch (error) {
				return (error as Error).message;
			}
			if (response.status === 401) return 'login';
			if (response.status !== 200) return `HTTP ${response.status} on changes`;
			const page = changePageSchema.safeParse(response.body);
			if (!page.success) return 'malformed changes page';
			const adapterStores = new Set<UserStoreName>();
			for (const change of page.data.changes) {
				const adapter = this.adapters[change.entity];
				if (adapter) adapterStores.add(adapter.store);
			}
			const tx = this.db.transaction(['outbox', 'meta', ...adapterStores], 'readwrite') as WriteTx;
			const byEntity = tx.objectStore('outbox').index('byEntityKey');
			for (const change of page.data.changes) {
				const adapter = this.adapters[change.entity];
				if (!adapter) continue;
				if ((await byEntity.count(`${change.entity}:${change.id}`)) > 0) continue;
				const store = looseStore(tx, adapter.store);
				if (change.op === 'delete') {
					await store.delete(change.id);
				} else {
					const value = adapter.parse(change.data);
					if (value === null || value === undefined) continue;
					await putValue(store, value, change.id);
				}
				applied++;
			}
			await tx.objectStore('meta').put(page.data.cursor, CHANGES_CURSOR);
			await tx.done;
			cursor = page.data.cursor;
			if (!page.data.hasMore) return applied;
		}
	}
}

function putValue(store: ReturnType<typeof looseStore>, value: unknown, id: string) {
	return store.keyPath === null ? store.put(value, id) : store.put(value);
}

/** A failed outbox item as the status and the document resolver see it. */
export function toFailure(item: OutboxItem): SyncFailure {
	return {
		seq: item.seq,
		entity: item.entity,
		entityId: item.entityId,
		entityKey: item.entityKey,
		method: item.method,
		path: item.path,
		problem: item.problem ?? { type: 'about:blank', title: 'Fejl', status: 0 }
	};
}

function abortion(signal: AbortSignal): Promise<void> {
	return new Promise((resolve) => {
		if (signal.aborted) resolve();
		else signal.addEventListener('abort', () => resolve(), { once: true });
	});
}
