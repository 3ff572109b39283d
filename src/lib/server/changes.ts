import { and, asc, eq, gt } from 'drizzle-orm';
import { z } from 'zod';
import { savedJobSchema } from '../domain/jobs';
import { joblogEntrySchema } from '../domain/joblog';
import { savedSearchSchema } from '../domain/saved-searches';
import { sickLeaveResourceSchema } from '../domain/sick-leave';
import type { Database } from './db';
import {
	deletedEntities,
	joblogEntries,
	savedJobs,
	savedSearches,
	sickLeaveStatus
} from './db/schema';
import { validationProblem } from './http';
import { findJobAds } from './jobs';
import { toEntry } from './joblog';
import { toSavedSearch } from './saved-searches';
import { getSickLeave, toResource } from './sick-leave';

export const changeSchema = z.union([
	z.object({
		entity: z.literal('joblog'),
		id: z.uuid(),
		op: z.literal('upsert'),
		data: joblogEntrySchema,
		version: z.int()
	}),
	z.object({
		entity: z.literal('savedJobs'),
		id: z.uuid(),
		op: z.literal('upsert'),
		data: savedJobSchema,
		version: z.int()
	}),
	z.object({
		entity: z.literal('savedSearches'),
		id: z.uuid(),
		op: z.literal('upsert'),
		data: savedSearchSchema,
		version: z.int()
	}),
	z.object({
		entity: z.literal('sickLeave'),
		/** The citizen's own id: she has one sick-leave status. */
		id: z.uuid(),
		op: z.literal('upsert'),
		data: sickLeaveResourceSchema,
		version: z.int()
	}),
	z.object({ entity: z.string(), id: z.uuid(), op: z.literal('delete'), version: z.int() })
]);

export const changesPageSchema = z
	.object({ changes: z.array(changeSchema), cursor: z.string(), hasMore: z.boolean() })
	.meta({ id: 'Changes' });

export type Change = z.infer<typeof changeSchema>;

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
	const [upserts, saves, searches, deletions, sickLeave] = await Promise.all([
		db
			.select()
			.from(joblogEntries)
			.where(and(eq(joblogEntries.userId, userId), gt(joblogEntries.changeSeq, since)))
			.orderBy(asc(joblogEntries.changeSeq))
			.limit(limit + 1),
		db
			.select()
			.from(savedJobs)
			.where(and(eq(savedJobs.userId, userId), gt(savedJobs.changeSeq, since)))
			.orderBy(asc(savedJobs.changeSeq))
			.limit(limit + 1),
		db
			.select()
			.from(savedSearches)
			.where(and(eq(savedSearches.userId, userId), gt(savedSearches.changeSeq, since)))
			.orderBy(asc(savedSearches.changeSeq))
			.limit(limit + 1),
		db
			.select()
			.from(deletedEntities)
			.where(and(eq(deletedEntities.userId, userId), gt(deletedEntities.changeSeq, since)))
			.orderBy(asc(deletedEntities.changeSeq))
			.limit(limit + 1),
		db
			.select({ changeSeq: sickLeaveStatus.changeSeq })
			.from(sickLeaveStatus)
			.where(and(eq(sickLeaveStatus.userId, userId), gt(sickLeaveStatus.changeSeq, since)))
	]);
	const all: Change[] = [
		...upserts.map((row) => ({
			entity: 'joblog' as const,
			id: row.id,
			op: 'upsert' as const,
			data: toEntry(row),
			version: row.changeSeq
		})),
		...deletions.map((row) => ({
			entity: row.entity,
			id: row.entityId,
			op: 'delete' as const,
			version: row.changeSeq
		})),
		...(await savedJobChanges(db, saves)),
		...(await Promise.all(
			searches.map(async (row) => ({
				entity: 'savedSearches' as const,
				id: row.id,
				op: 'upsert' as const,
				data: await toSavedSearch(db, row),
				version: row.changeSeq
			}))
		)),
		...(await sickLeaveChanges(db, userId, sickLeave))
	].sort((a, b) => a.version - b.version);
	const changes = all.slice(0, limit);
	const last = changes.at(-1)?.version ?? since;
	return { changes, cursor: encodeChangesCursor(last), hasMore: all.length > limit };
}

async function savedJobChanges(
	db: Database,
	rows: (typeof savedJobs.$inferSelect)[]
): Promise<Change[]> {
	const ads = await findJobAds(
		db,
		rows.map((row) => row.jobId)
	);
	return rows.map((row) => ({
		entity: 'savedJobs' as const,
		id: row.jobId,
		op: 'upsert' as const,
		data: { jobId: row.jobId, savedAt: row.savedAt.toISOString(), job: ads.get(row.jobId) ?? null },
		version: row.changeSeq
	}));
}

/** At most one row per citizen; read through the module so the document is checked like a GET. */
async function sickLeaveChanges(
	db: Database,
	userId: string,
	rows: { changeSeq: number }[]
): Promise<Change[]> {
	const [row] = rows;
	if (!row) return [];
	return [
		{
			entity: 'sickLeave' as const,
			id: userId,
			op: 'upsert' as const,
			data: toResource(await getSickLeave(db, userId)),
			version: row.changeSeq
		}
	];
}
