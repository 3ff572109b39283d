import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { lockDataDir } from './data-dir-lock';
import * as schema from './schema';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseHandle {
	db: Database;
	kind: 'pglite' | 'postgres';
	close(): Promise<void>;
}

/** Migrations are read from the source tree so `drizzle-kit generate` output is the single truth. */
const migrationsFolder = resolve(process.env.MIGRATIONS_DIR ?? 'src/lib/server/db/migrations');

/**
 * Planner settings under which word searches read the GIN indexes (see search.ts). On PostgreSQL
 * they are the startup settings of a pool kept for those reads, so a search is one round trip;
 * PGlite has a single connection, so there search.ts sets them per transaction.
 */
export const TEXT_SEARCH_SETTINGS = { enable_seqscan: 'off', enable_indexscan: 'off' } as const;

const textSearchReaders = new WeakMap<Database, Database>();

/** The pool opened with TEXT_SEARCH_SETTINGS for `db`, if it has one (PostgreSQL only). */
export function textSearchReader(db: Database): Database | undefined {
	return textSearchReaders.get(db);
}

/**
 * Connections per PostgreSQL pool (there are two, see TEXT_SEARCH_SETTINGS). Every backend warms
 * its own catalog and plan caches, and more busy backends than the database has cores only queue
 * in its scheduler: with 10 per pool (20 backends) on a 2-core database, the search bench's first
 * 10 s cost PostgreSQL twice the CPU per request of 3 per pool, and gave fewer requests per second
 * (bench/search.ts). Set DATABASE_POOL_SIZE to about twice the database's cores.
 */
export const DEFAULT_POOL_SIZE = 4;

/** Opens PostgreSQL when a URL is given, otherwise the embedded PGlite in `dataDir`, and migrates. */
export async function openDatabase(options: {
	databaseUrl: string | null;
	dataDir: string;
	/** Connections per PostgreSQL pool; PGlite has one. */
	poolSize?: number;
}): Promise<DatabaseHandle> {
	if (options.databaseUrl) {
		const max = options.poolSize ?? DEFAULT_POOL_SIZE;
		const client = postgres(options.databaseUrl, { max, onnotice: () => {} });
		const db = drizzlePostgres(client, { schema });
		await migratePostgres(db, { migrationsFolder });
		const readerClient = postgres(options.databaseUrl, {
			max,
			onnotice: () => {},
			connection: TEXT_SEARCH_SETTINGS
		});
		textSearchReaders.set(
			db as unknown as Database,
			drizzlePostgres(readerClient, { schema }) as unknown as Database
		);
		return {
			db: db as unknown as Database,
			kind: 'postgres',
			close: async () => {
				await Promise.all([client.end({ timeout: 5 }), readerClient.end({ timeout: 5 })]);
			}
		};
	}
	mkdirSync(options.dataDir, { recursive: true });
	const release = lockDataDir(options.dataDir);
	try {
		const client = await PGlite.create(resolve(options.dataDir, 'pglite'), {
			// btree_gist: the booking's exclusion constraints (migration booking_constraints).
			extensions: { pg_trgm, btree_gist }
		});
		const db = drizzlePglite(client, { schema });
		await migratePglite(db, { migrationsFolder }).catch(async (error: unknown) => {
			await client.close();
			throw error;
		});
		return {
			db: db as unknown as Database,
			kind: 'pglite',
			close: async () => {
				try {
					await client.close();
				} finally {
					release();
				}
			}
		};
	} catch (error) {
		release();
		throw error;
	}
}
