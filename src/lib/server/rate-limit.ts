/**
 * Per-user rate limits of the operations that declare `rateLimit` (domain/api/operation.ts),
 * enforced by the route wrapper (api-route.ts). A token bucket per user and operation: a burst of
 * `requests`, then one more every `perSeconds / requests` seconds.
 *
 * The buckets live in this process's memory. With several app processes behind a load balancer a
 * user may get up to `requests` per process; that bounds the cost the same way (the limits are
 * there to stop one account swamping the database, not to count exactly), and needs no table.
 */
import type { RateLimit } from '../domain/api/operation';

interface Bucket {
	tokens: number;
	at: number;
	/** Tokens per millisecond, and the most it holds. */
	perMs: number;
	capacity: number;
}

/** Buckets kept at most; past it the full ones (idle long enough to have refilled) are dropped. */
const MAX_BUCKETS = 20_000;

export class RateLimiter {
	readonly #buckets = new Map<string, Bucket>();
	readonly #now: () => number;

	constructor(now: () => number = Date.now) {
		this.#now = now;
	}

	/** Takes one call from `key`'s bucket: 0 when allowed, else the whole seconds to wait. */
	take(key: string, limit: RateLimit): number {
		const now = this.#now();
		const perMs = limit.requests / (limit.perSeconds * 1000);
		let bucket = this.#buckets.get(key);
		if (!bucket) {
			bucket = { tokens: limit.requests, at: now, perMs, capacity: limit.requests };
			this.#remember(key, bucket);
		}
		bucket.tokens = Math.min(bucket.capacity, bucket.tokens + (now - bucket.at) * perMs);
		bucket.at = now;
		if (bucket.tokens >= 1) {
			bucket.tokens -= 1;
			return 0;
		}
		return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
	}

	get size(): number {
		return this.#buckets.size;
	}

	#remember(key: string, bucket: Bucket) {
		if (this.#buckets.size >= MAX_BUCKETS) {
			for (const [other, { tokens, at, perMs, capacity }] of this.#buckets) {
				if (tokens + (bucket.at - at) * perMs >= capacity) this.#buckets.delete(other);
			}
		}
		this.#buckets.set(key, bucket);
	}
}
