import { and, eq, sql } from 'drizzle-orm';
import type { Database } from './db';
import { deletedEntities } from './db/schema';

/** A database or an open transaction: tombstones are written in the same transaction as the delete. */
type Writer = Pick<Database, 'insert' | 'delete'>;

/** Leaves a tombstone with a fresh change number, so the delta feed tells other devices. */
export async function recordDeletion(db: Writer, userId: string, entity: string, entityId: string) {
	await db
		.insert(deletedEntities)
		.values({ userId, entity, entityId })
		.onConflictDoUpdate({
			target: [deletedEntities.userId, deletedEntities.entity, deletedEntities.entityId],
			set: { deletedAt: new Date(), changeSeq: sql`nextval('change_seq')` }
		});
}

/** Removes the tombstone of something that exists again (a job saved anew). */
export async function clearDeletion(db: Writer, userId: string, entity: string, entityId: string) {
	await db
		.delete(deletedEntities)
		.where(
			and(
				eq(deletedEntities.userId, userId),
				eq(deletedEntities.entity, entity),
				eq(deletedEntities.entityId, entityId)
			)
		);
}
