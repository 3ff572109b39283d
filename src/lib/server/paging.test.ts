import { describe, expect, it } from 'vitest';
import { HttpProblem } from './http';
import {
	checkCursor,
	dateIdCursor,
	decodeCursor,
	encodeCursor,
	parseLimit,
	toPage
} from './paging';

describe('cursor paging', () => {
	it('round-trips a keyset cursor and rejects one it did not make', () => {
		const cursor = encodeCursor(['2026-11-20', 'b3f1']);
		expect(decodeCursor(cursor)).toEqual(['2026-11-20', 'b3f1']);
		expect(decodeCursor(null)).toBeNull();
		expect(() => decodeCursor('not-a-cursor')).toThrow(HttpProblem);
	});

	it('refuses a cursor of another shape than the caller pages by', () => {
		const id = '0b8f6c8e-3c1a-4c57-9f0e-4b5b2b8d1a11';
		expect(decodeCursor(encodeCursor(['2026-11-20', id]), dateIdCursor)).toEqual([
			'2026-11-20',
			id
		]);
		const others = [
			[],
			['n', '2026-11-20T10:00:00.000000Z', id],
			['2026-02-30', id],
			['0000-01-01', id],
			[1, 2],
			['2026-11-20', 'x']
		];
		for (const key of others) {
			expect(() => decodeCursor(encodeCursor(key), dateIdCursor)).toThrow(HttpProblem);
			expect(() => checkCursor(key, dateIdCursor)).toThrow(HttpProblem);
		}
		expect(() => decodeCursor('garbage!!', dateIdCursor)).toThrow(HttpProblem);
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
