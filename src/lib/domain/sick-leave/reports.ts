/**
 * What she reports to the jobcentre: the questionnaire's answers, a partial or full return, a
 * withdrawal of a mistaken report made the same day, and a request for fast track. Each is one item
 * of a synced collection with an id made on her phone, so a retried or replayed report lands once.
 */
import { z } from 'zod';
import { localDateSchema } from '../validation';
import { fastTrackDeadline } from './deadlines';
import { questionnaireAnswersSchema } from './questionnaire';
import { RULE_NUMBERS } from './rules';

export const reportKinds = [
	'questionnaire',
	'partialReturn',
	'fullReturn',
	'withdrawal',
	'fastTrack'
] as const;
export type ReportKind = (typeof reportKinds)[number];

const MIN_ABSENCE = RULE_NUMBERS.minAbsenceHoursPerWeek;

const weeklyHours = (max: number) =>
	z
		.number({ error: 'Skriv et tal' })
		.min(0, { error: 'Timetallet kan ikke være negativt' })
		.max(max, { error: `Højst ${max} timer om ugen` })
		.multipleOf(0.5, { error: 'Skriv hele eller halve timer' });

const common = {
	id: z.uuid({ error: 'Ugyldigt id' }),
	/** Her date when she made the report (Danish calendar); a withdrawal must share it. */
	reportedOn: localDateSchema()
};

const members = {
	questionnaire: { answers: questionnaireAnswersSchema },
	partialReturn: {
		from: localDateSchema(),
		hoursWorked: weeklyHours(80),
		normalHours: weeklyHours(80).min(1, { error: 'Skriv mindst 1 time' })
	},
	fullReturn: { date: localDateSchema() },
	withdrawal: { withdraws: z.uuid({ error: 'Ugyldigt id' }) },
	fastTrack: {}
} as const;

function member<K extends ReportKind>(kind: K) {
	return z.strictObject({ ...common, kind: z.literal(kind), ...members[kind] });
}

/** The message when less than 4 hours' absence a week would remain; null when the hours are fine. */
export function partialReturnProblem(hoursWorked: number, normalHours: number): string | null {
	if (hoursWorked > normalHours) return 'Du kan ikke arbejde flere timer, end du plejer';
	if (normalHours - hoursWorked < MIN_ABSENCE) {
		const most = Math.max(0, normalHours - MIN_ABSENCE);
		return `Du skal stadig være syg mindst ${MIN_ABSENCE} timer om ugen. Med ${normalHours} timer kan du højst arbejde ${most} timer. Ellers skal du melde dig helt rask.`;
	}
	return null;
}

const kindError = { error: 'Vælg hvad du vil melde' };

/** A report as she sends it (POST body). */
export const sickLeaveReportInputSchema = z
	.discriminatedUnion(
		'kind',
		[
			member('questionnaire'),
			member('partialReturn'),
			member('fullReturn'),
			member('withdrawal'),
			member('fastTrack')
		],
		kindError
	)
	.superRefine((report, ctx) => {
		if (report.kind !== 'partialReturn') return;
		const problem = partialReturnProblem(report.hoursWorked, report.normalHours);
		if (problem) ctx.addIssue({ code: 'custom', path: ['hoursWorked'], message: problem });
	})
	.meta({ id: 'SickLeaveReportInput' });
export type SickLeaveReportInput = z.infer<typeof sickLeaveReportInputSchema>;

const stored = {
	createdAt: z.iso.datetime(),
	/** Set when she withdrew it (the same day). */
	withdrawnAt: z.iso.datetime().nullable(),
	/** Fast track: the conversation is held by this date (2 weeks after the request). */
	deadline: z.iso.date().nullable()
};

/** A report as kept and answered. */
export const sickLeaveReportSchema = z
	.discriminatedUnion('kind', [
		member('questionnaire').extend(stored),
		member('partialReturn').extend(stored),
		member('fullReturn').extend(stored),
		member('withdrawal').extend(stored),
		member('fastTrack').extend(stored)
	])
	.meta({ id: 'SickLeaveReport' });
export type SickLeaveReport = z.infer<typeof sickLeaveReportSchema>;

export const sickLeaveReportListSchema = z
	.object({ items: z.array(sickLeaveReportSchema) })
	.meta({ id: 'SickLeaveReportList' });

/** The stored report for an input: what the server keeps and what her phone shows before it lands. */
export function toReport(input: SickLeaveReportInput, createdAt: string): SickLeaveReport {
	const deadline = input.kind === 'fastTrack' ? fastTrackDeadline(input.reportedOn) : null;
	return { ...input, createdAt, withdrawnAt: null, deadline };
}

/**
 * Whether `withdrawal` may withdraw `target`: only her own report of another kind, not yet withdrawn,
 * made the same day. The message says why not (null when it may).
 */
export function withdrawalProblem(
	target: Pick<SickLeaveReport, 'kind' | 'reportedOn' | 'withdrawnAt'> | undefined,
	withdrawal: Pick<SickLeaveReportInput, 'reportedOn'>
): string | null {
	if (!target) return 'Indberetningen findes ikke';
	if (target.kind === 'withdrawal') return 'En tilbagetrækning kan ikke trækkes tilbage';
	if (target.withdrawnAt) return 'Indberetningen er allerede trukket tilbage';
	if (target.reportedOn !== withdrawal.reportedOn)
		return 'En indberetning kan kun trækkes tilbage samme dag, som du sendte den';
	return null;
}
