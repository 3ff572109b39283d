import { DrizzleQueryError } from 'drizzle-orm/errors';
import type { RequestEvent } from '@sveltejs/kit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiRoute } from './http';
import { errorSummary, logSafe } from './log';

/** A database error as Drizzle throws it: its message holds the query and every parameter. */
function databaseError() {
	const cause = Object.assign(new Error('new row violates check constraint'), { code: '23514' });
	return new DrizzleQueryError(
		'insert into "sick_leave_status" ("user_id", "note") values ($1, $2)',
		['7d1f0c55-1111-4222-8333-944445555666', 'stress og søvnløshed\nERROR forged line'],
		cause
	);
}

function eventFor(path: string): RequestEvent {
	const url = new URL(`http://localhost${path}?note=hemmelig`);
	return {
		request: new Request(url, { method: 'PUT' }),
		url,
		route: { id: '/api/v1/me/sick-leave' }
	} as unknown as RequestEvent;
}

afterEach(() => vi.restoreAllMocks());

describe('what the server logs about an error', () => {
	it('escapes control characters and line separators', () => {
		expect(logSafe('a\nb\r\u0000\u2028c')).toBe('a\\u000ab\\u000d\\u0000\\u2028c');
	});

	it('names the error classes and the PostgreSQL code, never the message', () => {
		expect(errorSummary(databaseError())).toBe('DrizzleQueryError < Error (PostgreSQL 23514)');
		expect(errorSummary('a string\nwith lines')).toBe('string');
	});

	it('apiRoute logs request id, method, route pattern and class: no parameter, query or path', async () => {
		const lines: string[] = [];
		vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
			lines.push(args.map(String).join(' '));
		});
		const handler = apiRoute(() => {
			throw databaseError();
		});
		const response = await handler(eventFor('/api/v1/me/sick-leave'));
		expect(response.status).toBe(500);
		const problem = (await response.json()) as { requestId: string };
		expect(lines).toHaveLength(1);
		const [line] = lines;
		expect(line).toBe(
			`Fejl ${problem.requestId}: PUT /api/v1/me/sick-leave: DrizzleQueryError < Error (PostgreSQL 23514)`
		);
		for (const secret of ['søvnløshed', '7d1f0c55', 'hemmelig', 'insert into', '\n']) {
			expect(line).not.toContain(secret);
		}
	});
});
