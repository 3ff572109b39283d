/**
 * Sync locks: one tab (or the service worker) sends the outbox at a time. Web Locks where the
 * browser has them, a BroadcastChannel claim where it does not, an in-process lock for tests.
 */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;
export type LockResult<T> = { acquired: true; value: T } | { acquired: false };

/** Runs `fn` only if no other tab holds `name`; never waits for it. */
export interface LockProvider {
	run<T>(name: string, fn: () => Promise<T>): Promise<LockResult<T>>;
}

/** The part of BroadcastChannel the engine uses (so tests can pass their own). */
export interface SyncChannel {
	postMessage(message: unknown): void;
	addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
	removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
	close?(): void;
}

export const defaultSleep: Sleep = (ms, signal) =>
	new Promise((resolve) => {
		if (signal?.aborted) return resolve();
		const timer = setTimeout(done, Math.min(ms, 2 ** 31 - 1));
		function done() {
			clearTimeout(timer);
			signal?.removeEventListener('abort', done);
			resolve();
		}
		signal?.addEventListener('abort', done, { once: true });
	});

/** One lock per name within this JavaScript realm: for tests and for browsers with neither API. */
export function inProcessLock(): LockProvider {
	const held = new Set<string>();
	return {
		async run(name, fn) {
			if (held.has(name)) return { acquired: false };
			held.add(name);
			try {
				return { acquired: true, value: await fn() };
			} finally {
				held.delete(name);
			}
		}
	};
}

/** Web Locks: the browser gives the lock to one tab and frees it when that tab closes. */
export function webLocks(locks: LockManager): LockProvider {
	return {
		async run<T>(name: string, fn: () => Promise<T>): Promise<LockResult<T>> {
			let result: LockResult<T> = { acquired: false };
			await locks.request(name, { ifAvailable: true }, async (lock) => {
				if (lock) result = { acquired: true, value: await fn() };
			});
			return result;
		}
	};
}

type LeaderMessage =
	{ type: 'claim'; name: string; from: string } | { type: 'deny'; name: string; to: string };

/**
 * Fallback without Web Locks: a tab claims `name` on a BroadcastChannel and takes it if nobody objects
 * within `claimWindowMs`. A holder objects; of two tabs claiming at once the smaller id wins.
 * Best effort: a message slower than the window can let two tabs in, which idempotency keys make
 * harmless (a duplicate send gets the stored answer or 409 retry-after).
 */
export class BroadcastLeaderLock implements LockProvider {
	readonly id = crypto.randomUUID();
	private readonly held = new Set<string>();
	private readonly claims = new Map<string, { contested: boolean }>();
	private readonly channel: SyncChannel;

	constructor(
		channel?: SyncChannel,
		private readonly claimWindowMs = 120,
		private readonly sleep: Sleep = defaultSleep
	) {
		this.channel = channel ?? new BroadcastChannel('vj-sync-leader');
		this.channel.addEventListener('message', this.onMessage);
	}

	private readonly onMessage = (event: MessageEvent) => {
		const message = event.data as LeaderMessage;
		if (message?.type === 'claim' && message.from !== this.id) {
			const mine = this.claims.get(message.name);
			if (this.held.has(message.name) || (mine && this.id < message.from)) {
				this.channel.postMessage({ type: 'deny', name: message.name, to: message.from });
			} else if (mine) {
				mine.contested = true;
			}
		} else if (message?.type === 'deny' && message.to === this.id) {
			const mine = this.claims.get(message.name);
			if (mine) mine.contested = true;
		}
	};

	async run<T>(name: string, fn: () => Promise<T>): Promise<LockResult<T>> {
		if (this.held.has(name) || this.claims.has(name)) return { acquired: false };
		const claim = { contested: false };
		this.claims.set(name, claim);
		this.channel.postMessage({ type: 'claim', name, from: this.id } satisfies LeaderMessage);
		await this.sleep(this.claimWindowMs);
		this.claims.delete(name);
		if (claim.contested) return { acquired: false };
		this.held.add(name);
		try {
			return { acquired: true, value: await fn() };
		} finally {
			this.held.delete(name);
		}
	}

	close() {
		this.channel.removeEventListener('message', this.onMessage);
		this.channel.close?.();
	}
}

export function defaultLockProvider(): LockProvider {
	if (typeof navigator !== 'undefined' && navigator.locks) return webLocks(navigator.locks);
	if (typeof BroadcastChannel !== 'undefined') return new BroadcastLeaderLock();
	return inProcessLock();
}
