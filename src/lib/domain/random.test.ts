import { describe, expect, it } from 'vitest';
import { seededRandom } from './random';

describe('seededRandom', () => {
	it('repeats from the same seed, differs between seeds, and stays in [0, 1)', () => {
		const a = seededRandom(42);
		const b = seededRandom(42);
		const first = Array.from({ length: 1000 }, () => a());
		expect(Array.from({ length: 1000 }, () => b())).toEqual(first);
		expect(seededRandom(43)()).not.toBe(first[0]);
		expect(first.every((n) => n >= 0 && n < 1)).toBe(true);
		const mean = first.reduce((sum, n) => sum + n, 0) / first.length;
		expect(mean).toBeGreaterThan(0.45);
		expect(mean).toBeLessThan(0.55);
	});
});
