// Nothing personal in the server's log, and no forged log lines: a real database failure on
// PostgreSQL, and a failed login on either database. src/lib/server/log.test.ts covers apiRoute
// with a Drizzle error carrying parameters on both.
import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import { describe, expect, inject, it } from 'vitest';
import { api, baseUrl, expectProblem, sessionOf } from './client';
import { CookieJar } from '../support/oidc-login';

const serverLog = inject('serverLog');

/** The server's log once a line with `needle` has arrived (output reaches the file asynchronously). */
async function logWith(needle: string): Promise<string> {
	const deadline = Date.now() + 5000;
	for (;;) {
		const log = readFileSync(serverLog, 'utf8');
		if (log.includes(needle) || Date.now() > deadline) return log;
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

describe('the server log', () => {
	if (inject('dbKind') === 'postgres') {
		it('names a database failure by request id, route and class, never its parameters', async () => {
			const marker = `MARK${crypto.randomUUID().slice(0, 8)}`;
			// The app's schema allows this note, so the rejection is the database's own: a check
			// constraint added for this test alone, as any constraint or outage would fail a write.
			const sql = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
			const constraint = `log_test_${marker.toLowerCase()}`;
			await sql.unsafe(
				`alter table joblog_entries add constraint ${constraint} check (position('${marker}' in note) = 0) not valid`
			);
			try {
				const answer = await api('/api/v1/me/joblog', {
					method: 'POST',
					cookie: await sessionOf('anna'),
					json: {
						appliedOn: '2026-11-02',
						jobTitle: `Kok\nERROR forfalsket linje ${marker}`,
						employer: 'Kroen',
						method: 'other',
						note: `stress og søvnløshed ${marker}`
					}
				});
				const problem = expectProblem(answer, 500) as { requestId?: string };
				expect(problem.requestId).toMatch(/^[0-9a-f-]{36}$/);
				const log = await logWith(problem.requestId!);
				const line = log.split('\n').find((l) => l.includes(problem.requestId!));
				expect(line).toMatch(
					/^Fejl [0-9a-f-]{36}: POST \/api\/v1\/me\/joblog: DrizzleQueryError < \w+ \(PostgreSQL 23514\)$/
				);
				expect(log).not.toContain(marker);
				expect(log).not.toContain('søvnløshed');
				expect(log).not.toMatch(/^ERROR forfalsket/m);
			} finally {
				await sql.unsafe(`alter table joblog_entries drop constraint ${constraint}`);
				await sql.end();
			}
		});
	}

	it('logs a failed login without its code, state or the path it asked for', async () => {
		const marker = `MARK${crypto.randomUUID().slice(0, 8)}`;
		const jar = new CookieJar();
		const start = await jar.fetch(`${baseUrl}/login?returnTo=%2Fjoblog%3F${marker}`);
		expect(start.status).toBe(303);
		const callback = `${baseUrl}/auth/callback?code=${marker}&state=${marker}%0AERROR&iss=x`;
		const answer = await jar.fetch(callback);
		expect(answer.status).toBe(400);
		const log = await logWith('Login could not complete');
		expect(log).toContain('Login could not complete');
		expect(log).not.toContain(marker);
	});
});
