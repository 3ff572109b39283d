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
