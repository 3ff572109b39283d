import { describe, expect, it } from 'vitest';
import { HttpProblem } from './http';
import { decodeCursor, encodeCursor, parseLimit, toPage } from './paging';

describe('cursor paging', () => {
	it('round-trips a keyset cursor and rejects one it did not make', () => {
		const cursor = encodeCursor(['2026-11-20', 'b3f1']);
		expect(decodeCursor(cursor)).toEqual(['2026-11-20', 'b3f1']);
		expect(decodeCursor(null)).toBeNull();
		expect(() => decodeCursor('not-a-cursor')).toThrow(HttpProblem);
	});

	it('gives a next cursor only when there is more', () => {
		const rows = [1, 2, 3, 4].map((n) => ({ n }));
		expect(toPage(rows, 3, (row) => [row.n])).toEqual({
			items: rows.slice(0, 3),
			nextCursor: encodeCursor([3])
		});
		expect(toPage(rows.slice(0, 3), 3, (row) => [row.n]).nextCursor).toBeNull();
	});

	it('limits page size to 1–100', () => {
		expect(parseLimit(new URL('http://x/?limit=100'))).toBe(100);
		expect(parseLimit(new URL('http://x/'))).toBe(20);
		for (const bad of ['0', '101', '2.5', 'ti']) {
			expect(() => parseLimit(new URL(`http://x/?limit=${bad}`))).toThrow(HttpProblem);
		}
	});
});
