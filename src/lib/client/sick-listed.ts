import { sickLeave } from '../domain/entities';
import { todayLocal } from '../domain/local-time';
import { sickListedIfKnown } from '../domain/sick-leave/sick-listed';
import type { UserDb } from './db';
import { documentSpec, readDocument } from './document-store';
import { listReports } from './sick-leave-reports-store';

/**
 * Whether she is sick-listed today, from her sick-leave status and reports on the phone (so a full
 * return she has just reported counts at once, offline too); null when they tell nothing.
 */
export async function sickListedOnPhone(
	db: UserDb,
	userId: string,
	today = todayLocal()
): Promise<boolean | null> {
	const [status, reports] = await Promise.all([
		readDocument(db, documentSpec(sickLeave, userId)),
		listReports(db)
	]);
	return sickListedIfKnown(status.doc, reports, today);
}
