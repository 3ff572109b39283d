/**
 * The server side of a `document` entity (sick-leave status, CV): one document per citizen in a
 * table made by `documentTable` (db/schema.ts), read with its version, written only at the version
 * the client names (If-Match), the version moving one step per accepted write.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { DocumentDefinition } from '../domain/entities';
import type { Database } from './db';
import type { DocumentTable } from './db/schema';
import { etagOf, requireIfMatch } from './etag';
import { inChangeOrder } from './change-order';
import { HttpProblem } from './http';
import { syncedTable } from './synced-table';

export interface StoredDocument<D> {
	document: D;
	version: number;
	updatedAt: Date | null;
}

export interface DocumentResource<D> {
	document: D;
	etag: string;
	updatedAt: string | null;
}

type Row = DocumentTable['$inferSelect'];

export function documentService<D>(
	definition: DocumentDefinition<string, D>,
	table: DocumentTable
) {
	const schema = definition.document as z.ZodType<D>;

	function fromRow(row: Row): StoredDocument<D> {
		// Stored documents passed the schema when written; fall back to the empty one if a rule got stricter.
		const parsed = schema.safeParse(row.document);
		return {
			document: parsed.success ? parsed.data : definition.empty(),
			version: row.version,
			updatedAt: row.updatedAt
		};
	}

	function toResource(stored: StoredDocument<D>): DocumentResource<D> {
		return {
			document: stored.document,
			etag: etagOf(stored.version),
			updatedAt: stored.updatedAt?.toISOString() ?? null
		};
	}

	/** The citizen's document; the empty one at version 0 when she has written none. */
	async function get(db: Database, userId: string): Promise<StoredDocument<D>> {
		const [row] = await db.select().from(table).where(eq(table.userId, userId));
		return row ? fromRow(row) : { document: definition.empty(), version: 0, updatedAt: null };
	}

	/**
	 * 428 without If-Match; 412 with the current document (`current`) and its ETag (header and `etag`
	 * in the body, so a client that keeps only the body can still merge and write again).
	 */
	function checkIfMatch(request: Request, current: StoredDocument<D>): void {
		try {
			requireIfMatch(request, current);
		} catch (error) {
			if (error instanceof HttpProblem && error.problem.status === 412) {
				error.problem.etag = etagOf(current.version);
			}
			throw error;
		}
	}

	/**
	 * Writes the document if it is still at `expectedVersion`; a write that lost a race answers 412
	 * like a stale If-Match. `alongside` runs in the same transaction after the write (the CV keeps
	 * its versions there), so both happen or neither.
	 */
	async function save(
		db: Database,
		userId: string,
		document: D,
		expectedVersion: number,
		alongside?: (tx: Database, saved: StoredDocument<D>) => Promise<void>
	): Promise<StoredDocument<D>> {
		const value = document as Record<string, unknown>;
		const saved = await inChangeOrder(db, userId, async (tx) => {
			const [row] =
				expectedVersion === 0
					? await tx
							.insert(table)
							.values({ userId, document: value, version: 1 })
							.onConflictDoNothing()
							.returning()
					: await tx
							.update(table)
							.set({
								document: value,
								version: sql`${table.version} + 1`,
								updatedAt: new Date(),
								changeSeq: sql`nextval('change_seq')`
							})
							.where(and(eq(table.userId, userId), eq(table.version, expectedVersion)))
							.returning();
			if (!row) return null;
			const stored = fromRow(row);
			await alongside?.(tx, stored);
			return stored;
		});
		if (saved) return saved;
		const current = await get(db, userId);
		throw new HttpProblem(
			412,
			{
				detail: 'Dokumentet er ændret et andet sted. Her er den nyeste udgave.',
				current: current.document,
				etag: etagOf(current.version)
			},
			{ etag: etagOf(current.version) }
		);
	}

	/** Feeds the delta feed: one row per citizen, keyed by her id. */
	const synced = syncedTable({
		definition,
		table,
		key: table.userId,
		owner: table.userId,
		changeSeq: table.changeSeq,
		toData: async (_db, rows) => rows.map((row) => toResource(fromRow(row)))
	});

	return { get, save, checkIfMatch, toResource, synced };
}
