import { and, desc, eq, lt, or, sql, type SQL } from 'drizzle-orm';
import type { JoblogEntry, joblogEntryInputSchema } from '../domain/joblog';
import type { z } from 'zod';
import { joblog } from '../domain/entities';
import type { Database } from './db';
import { joblogEntries } from './db/schema';
import { HttpProblem } from './http';
import { checkCursor, dateIdCursor, toPage, type Page } from './paging';
import { inChangeOrder } from './change-order';
import { deleteOwned, ensureRoom, syncedTable } from './synced-table';

type Row = typeof joblogEntries.$inferSelect;

export function toEntry(row: Row): JoblogEntry {
	return {
		id: row.id,
		appliedOn: row.appliedOn,
		jobTitle: row.jobTitle,
		employer: row.employer,
		method: row.method as JoblogEntry['method'],
		status: row.status as JoblogEntry['status'],
		note: row.note,
		jobId: row.jobId,
		createdAt: row.createdAt.toISOString(),
		updatedAt: row.updatedAt.toISOString()
	};
}

export const joblogTable = syncedTable({
	definition: joblog,
	table: joblogEntries,
	key: joblogEntries.id,
	owner: joblogEntries.userId,
	changeSeq: joblogEntries.changeSeq,
	toData: async (_db, rows) => rows.map(toEntry)
});

/** Newest application first; keyset paging on (appliedOn, id) so no entry appears on two pages. */
export async function listJoblog(
	db: Database,
	userId: string,
	limit: number,
	after: (string | number | null)[] | null
): Promise<Page<JoblogEntry>> {
	const conditions: SQL[] = [eq(joblogEntries.userId, userId)];
	if (after) {
		const [appliedOn, id] = checkCursor(after, dateIdCursor);
		conditions.push(
			or(
				lt(joblogEntries.appliedOn, appliedOn),
				and(eq(joblogEntries.appliedOn, appliedOn), lt(joblogEntries.id, id))
			)!
		);
	}
	const rows = await db
		.select()
		.from(joblogEntries)
		.where(and(...conditions))
		.orderBy(desc(joblogEntries.appliedOn), desc(joblogEntries.id))
		.limit(limit + 1);
	const page = toPage(rows, limit, (row) => [row.appliedOn, row.id]);
	return { items: page.items.map(toEntry), nextCursor: page.nextCursor };
}

/**
 * Creates an entry, under the client's id when it sent one. Sending the same id again (a retry after the
 * idempotency record expired) answers with the stored entry instead of a duplicate. Ids are hers
 * alone (the key is user and id): another citizen's id is as free as any, so nothing tells that it
 * exists. Beyond the joblog's limit a new entry is refused (`ensureRoom`).
 */
export async function createJoblogEntry(
	db: Database,
	userId: string,
	input: z.output<typeof joblogEntryInputSchema>
): Promise<{ entry: JoblogEntry; created: boolean }> {
	const id = input.id ?? crypto.randomUUID();
	return inChangeOrder(db, userId, async (tx) => {
		const [existing] = await tx
			.select()
			.from(joblogEntries)
			.where(and(eq(joblogEntries.userId, userId), eq(joblogEntries.id, id)));
		if (existing) return { entry: toEntry(existing), created: false };
		await ensureRoom(tx, joblogTable, userId);
		const [row] = await tx
			.insert(joblogEntries)
			.values({ ...input, id, userId })
			.returning();
		return { entry: toEntry(row!), created: true };
	});
}

export async function updateJoblogEntry(
	db: Database,
	userId: string,
	id: string,
	patch: Partial<z.output<typeof joblogEntryInputSchema>>
): Promise<JoblogEntry> {
	const [row] = await inChangeOrder(db, userId, (tx) =>
		tx
			.update(joblogEntries)
			.set({ ...patch, updatedAt: new Date(), changeSeq: sql`nextval('change_seq')` })
			.where(and(eq(joblogEntries.id, id), eq(joblogEntries.userId, userId)))
			.returning()
	);
	// Another citizen's entry answers exactly like a missing one: 404, never revealing that it exists.
	if (!row) throw new HttpProblem(404, { detail: joblog.operations.patch.notFound });
	return toEntry(row);
}

/** Deletes and leaves a tombstone in the same transaction, so other devices learn of it. */
export function deleteJoblogEntry(db: Database, userId: string, id: string): Promise<void> {
	return deleteOwned(db, joblogTable, userId, id);
}
