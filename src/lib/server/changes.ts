import { and, asc, eq, gt } from 'drizzle-orm';
import type { Change } from '../domain/entities/changes';
import type { Database } from './db';
import { deletedEntities } from './db/schema';
import { syncedTables } from './entities';
import { validationProblem } from './http';
import { changesOf } from './synced-table';

export type { Change };

export function parseChangesCursor(value: string | null): number {
	if (value === null || value === '') return 0;
	const decoded = Number(Buffer.from(value, 'base64url').toString('utf8'));
	if (!Number.isSafeInteger(decoded) || decoded < 0) {
		throw validationProblem([{ field: 'since', message: 'Ugyldig cursor' }]);
	}
	return decoded;
}

function encodeChangesCursor(seq: number): string {
	return Buffer.from(String(seq), 'utf8').toString('base64url');
}

/**
 * Everything of the citizen's changed after `since`, oldest first. Each source is read `limit + 1`
 * rows deep in sequence order, so the first `limit` of the merged list are exactly the next changes.
 *
 * All sources are read in one snapshot: read one after another, a change committed in between
 * could be missed in an earlier source while a later-numbered one shows in a later source, and the
 * cursor would pass the missed one for good. (Writes commit in number order: see inChangeOrder.)
 */
export async function changesSince(db: Database, userId: string, since: number, limit = 200) {
	return db.transaction((tx) => readChanges(tx as unknown as Database, userId, since, limit), {
		isolationLevel: 'repeatable read',
		accessMode: 'read only'
	});
}

async function readChanges(db: Database, userId: string, since: number, limit: number) {
	// One after another: the statements share one transaction (one connection), so nothing runs in
	// parallel anyway, and PGlite's transaction client is not made for queries sent side by side.
	const all = await tombstonesSince(db, userId, since, limit + 1);
	for (const source of syncedTables)
		all.push(...(await changesOf(db, source, userId, since, limit + 1)));
	all.sort((a, b) => a.version - b.version);
	const changes = all.slice(0, limit);
	const last = changes.at(-1)?.version ?? since;
	return { changes, cursor: encodeChangesCursor(last), hasMore: all.length > limit };
}

async function tombstonesSince(
	db: Database,
	userId: string,
	since: number,
	limit: number
): Promise<Change[]> {
	const rows = await db
		.select()
		.from(deletedEntities)
		.where(and(eq(deletedEntities.userId, userId), gt(deletedEntities.changeSeq, since)))
		.orderBy(asc(deletedEntities.changeSeq))
		.limit(limit);
	return rows.map(
		(row) =>
			({
				entity: row.entity,
				id: row.entityId,
				op: 'delete',
				version: row.changeSeq
			}) as Change
	);
}
