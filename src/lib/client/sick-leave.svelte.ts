import { sickLeave } from '../domain/entities';
import type { SickLeaveStatus } from '../domain/sick-leave';
import type { FieldError } from '../domain/validation';
import { EntityValidationError } from './collection-store';
import type { StoredDocument, UserDb } from './db';
import {
	chooseConflictValues,
	documentSpec,
	editDocument,
	lastMergedAt,
	readDocument
} from './document-store';
import { LocalView } from './local-view.svelte';

interface SickLeaveRead {
	record: StoredDocument<SickLeaveStatus>;
	/** When this device last merged its write with another device's changes. */
	mergedAt: string | null;
}

/** The sick-leave page's state: her status as on the phone, the form's values and a conflict. */
export class SickLeaveState extends LocalView<SickLeaveRead> {
	spec = $derived(this.session.profile ? documentSpec(sickLeave, this.session.profile.id) : null);
	/** The form's values; null until the first read. */
	values = $state<SickLeaveStatus | null>(null);
	/** The citizen is typing: what arrives from other devices must not replace the form under her. */
	dirty = $state(false);
	errors = $state<Record<string, string>>({});
	saved = $state(false);

	get record() {
		return this.data?.record ?? null;
	}

	get mergedAt() {
		return this.data?.mergedAt ?? null;
	}

	protected canRead() {
		return this.spec !== null;
	}

	protected async read(db: UserDb): Promise<SickLeaveRead> {
		const spec = this.spec!;
		const [record, mergedAt] = await Promise.all([readDocument(db, spec), lastMergedAt(db, spec)]);
		return { record, mergedAt };
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
		const values = this.values;
		const hours = values.partialHoursPerWeek as number | null | undefined | '';
		const patch: SickLeaveStatus = {
			...values,
			expectedReturn: values.expectedReturn || null,
			partialHoursPerWeek:
				values.returnKind === 'partial' && hours !== '' && hours != null ? Number(hours) : null
		};
		try {
			await editDocument(db, spec, patch);
		} catch (error) {
			if (!(error instanceof EntityValidationError)) throw error;
			return this.#fail(error.errors);
		}
		this.errors = {};
		this.dirty = false;
		this.saved = true;
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
		try {
			await chooseConflictValues(db, engine, spec, choices);
		} catch (error) {
			if (!(error instanceof EntityValidationError)) throw error;
			return error.errors;
		}
		this.dirty = false;
		await this.refresh(db);
		return null;
	}

	#fail(errors: FieldError[]): FieldError[] {
		this.errors = Object.fromEntries(errors.map((problem) => [problem.field, problem.message]));
		return errors;
	}
}
