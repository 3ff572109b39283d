import { sickLeave } from '../domain/entities';
import { todayLocal } from '../domain/local-time';
import {
	emptyDraft,
	questionnaireAnswersSchema,
	questionnaireSteps,
	stepFields,
	type QuestionnaireDraft,
	type QuestionnaireStep,
	type SickLeaveReport,
	type SickLeaveStatus
} from '../domain/sick-leave';
import { fieldErrors, type FieldError } from '../domain/validation';
import { EntityValidationError } from './collection-store';
import type { StoredDocument, UserDb } from './db';
import { documentSpec, editDocument, readDocument } from './document-store';
import { LocalView } from './local-view.svelte';
import { sendReport } from './sick-leave-reports-store';

/**
 * The questionnaire in steps. Her answers are kept in the status document's draft each time she moves
 * on or chooses "Gem og fortsæt senere", so another device continues after a sync; leaving without
 * saving keeps the draft as it was. Sending makes one report and clears the draft.
 */
export class QuestionnaireState extends LocalView<StoredDocument<SickLeaveStatus>> {
	spec = $derived(this.session.profile ? documentSpec(sickLeave, this.session.profile.id) : null);
	draft = $state<QuestionnaireDraft | null>(null);
	errors = $state<Record<string, string>>({});
	/** Set once the draft was saved by "Gem og fortsæt senere" (the confirmation). */
	savedForLater = $state(false);
	/** The report sent (the receipt), or null. */
	sent = $state<SickLeaveReport | null>(null);
	/** Moved on or typed since the last read: what arrives from another device waits. */
	#touched = false;

	get stepIndex(): number {
		return questionnaireSteps.indexOf(this.draft?.step ?? 'job');
	}

	protected canRead() {
		return this.spec !== null;
	}

	protected read(db: UserDb) {
		return readDocument(db, this.spec!);
	}

	protected landed(record: StoredDocument<SickLeaveStatus>) {
		if (this.#touched && this.draft) return;
		this.draft = structuredClone($state.snapshot(record.doc.questionnaireDraft)) ?? emptyDraft();
	}

	touch() {
		this.#touched = true;
		this.savedForLater = false;
	}

	/** Checks this step's answers; on to the next step, kept in the draft. */
	async next(notReady: string): Promise<FieldError[]> {
		const draft = this.draft;
		if (!draft) return [{ field: 'job', message: notReady }];
		const step = draft.step;
		const problems = this.#check(stepFields[step]);
		if (problems.length > 0) return problems;
		return this.#go(questionnaireSteps[this.stepIndex + 1] ?? 'summary', notReady);
	}

	back(notReady: string): Promise<FieldError[]> {
		return this.#go(questionnaireSteps[Math.max(0, this.stepIndex - 1)]!, notReady);
	}

	/** From the summary back to a step to change an answer. */
	edit(step: QuestionnaireStep, notReady: string): Promise<FieldError[]> {
		return this.#go(step, notReady);
	}

	/** "Gem og fortsæt senere": the draft as it is, at this step. */
	async saveForLater(notReady: string): Promise<FieldError[]> {
		const problems = await this.#save(notReady);
		this.savedForLater = problems.length === 0;
		return problems;
	}

	/** Sends the answers as one report and clears the draft. */
	async send(notReady: string): Promise<FieldError[]> {
		const db = this.db;
		const spec = this.spec;
		if (!db || !spec || !this.draft) return [{ field: 'job', message: notReady }];
		const { step: _step, ...answers } = $state.snapshot(this.draft);
		const problems = this.#check(Object.keys(questionnaireAnswersSchema.shape));
		if (problems.length > 0) return problems;
		try {
			this.sent = await sendReport(db, {
				id: crypto.randomUUID(),
				reportedOn: todayLocal(),
				kind: 'questionnaire',
				answers
			});
		} catch (error) {
			if (!(error instanceof EntityValidationError)) throw error;
			return this.#fail(
				error.errors.map((e) => ({ ...e, field: e.field.replace(/^answers\./, '') }))
			);
		}
		await editDocument(db, spec, { questionnaireDraft: null });
		this.#touched = false;
		return [];
	}

	async #go(step: QuestionnaireStep, notReady: string): Promise<FieldError[]> {
		if (!this.draft) return [{ field: 'job', message: notReady }];
		this.draft.step = step;
		return this.#save(notReady);
	}

	async #save(notReady: string): Promise<FieldError[]> {
		const db = this.db;
		const spec = this.spec;
		if (!db || !spec || !this.draft) return [{ field: 'job', message: notReady }];
		try {
			await editDocument(db, spec, { questionnaireDraft: $state.snapshot(this.draft) });
		} catch (error) {
			if (!(error instanceof EntityValidationError)) throw error;
			return this.#fail(
				error.errors.map((e) => ({ ...e, field: e.field.replace(/^questionnaireDraft\./, '') }))
			);
		}
		this.errors = {};
		return [];
	}

	/** The named answers checked as they will be sent. */
	#check(fields: readonly string[]): FieldError[] {
		const mask = Object.fromEntries(fields.map((field) => [field, true as const]));
		const schema = questionnaireAnswersSchema.pick(mask as never);
		const draft = (this.draft ?? {}) as Record<string, unknown>;
		// Only the named answers: the schema is strict, and the draft has the others and its step.
		const parsed = schema.safeParse(
			Object.fromEntries(fields.map((field) => [field, draft[field]]))
		);
		if (parsed.success) {
			this.errors = {};
			return [];
		}
		return this.#fail(fieldErrors(parsed.error));
	}

	#fail(errors: FieldError[]): FieldError[] {
		this.errors = Object.fromEntries(errors.map((e) => [e.field.split('.')[0]!, e.message]));
		return errors;
	}
}
