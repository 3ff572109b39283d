/**
 * The server half of a synced entity: the table that keeps it, the columns every such table has
 * (owner, key, change number) and how rows become the entity's API representation. From this the
 * delta feed reads each entity (changes.ts loops over server/entities.ts) and deletes leave their
 * tombstones the same way for every collection.
 */
import { and, asc, count, eq, getTableColumns, gt } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { EntityDefinition } from '../domain/entities';
import type { Change } from '../domain/entities/changes';
import { inChangeOrder } from './change-order';
import type { Database } from './db';
import { HttpProblem } from './http';
import { recordDeletion } from './tombstones';

export interface SyncedTable<T extends PgTable = PgTable> {
	definition: EntityDefinition;
	table: T;
	/** The item's id (a document's is the citizen's own id: its `owner`). */
	key: AnyPgColumn;
	owner: AnyPgColumn;
	changeSeq: AnyPgColumn;
	/** Rows → what the API answers for each (in order); may read other tables (the saved ad). */
	toData(db: Database, rows: T['$inferSelect'][]): Promise<unknown[]>;
}

export function syncedTable<T extends PgTable>(spec: SyncedTable<T>): SyncedTable {
	return spec as unknown as SyncedTable;
}

/** Her changes of this entity numbered after `since`, oldest first, at most `limit`. */
export async function changesOf(
	db: Database,
	source: SyncedTable,
	userId: string,
	since: number,
	limit: number
): Promise<Change[]> {
	const rows = (await db
		.select()
		.from(source.table)
		.where(and(eq(source.owner, userId), gt(source.changeSeq, since)))
		.orderBy(asc(source.changeSeq))
		.limit(limit)) as Record<string, unknown>[];
	const data = await source.toData(db, rows);
	const keyName = columnProperty(source, source.key);
	const seqName = columnProperty(source, source.changeSeq);
	return rows.map(
		(row, index) =>
			({
				entity: source.definition.name,
				id: row[keyName] as string,
				op: 'upsert',
				data: data[index],
				version: row[seqName] as number
			}) as Change
	);
}

/** The row property (camelCase) of a column, as `select()` names it. */
function columnProperty(source: SyncedTable, column: AnyPgColumn): string {
	const entry = Object.entries(getTableColumns(source.table)).find(([, value]) => value === column);
	if (!entry)
		throw new Error(`${source.definition.name}: column ${column.name} is not in its table`);
	return entry[0];
}

/**
 * Deletes one of her items and leaves a tombstone in the same transaction, so her other devices
 * learn of it. Another citizen's item is treated as missing: 404 or nothing, by the definition.
 */
export async function deleteOwned(
	db: Database,
	source: SyncedTable,
	userId: string,
	id: string
): Promise<void> {
	await inChangeOrder(db, userId, async (tx) => {
		const removed = await tx
			.delete(source.table)
			.where(and(eq(source.key, id), eq(source.owner, userId)))
			.returning();
		if (removed.length > 0) {
			await recordDeletion(tx, userId, source.definition.name, id);
			return;
		}
		const { definition } = source;
		if (definition.kind === 'collection' && definition.deleteMissing === 'not-found') {
			throw new HttpProblem(404, { detail: definition.operations.remove?.notFound });
		}
	});
}

/**
 * Refuses a new item when she already has as many as her collection's `limit` allows: 409 naming
 * the limit (`limit` in the problem), which her phone shows beside the item and does not retry.
 * Call it inside the create's `inChangeOrder`, so two creates of hers cannot both pass the count.
 */
export async function ensureRoom(tx: Database, source: SyncedTable, userId: string): Promise<void> {
	const { definition } = source;
	if (definition.kind !== 'collection') return;
	const [row] = await tx.select({ n: count() }).from(source.table).where(eq(source.owner, userId));
	if ((row?.n ?? 0) >= definition.limit.max) {
		throw new HttpProblem(409, {
			type: '/api/v1/problems/limit',
			title: 'Grænsen er nået',
			detail: definition.limit.detail,
			limit: definition.limit.max
		});
	}
}
