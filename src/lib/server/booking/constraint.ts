/**
 * The database's own refusals the booking turns into answers: an exclusion constraint (two active
 * meetings in one slot, overlapping time of one caseworker, overlapping slots) or a unique key.
 * Drizzle wraps the driver's error (`cause`); PGlite and postgres.js both carry the SQLSTATE `code`.
 */
const EXCLUSION_VIOLATION = '23P01';
const UNIQUE_VIOLATION = '23505';

export function isConflictError(error: unknown): boolean {
	for (let current = error, depth = 0; current && depth < 5; depth++) {
		const code = (current as { code?: unknown }).code;
		if (code === EXCLUSION_VIOLATION || code === UNIQUE_VIOLATION) return true;
		current = (current as { cause?: unknown }).cause;
	}
	return false;
}
