import type { z } from 'zod';

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
