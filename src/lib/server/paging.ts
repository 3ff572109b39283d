import { z } from 'zod';
import { isLocalDate, isUuid } from '../domain/validation';
import { validationProblem } from './http';

export const MAX_PAGE_SIZE = 100;

/** Opaque keyset cursor: base64url JSON of the last row's sort key. Clients must not parse it. */
export function encodeCursor(key: readonly (string | number | null)[]): string {
	return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

type CursorKey = (string | number | null)[];

const anyKey = z
	.array(z.union([z.string(), z.number(), z.null()]))
	.max(8) as unknown as z.ZodType<CursorKey>;

/**
 * Reads a cursor. `shape` is the key the caller's own cursors have (e.g. a tuple of a date and an
 * id), so a cursor of another list, or an edited one, is a 400 on `cursor` and never reaches SQL.
 */
export function decodeCursor<T extends CursorKey = CursorKey>(
	cursor: string | null,
	shape: z.ZodType<T> = anyKey as z.ZodType<T>
): T | null {
	if (cursor === null || cursor === '') return null;
	try {
		const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
		return shape.parse(value);
	} catch {
		throw invalidCursor();
	}
}

/** Checks an already decoded key against the caller's shape (for callers that decoded it loosely). */
export function checkCursor<T extends CursorKey>(key: CursorKey, shape: z.ZodType<T>): T {
	const parsed = shape.safeParse(key);
	if (!parsed.success) throw invalidCursor();
	return parsed.data;
}

/** The key of a list paged by (local date, id), newest first — the joblog's. */
export const dateIdCursor = z.tuple([z.string().refine(isLocalDate), z.string().refine(isUuid)]);

function invalidCursor() {
	return validationProblem([{ field: 'cursor', message: 'Ugyldig cursor' }]);
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
