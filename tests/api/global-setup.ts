import type { TestProject } from 'vitest/node';
import { resetPostgres, startServer } from '../support/server';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		dbKind: 'pglite' | 'postgres';
		/** The file the server's stdout and stderr go to, as they arrive. */
		serverLog: string;
	}
}

/**
 * The API suite runs against the built server, on PGlite by default; with API_TEST_DB=postgres it runs
 * the very same tests against TEST_DATABASE_URL.
 */
export default async function setup(project: TestProject) {
	const onPostgres = process.env.API_TEST_DB === 'postgres';
	const databaseUrl = onPostgres ? process.env.TEST_DATABASE_URL : undefined;
	if (onPostgres && !databaseUrl) throw new Error('API_TEST_DB=postgres needs TEST_DATABASE_URL');
	if (databaseUrl) await resetPostgres(databaseUrl);
	// The fuzz suite sends hundreds of requests as one demo citizen whom other suites use too, so the
	// shared server's rate limits are widened; limits.test.ts checks the real ones on a server of its own.
	const server = await startServer({ databaseUrl, env: { RATE_LIMIT_FACTOR: '1000' } });
	project.provide('baseUrl', server.baseUrl);
	project.provide('dbKind', onPostgres ? 'postgres' : 'pglite');
	project.provide('serverLog', server.logFile);
	return () => server.stop();
}
