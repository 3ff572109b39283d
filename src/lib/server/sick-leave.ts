import { and, eq, sql } from 'drizzle-orm';
import {
	emptySickLeaveStatus,
	sickLeaveStatusSchema,
	type SickLeaveResource,
	type SickLeaveStatus
} from '../domain/sick-leave';
import type { Database } from './db';
import { sickLeaveStatus } from './db/schema';
import { etagOf, requireIfMatch } from './etag';
import { inChangeOrder } from './change-order';
import { HttpProblem } from './http';
import { sickLeave } from '../domain/entities';
import { syncedTable } from './synced-table';

type Row = typeof sickLeaveStatus.$inferSelect;

export interface StoredSickLeave {
	document: SickLeaveStatus;
	version: number;
	updatedAt: Date | null;
}

function fromRow(row: Row): StoredSickLeave {
	// Stored documents passed the schema when written; fall back to the default if a rule got stricter.
	const parsed = sickLeaveStatusSchema.safeParse(row.document);
	return {
		document: parsed.success ? parsed.data : emptySickLeaveStatus(),
		version: row.version,
		updatedAt: row.updatedAt
	};
}

export function toResource(stored: StoredSickLeave): SickLeaveResource {
	return {
		document: stored.document,
		etag: etagOf(stored.version),
		updatedAt: stored.updatedAt?.toISOString() ?? null
	};
}

/** One document per citizen, kept under her own id. */
export const sickLeaveTable = syncedTable({
	definition: sickLeave,
	table: sickLeaveStatus,
	key: sickLeaveStatus.userId,
	owner: sickLeaveStatus.userId,
	changeSeq: sickLeaveStatus.changeSeq,
	toData: async (_db, rows) => rows.map((row) => toResource(fromRow(row)))
});

/** The citizen's status; the empty default at version 0 when she has written none. */
export async function getSickLeave(db: Database, userId: string): Promise<StoredSickLeave> {
	const [row] = await db.select().from(sickLeaveStatus).where(eq(sickLeaveStatus.userId, userId));
	return row ? fromRow(row) : { document: emptySickLeaveStatus(), version: 0, updatedAt: null };
}

/**
 * 428 without If-Match; 412 with the current document (`current`) and its ETag (header and `etag` in
 * the body, so a client that keeps only the body can still merge and write again).
 */
export function checkIfMatch(request: Request, current: StoredSickLeave) {
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
 * Writes the document if it is still at `expectedVersion`; a write that lost a race answers 412 like a
 * stale If-Match. The version only moves forward, one step per accepted write.
 */
export async function saveSickLeave(
	db: Database,
	userId: string,
	document: SickLeaveStatus,
	expectedVersion: number
): Promise<StoredSickLeave> {
	const rows = await inChangeOrder(db, userId, (tx) =>
		expectedVersion === 0
			? tx
					.insert(sickLeaveStatus)
					.values({ userId, document, version: 1 })
					.onConflictDoNothing()
					.returning()
			: tx
					.update(sickLeaveStatus)
					.set({
						document,
						version: sql`${sickLeaveStatus.version} + 1`,
						updatedAt: new Date(),
						changeSeq: sql`nextval('change_seq')`
					})
					.where(
						and(eq(sickLeaveStatus.userId, userId), eq(sickLeaveStatus.version, expectedVersion))
					)
					.returning()
	);
	const [row] = rows;
	if (row) return fromRow(row);
	const current = await getSickLeave(db, userId);
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
