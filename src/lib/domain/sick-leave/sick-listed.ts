/**
 * Whether she is sick-listed on a given day: the fact the CV uses (her CV is not searchable while she
 * is, issue #15 and the CV issue). She is from her first day of absence until the day of a full
 * return she has reported and not withdrawn; a partial return keeps her sick-listed.
 */
import type { SickLeaveReport } from './reports';
import type { SickLeaveStatus } from './status';

export function isSickListed(
	status: Pick<SickLeaveStatus, 'firstAbsenceDay'>,
	reports: readonly Pick<SickLeaveReport, 'kind' | 'withdrawnAt' | 'reportedOn'>[],
	today: string
): boolean {
	if (!status.firstAbsenceDay || status.firstAbsenceDay > today) return false;
	return !reports.some(
		(report) =>
			report.kind === 'fullReturn' &&
			!report.withdrawnAt &&
			'date' in report &&
			typeof report.date === 'string' &&
			report.date >= status.firstAbsenceDay! &&
			report.date <= today
	);
}

/**
 * Whether she is sick-listed today as far as her sick leave tells: null when it tells nothing (no
 * first day of absence yet), so the CV can fall back on the jobcentre's profile. A full return she
 * has reported by today ends it even without a first day.
 */
export function sickListedIfKnown(
	status: Pick<SickLeaveStatus, 'firstAbsenceDay'> | null,
	reports: readonly Pick<SickLeaveReport, 'kind' | 'withdrawnAt' | 'reportedOn'>[],
	today: string
): boolean | null {
	if (status?.firstAbsenceDay) return isSickListed(status, reports, today);
	const returned = reports.some(
		(report) =>
			report.kind === 'fullReturn' &&
			!report.withdrawnAt &&
			'date' in report &&
			typeof report.date === 'string' &&
			report.date <= today
	);
	return returned ? false : null;
}
