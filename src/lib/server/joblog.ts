import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import type { JoblogEntry, joblogEntryInputSchema } from '../domain/joblog';
import type { z } from 'zod';
import type { Database } from './db';
import { joblogEntries } from './db/schema';
import { HttpProblem } from './http';
import { toPage, type Page } from './paging';

type Row = typeof joblogEntries.$inferSelect;

function toEntry(row: Row): JoblogEntry {
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

/** Newest application first; keyset paging on (appliedOn, id) so no entry appears on two pages. */
export async function listJoblog(
	db: Database,
	userId: string,
	limit: number,
	after: (string | number | null)[] | null
): Promise<Page<JoblogEntry>> {
	const conditions: SQL[] = [eq(joblogEntries.userId, userId)];
	if (after) {
		const [appliedOn, id] = after.map(String);
		conditions.push(
			or(
				lt(joblogEntries.appliedOn, appliedOn!),
				and(eq(joblogEntries.appliedOn, appliedOn!), lt(joblogEntries.id, id!))
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

export async function createJoblogEntry(
	db: Database,
	userId: string,
	input: z.output<typeof joblogEntryInputSchema>
): Promise<JoblogEntry> {
	const [row] = await db
		.insert(joblogEntries)
		.values({ ...input, userId })
		.returning();
	return toEntry(row!);
}

/** Another citizen's entry answers exactly like a missing one: 404, never revealing that it exists. */
function notFound() {
	return new HttpProblem(404, { detail: 'Ansøgningen findes ikke i din joblog.' });
}

export async function updateJoblogEntry(
	db: Database,
	userId: string,
	id: string,
	patch: Partial<z.output<typeof joblogEntryInputSchema>>
): Promise<JoblogEntry> {
	const [row] = await db
		.update(joblogEntries)
		.set({ ...patch, updatedAt: new Date() })
		.where(and(eq(joblogEntries.id, id), eq(joblogEntries.userId, userId)))
		.returning();
	if (!row) throw notFound();
	return toEntry(row);
}

export async function deleteJoblogEntry(db: Database, userId: string, id: string): Promise<void> {
	const deleted = await db
		.delete(joblogEntries)
		.where(and(eq(joblogEntries.id, id), eq(joblogEntries.userId, userId)))
		.returning({ id: joblogEntries.id });
	if (deleted.length === 0) throw notFound();
}

export function parseEntryId(value: string): string {
	if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value))
		throw notFound();
	return value;
}
