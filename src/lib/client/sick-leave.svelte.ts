import { sickLeave } from '../domain/entities';
import { todayLocal } from '../domain/local-time';
import {
	fastTrackOffered,
	nextStep,
	sickLeaveTimeline,
	type SickLeaveFacts,
	type SickLeaveReport,
	type SickLeaveStatus,
	type TimelineStep
} from '../domain/sick-leave';
import type { FieldError } from '../domain/validation';
import { EntityValidationError, refusedFields } from './collection-store';
import type { StoredDocument, UserDb } from './db';
import {
	chooseConflictValues,
	documentSpec,
	editDocument,
	lastMergedAt,
	readDocument
} from './document-store';
import { LocalView } from './local-view.svelte';
import { listReports, sendReport } from './sick-leave-reports-store';

interface SickLeaveRead {
	record: StoredDocument<SickLeaveStatus>;
	/** When this device last merged its write with another device's changes. */
	mergedAt: string | null;
	reports: SickLeaveReport[];
}

/** What she types into a report's form (numbers as the inputs give them). */
export type ReportForm =
	| {
			kind: 'partialReturn';
			from: string;
			hoursWorked: number | string | null;
			normalHours: number | string | null;
	  }
	| { kind: 'fullReturn'; date: string };

const numberOrNull = (value: number | string | null) =>
	value === null || value === '' ? null : Number(value);

/**
 * The sick-leave page's state: her status as on the phone, the form's values and a conflict, her
 * timeline, and the reports she sends (kept and queued on the phone, so all of it works offline).
 */
export class SickLeaveState extends LocalView<SickLeaveRead> {
	spec = $derived(this.session.profile ? documentSpec(sickLeave, this.session.profile.id) : null);
	/** The form's values; null until the first read. */
	values = $state<SickLeaveStatus | null>(null);
	/** The citizen is typing: what arrives from other devices must not replace the form under her. */
	dirty = $state(false);
	errors = $state<Record<string, string>>({});
	saved = $state(false);
	/** Messages of the report forms, by `kind.field`. */
	reportErrors = $state<Record<string, string>>({});
	/** The report just sent (its receipt), or null. */
	receipt = $state<SickLeaveReport | null>(null);
	/** Today in Denmark; a field so tests and a page left open past midnight can move it. */
	today = $state(todayLocal());

	get record() {
		return this.data?.record ?? null;
	}

	get mergedAt() {
		return this.data?.mergedAt ?? null;
	}

	get reports(): SickLeaveReport[] {
		return this.data?.reports ?? [];
	}

	/** The facts the deadline engine needs, once she has given her first day of absence. */
	get facts(): SickLeaveFacts | null {
		const doc = this.record?.doc;
		if (!doc?.firstAbsenceDay) return null;
		return { firstDay: doc.firstAbsenceDay, expectedReturn: doc.expectedReturn };
	}

	get timeline(): TimelineStep[] {
		return this.facts ? sickLeaveTimeline(this.facts) : [];
	}

	get next(): TimelineStep | null {
		return nextStep(this.timeline, this.today);
	}

	/** Her fast-track request not withdrawn, if she made one. */
	get fastTrackRequest(): SickLeaveReport | null {
		return this.reports.find((r) => r.kind === 'fastTrack' && !r.withdrawnAt) ?? null;
	}

	get fastTrackOffered(): boolean {
		return (
			this.facts !== null && !this.fastTrackRequest && fastTrackOffered(this.facts, this.today)
		);
	}

	/** A report she may still withdraw: made today, not a withdrawal, not withdrawn yet. */
	mayWithdraw(report: SickLeaveReport): boolean {
		return (
			report.kind !== 'withdrawal' &&
			!report.withdrawnAt &&
			report.reportedOn === this.today &&
			!this.#withdrawnHere(report.id)
		);
	}

