import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';

describe('RateLimiter', () => {
	const limit = { requests: 3, perSeconds: 60 };

	it('allows a burst of `requests`, then says how long to wait for the next one', () => {
		let now = 0;
		const limiter = new RateLimiter(() => now);
		expect([1, 2, 3].map(() => limiter.take('anna', limit))).toEqual([0, 0, 0]);
		// One token comes back every 20 s.
		expect(limiter.take('anna', limit)).toBe(20);
		now = 15_000;
		expect(limiter.take('anna', limit)).toBe(5);
		now = 20_000;
		expect(limiter.take('anna', limit)).toBe(0);
		expect(limiter.take('anna', limit)).toBe(20);
	});

	it('keeps users and keys apart, and refills to the burst, never beyond', () => {
		let now = 0;
		const limiter = new RateLimiter(() => now);
		for (let i = 0; i < 3; i++) limiter.take('anna', limit);
		expect(limiter.take('anna', limit)).toBeGreaterThan(0);
		expect(limiter.take('sofie', limit)).toBe(0);
		now = 3_600_000;
		expect([1, 2, 3, 4].map(() => limiter.take('anna', limit))).toEqual([0, 0, 0, 20]);
	});
});
