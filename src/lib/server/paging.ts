import { z } from 'zod';
import { validationProblem } from './http';

export const MAX_PAGE_SIZE = 100;

/** Opaque keyset cursor: base64url JSON of the last row's sort key. Clients must not parse it. */
export function encodeCursor(key: readonly (string | number | null)[]): string {
	return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null): (string | number | null)[] | null {
	if (cursor === null || cursor === '') return null;
	try {
		const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
		const parsed = z
			.array(z.union([z.string(), z.number(), z.null()]))
			.max(8)
			.parse(value);
		return parsed;
	} catch {
		throw validationProblem([{ field: 'cursor', message: 'Ugyldig cursor' }]);
	}
}

export function parseLimit(url: URL, fallback = 20): number {
	const raw = url.searchParams.get('limit');
	if (raw === null || raw === '') return fallback;
	const limit = Number(raw);
	if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
		throw validationProblem([
			{ field: 'limit', message: `Skal være et helt tal fra 1 til ${MAX_PAGE_SIZE}` }
		]);
	}
	return limit;
}

export interface Page<T> {
	items: T[];
	nextCursor: string | null;
}

/** Given `limit + 1` rows, returns one page and the cursor of its last row when more exist. */
export function toPage<T>(
	rows: T[],
	limit: number,
	keyOf: (row: T) => (string | number | null)[]
): Page<T> {
	const items = rows.slice(0, limit);
	const last = items.at(-1);
	return {
		items,
		nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null
	};
}
