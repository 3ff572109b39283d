import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from './db';
import { sickLeaveReports, type User } from './db/schema';
import { HttpProblem } from './http';
import { sickLeaveReports as reportsEntity } from '../domain/entities';
import {
	sickLeaveReportSchema,
	toReport,
	withdrawalProblem,
	type SickLeaveReport,
	type SickLeaveReportInput
} from '../domain/sick-leave/reports';
import { isSickListed } from '../domain/sick-leave/sick-listed';
import { localDateOf } from '../domain/local-time';
import { getSickLeave } from './sick-leave';
import { inChangeOrder } from './change-order';
import { ensureRoom, syncedTable } from './synced-table';
import { closeOpenRequestIn, createRequestIn } from './booking/requests';

type Row = typeof sickLeaveReports.$inferSelect;

/** The kind-specific fields kept in `body`; the rest are columns. */
function bodyOf(input: SickLeaveReportInput): Record<string, unknown> {
	const { id: _id, kind: _kind, reportedOn: _reportedOn, ...rest } = input;
	return rest;
}

export function toReportOf(row: Row): SickLeaveReport {
	// Rows were checked when written; the schema narrows the stored body to its kind again.
	return sickLeaveReportSchema.parse({
		...row.body,
		id: row.id,
		kind: row.kind,
		reportedOn: row.reportedOn,
		createdAt: row.createdAt.toISOString(),
		withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
		deadline: row.deadline
	});
}

export const sickLeaveReportsTable = syncedTable({
	definition: reportsEntity,
	table: sickLeaveReports,
	key: sickLeaveReports.id,
	owner: sickLeaveReports.userId,
	changeSeq: sickLeaveReports.changeSeq,
	toData: async (_db, rows) => rows.map(toReportOf)
});

export async function listSickLeaveReports(
	db: Database,
	userId: string
): Promise<SickLeaveReport[]> {
	const rows = await db
		.select()
		.from(sickLeaveReports)
		.where(eq(sickLeaveReports.userId, userId))
		.orderBy(desc(sickLeaveReports.createdAt), desc(sickLeaveReports.id));
	return rows.map(toReportOf);
}

/**
 * Stores a report under the id her phone made; the same id again answers the stored report (a retry
 * after its idempotency record expired), so each report lands once. A withdrawal marks its target in
 * the same transaction, and both reach her other devices through the feed. A fast-track report also
 * registers her conversation request (fast-track kind, 2 weeks) in the same transaction, under the
 * report's id, so one outbox item from her phone does both; when a fast-track request is already
 * open, that one stands. Withdrawing the report closes the request it made, if still open.
 */
export async function createSickLeaveReport(
	db: Database,
	user: User,
	input: SickLeaveReportInput
): Promise<{ report: SickLeaveReport; created: boolean }> {
	const userId = user.id;
	return inChangeOrder(db, userId, async (tx) => {
		const [existing] = await tx
			.select()
			.from(sickLeaveReports)
			.where(and(eq(sickLeaveReports.userId, userId), eq(sickLeaveReports.id, input.id)));
		if (existing) return { report: toReportOf(existing), created: false };
		await ensureRoom(tx, sickLeaveReportsTable, userId);
		if (input.kind === 'withdrawal') await withdraw(tx, userId, input);
		if (input.kind === 'fastTrack') {
			const request = { id: input.id, kind: 'fastTrack', topic: 'sygdom', note: '' } as const;
			await createRequestIn(tx, user, request);
		}
		const report = toReport(input, new Date().toISOString());
		const [row] = await tx
			.insert(sickLeaveReports)
			.values({
				id: input.id,
				userId,
				kind: input.kind,
				reportedOn: input.reportedOn,
				body: bodyOf(input),
				deadline: report.deadline
			})
			.returning();
		return { report: toReportOf(row!), created: true };
	});
}

async function withdraw(
	tx: Database,
	userId: string,
	input: Extract<SickLeaveReportInput, { kind: 'withdrawal' }>
) {
	const [target] = await tx
		.select()
		.from(sickLeaveReports)
		.where(and(eq(sickLeaveReports.userId, userId), eq(sickLeaveReports.id, input.withdraws)));
	const problem = withdrawalProblem(target && toReportOf(target), input);
	if (problem) {
		// 409: the report is fine as written, but the state does not allow it (too late, already done).
		throw new HttpProblem(target ? 409 : 404, {
			detail: problem,
			errors: [{ field: 'withdraws', message: problem }]
		});
	}
	await tx
		.update(sickLeaveReports)
		.set({ withdrawnAt: new Date(), changeSeq: sql`nextval('change_seq')` })
		.where(and(eq(sickLeaveReports.userId, userId), eq(sickLeaveReports.id, input.withdraws)));
	if (target!.kind === 'fastTrack') await closeOpenRequestIn(tx, userId, input.withdraws);
}

/**
 * Whether she is sick-listed today (Danish date): for the CV work, whose CV search leaves her out
 * while she is. Reads her status document and her reports.
 */
export async function isCitizenSickListed(
	db: Database,
	userId: string,
	today = localDateOf(new Date())
): Promise<boolean> {
	const [status, reports] = await Promise.all([
		getSickLeave(db, userId),
		listSickLeaveReports(db, userId)
	]);
	return isSickListed(status.document, reports, today);
}
