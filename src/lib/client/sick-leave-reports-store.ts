import { sickLeaveReports } from '../domain/entities';
import { nowIso } from '../domain/local-time';
import {
	sickLeaveReportInputSchema,
	toReport,
	type SickLeaveReport
} from '../domain/sick-leave/reports';
import { collectionStore, validated } from './collection-store';
import type { UserDb } from './db';

const reports = collectionStore<SickLeaveReport>(sickLeaveReports);

/**
 * Checks and keeps a report on the phone and queues it, in one transaction; the id made here is the
 * server's too, so a resent report lands once. Throws EntityValidationError naming the fields.
 */
export async function sendReport(db: UserDb, input: unknown): Promise<SickLeaveReport> {
	const report = validated(sickLeaveReportInputSchema, input);
	return reports.put(db, toReport(report, nowIso()), report);
}

/** Newest first. */
export async function listReports(db: UserDb): Promise<SickLeaveReport[]> {
	const all = await reports.list(db);
	return all.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
