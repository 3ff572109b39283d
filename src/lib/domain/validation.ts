import { z } from 'zod';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Any RFC 4122 layout, case-insensitive: ids, idempotency keys and cursors all use it. */
export function isUuid(value: string): boolean {
	return uuidPattern.test(value);
}

export interface FieldError {
	field: string;
	message: string;
}

/**
 * Zod issues as `{ field, message }`, one per unknown key, so each message can stand next to its field.
 * The API sends these in problem+json; forms show the same messages before anything is sent.
 */
export function fieldErrors(error: z.ZodError): FieldError[] {
	return error.issues.flatMap((issue) => {
		const prefix = issue.path.map(String).join('.');
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => ({
				field: prefix ? `${prefix}.${key}` : key,
				message: 'Feltet kendes ikke'
			}));
		}
		return [{ field: prefix || '(body)', message: issue.message }];
	});
}

function isForbiddenControl(unit: number): boolean {
	return (unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d) || unit === 0x7f;
}

/**
 * The one rule for free text a citizen writes: anything both databases can store, and nothing else.
 * No control characters but tab, line feed and carriage return (PostgreSQL cannot store U+0000 in
 * text at all, and the others have no place in what a citizen types), and every UTF-16 surrogate
 * half of a pair (a lone one cannot be written as UTF-8, and PostgreSQL refuses `\ud800` in JSON).
 * A loop, not a regex or `isWellFormed`, for older phone browsers.
 */
export function isStorableText(value: string): boolean {
	for (let i = 0; i < value.length; i++) {
		const unit = value.charCodeAt(i);
		if (isForbiddenControl(unit)) return false;
		if (unit < 0xd800 || unit > 0xdfff) continue;
		if (unit > 0xdbff) return false;
		const next = value.charCodeAt(i + 1);
		if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
		i++;
	}
	return true;
}

export const STORABLE_TEXT_MESSAGE = 'Teksten indeholder tegn, der ikke kan gemmes';

/** Adds the free-text rule to a string schema (every schema with free text goes through this). */
export function storableText<T extends z.ZodString>(schema: T): T {
	return schema.refine(isStorableText, {
		error: STORABLE_TEXT_MESSAGE,
		when: firstProblemOnly
	}) as T;
}

/** A refinement runs only when the checks before it passed, so a field shows one message at a time. */
function firstProblemOnly(payload: { issues: readonly unknown[] }): boolean {
	return payload.issues.length === 0;
}

/** The earliest year a date may have: PostgreSQL refuses year 0, and nothing here is older. */
export const MIN_YEAR = 1900;

/** `YYYY-MM-DD` naming a day that exists (no 2026-02-30), in year MIN_YEAR–9999. */
export function isLocalDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (year < MIN_YEAR) return false;
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}

/** A UTC instant as the API writes it (`2026-03-01T09:30:00Z`; seconds and fractions optional, as zod reads it) on a real day. */
export function isInstant(value: string): boolean {
	const match = /^(\d{4}-\d{2}-\d{2})T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?Z$/.exec(
		value
	);
	return match !== null && isLocalDate(match[1]!);
}

const localDateMessage = 'Skal være en dato (ÅÅÅÅ-MM-DD)';

/** The one schema for a local date (`YYYY-MM-DD`): a day that exists, from year 1900. */
export function localDateSchema(message = localDateMessage) {
	return z.iso
		.date({ error: message })
		.refine(isLocalDate, { error: message, when: firstProblemOnly });
}

/** The one schema for a UTC instant: ISO 8601 with `Z`, on a day that exists, from year 1900. */
export function instantSchema(message = 'Skal være et tidspunkt (ISO 8601)') {
	return z.iso
		.datetime({ error: message })
		.refine(isInstant, { error: message, when: firstProblemOnly });
}
