// Databases for suites that test SQL on both engines: a temporary PGlite always, and PostgreSQL
// beside TEST_DATABASE_URL when it is set.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { openDatabase, type Database, type DatabaseHandle } from '../../src/lib/server/db';
import { users } from '../../src/lib/server/db/schema';

/** A new citizen of her own, so no test sees another's rows. */
export async function insertCitizen(db: Database, subject: string): Promise<string> {
	const [user] = await db
		.insert(users)
		.values({ subject, name: 'Test Borger', role: 'citizen' })
		.returning({ id: users.id });
	return user!.id;
}

/** A PGlite in a new temporary directory, removed again on close. */
export async function openTemporaryPglite(name: string): Promise<DatabaseHandle> {
	const dir = mkdtempSync(join(tmpdir(), `vj-${name}-`));
	const handle = await openDatabase({ databaseUrl: null, dataDir: dir });
	return {
		...handle,
		close: async () => {
			await handle.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/**
 * A new, empty database beside the one `baseUrl` names (`<name>_<suffix>`), for a test file that
 * needs PostgreSQL to itself while other files use the others; dropped first if a run left it.
 */
export async function freshPostgresDatabase(baseUrl: string, suffix: string): Promise<string> {
	const url = new URL(baseUrl);
	const name = `${decodeURIComponent(url.pathname.slice(1))}_${suffix}`;
	const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
	try {
		await admin.unsafe(`drop database if exists "${name}" with (force)`);
		await admin.unsafe(`create database "${name}"`);
	} finally {
		await admin.end();
	}
	url.pathname = `/${encodeURIComponent(name)}`;
	return url.toString();
}

/** The suite's PostgreSQL database, opened and migrated, or null when TEST_DATABASE_URL is unset. */
export function postgresForSuite(suffix: string): (() => Promise<DatabaseHandle>) | null {
	const baseUrl = process.env.TEST_DATABASE_URL;
	if (!baseUrl) return null;
	return async () =>
		openDatabase({ databaseUrl: await freshPostgresDatabase(baseUrl, suffix), dataDir: '' });
}