	/** Withdrawn on this phone, not yet confirmed by the server. */
	#withdrawnHere(id: string): boolean {
		return this.reports.some((r) => r.kind === 'withdrawal' && r.withdraws === id);
	}

	isWithdrawn(report: SickLeaveReport): boolean {
		return Boolean(report.withdrawnAt) || this.#withdrawnHere(report.id);
	}

	protected canRead() {
		return this.spec !== null;
	}

	protected async read(db: UserDb): Promise<SickLeaveRead> {
		const spec = this.spec!;
		const [record, mergedAt, reports] = await Promise.all([
			readDocument(db, spec),
			lastMergedAt(db, spec),
			listReports(db)
		]);
		return { record, mergedAt, reports };
	}

	protected landed({ record }: SickLeaveRead) {
		if (!this.dirty || this.values === null) this.values = { ...record.doc };
	}

	/** Saves the form; the messages by field (empty when saved). */
	async save(notReady: string): Promise<FieldError[]> {
		this.saved = false;
		const db = this.db;
		const spec = this.spec;
		if (!db || !spec || !this.values)
			return this.#fail([{ field: 'expectedReturn', message: notReady }]);
		// The questionnaire's draft is its own page's; this form never writes it back.
		const { questionnaireDraft: _draft, ...values } = this.values;
		const hours = values.partialHoursPerWeek as number | null | undefined | '';
		const patch: Partial<SickLeaveStatus> = {
			...values,
			expectedReturn: values.expectedReturn || null,
			firstAbsenceDay: values.firstAbsenceDay || null,
			returnCertainty: values.returnCertainty || null,
			partialHoursPerWeek:
				values.returnKind === 'partial' && hours !== '' && hours != null ? Number(hours) : null
		};
		const refused = await refusedFields(editDocument(db, spec, patch));
		if (refused) return this.#fail(refused);
		this.errors = {};
		this.dirty = false;
		this.saved = true;
		await this.refresh(db);
		return [];
	}

	/** Sends a partial or full return; the messages by field (empty when sent, with a receipt). */
	async report(form: ReportForm, notReady: string): Promise<FieldError[]> {
		const input =
			form.kind === 'partialReturn'
				? {
						kind: form.kind,
						from: form.from || null,
						hoursWorked: numberOrNull(form.hoursWorked),
						normalHours: numberOrNull(form.normalHours)
					}
				: { kind: form.kind, date: form.date || null };
		return this.#send(form.kind, input, notReady);
	}

	/** Withdraws a mistaken report of today. */
	async withdraw(report: SickLeaveReport, notReady: string): Promise<FieldError[]> {
		return this.#send('withdrawal', { kind: 'withdrawal', withdraws: report.id }, notReady);
	}

	async askFastTrack(notReady: string): Promise<FieldError[]> {
		return this.#send('fastTrack', { kind: 'fastTrack' }, notReady);
	}

	async #send(
		kind: string,
		input: Record<string, unknown>,
		notReady: string
	): Promise<FieldError[]> {
		this.receipt = null;
		const db = this.db;
		if (!db) return this.#failReport(kind, [{ field: '(body)', message: notReady }]);
		try {
			this.receipt = await sendReport(db, {
				id: crypto.randomUUID(),
				reportedOn: this.today,
				...input
			});
		} catch (error) {
			if (!(error instanceof EntityValidationError)) throw error;
			return this.#failReport(kind, error.errors);
		}
		this.reportErrors = {};
		await this.refresh(db);
		return [];
	}

	/** Settles a conflict with her choice per field; the messages by field (empty when done). */
	async choose(
		choices: Record<string, 'local' | 'remote'>,
		notReady: string
	): Promise<FieldError[] | null> {
		const db = this.db;
		const engine = this.session.data.engine;
		const spec = this.spec;
		if (!db || !engine || !spec) return [{ field: '', message: notReady }];
		const refused = await refusedFields(chooseConflictValues(db, engine, spec, choices));
		if (refused) return refused;
		this.dirty = false;
		await this.refresh(db);
		return null;
	}

	#fail(errors: FieldError[]): FieldError[] {
		this.errors = Object.fromEntries(errors.map((problem) => [problem.field, problem.message]));
		return errors;
	}

	#failReport(kind: string, errors: FieldError[]): FieldError[] {
		this.reportErrors = Object.fromEntries(
			errors.map((problem) => [`${kind}.${problem.field}`, problem.message])
		);
		return errors;
	}
}
