import { cv as cvEntity } from '../domain/entities/cv';
import {
	addWord,
	moveItem,
	newEntry,
	removeAt,
	restoreAt,
	type EntryList,
	type Removed
} from '../domain/cv/entries';
import { cvSchema, type Cv } from '../domain/cv/model';
import { dateProblems, mayBeSearchable } from '../domain/cv/rules';
import { todayLocal } from '../domain/local-time';
import { fieldErrors, type FieldError } from '../domain/validation';
import { refusedFields } from './collection-store';
import type { StoredDocument, UserDb } from './db';
import {
	chooseConflictValues,
	documentSpec,
	editDocument,
	lastMergedAt,
	readDocument
} from './document-store';
import { CvHistory } from './cv-history.svelte';
import { LocalView } from './local-view.svelte';
import type { Session } from './session.svelte';
import { sickListedOnPhone } from './sick-listed';

/** How long the editor waits after the last keystroke before it saves on the phone. */
export const AUTOSAVE_MS = 400;
/** How long "Fortryd" is offered after removing an entry. */
export const UNDO_MS = 10_000;
/** meta key: what she typed while part of it was invalid, kept on the phone until she corrects it. */
export const DRAFT_KEY = 'cvDraft';

interface CvRead {
	record: StoredDocument<Cv>;
	mergedAt: string | null;
	/** The form as she left it when something in it was invalid (not sent until corrected). */
	draft: Cv | null;
	/** Whether her sick leave on the phone says she is sick-listed; null when it tells nothing. */
	sickListed: boolean | null;
}

/** Where her CV is, in the words the page shows (`cv.status.<key>`). */
export type CvStatus =
	| 'loading'
	| 'untouched'
	| 'saving'
	| 'invalid'
	| 'conflict'
	| 'failed'
	| 'offline'
	| 'phone'
	| 'sent';

export interface RemovedEntry {
	list: EntryList;
	removed: Removed<Cv[EntryList][number]>;
}

/**
 * Everything the jobcentre would refuse, by field path (`contact.email`, `experience.0.end`), in the
 * model's and the rules' Danish: the schema, then the date rules and a searchable CV's visible contact
 * (what the server checks too). A CV she asks to make searchable while sick-listed or incomplete is
 * not refused: it is saved, and the page says why it is not searchable yet.
 */
export function cvFieldErrors(doc: Cv, today: string): FieldError[] {
	const parsed = cvSchema.safeParse(doc);
	if (!parsed.success) return fieldErrors(parsed.error);
	const problems = dateProblems(doc, today);
	const verdict = mayBeSearchable(doc, { sickListed: false });
	if (doc.searchable && !verdict.allowed && verdict.reason === 'no-visible-contact') {
		problems.push({ field: 'searchable', message: verdict.message });
	}
	return problems;
}

/**
 * The CV editor's state: the form's values, saved on the phone a moment after every change (no save
 * button) and queued for the jobcentre through the outbox, the messages by field, where the CV is
 * (status), removed entries she can bring back, and the conflict when two devices changed the same
 * field. What is invalid is kept on the phone as a draft and sent once she has corrected it.
 */
export class CvState extends LocalView<CvRead> {
	spec = $derived(this.session.profile ? documentSpec(cvEntity, this.session.profile.id) : null);
	/** The form's values; null until the first read. */
	values = $state<Cv | null>(null);
	errors = $state<Record<string, string>>({});
	/** The entry she has just removed, offered back with "Fortryd" for a while. */
	removed = $state.raw<RemovedEntry | null>(null);
	/** Versions, import and PDF (the "PDF, import og versioner" section). */
	readonly history = new CvHistory(this);
	#saving = $state(false);
	/** A save is waiting for her to pause typing. */
	#queued = $state(false);
	/** Changes not yet written; the form is hers while this is above 0. */
	#edits = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#undoTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(session: Session) {
		super(session);
		$effect(() => {
			// Leaving the page (or the tab) saves what is waiting, so no keystroke is lost.
			const leave = () => void this.flush();
			addEventListener('pagehide', leave);
			return () => {
				removeEventListener('pagehide', leave);
				clearTimeout(this.#undoTimer);
				leave();
			};
		});
	}

	get record() {
		return this.data?.record ?? null;
	}

	get mergedAt() {
		return this.data?.mergedAt ?? null;
	}

	/**
	 * Sick-listed citizens' CVs are not searchable (Jobnet's rule). Her sick leave on the phone says
	 * whether she is (a full return ends it); the jobcentre's benefit, when it knows nothing.
	 */
	get sickListed(): boolean {
		return this.data?.sickListed ?? this.session.profile?.benefitType === 'sygedagpenge';
	}

	get status(): CvStatus {
		const record = this.record;
		const spec = this.spec;
		if (!record || !spec || !this.values) return 'loading';
		if (record.conflict) return 'conflict';
		if (this.#saving || this.#queued) return 'saving';
		if (Object.keys(this.errors).length > 0) return 'invalid';
		if (this.failureOf(spec.entity, spec.id)) return 'failed';
		if (this.isPending(spec.entity, spec.id)) {
			return this.session.data.status.online ? 'phone' : 'offline';
		}
		return record.etag ? 'sent' : 'untouched';
	}

	/** Why the jobcentre refused the last change, if it did. */
	get failure() {
		return this.spec ? this.failureOf(this.spec.entity, this.spec.id) : undefined;
	}

	protected canRead() {
		return this.spec !== null;
	}

	protected async read(db: UserDb): Promise<CvRead> {
		const spec = this.spec!;
		const [record, mergedAt, draft, sickListed] = await Promise.all([
			readDocument(db, spec),
			lastMergedAt(db, spec),
			db.get('meta', DRAFT_KEY),
			sickListedOnPhone(db, spec.id)
		]);
		return { record, mergedAt, draft: (draft as Cv | undefined) ?? null, sickListed };
	}

	protected landed({ record, draft }: CvRead) {
		if (this.#edits > 0 || this.#saving) return;
		this.values = structuredClone(draft ?? record.doc);
		this.errors = draft ? this.#errorsOf(draft) : {};
	}

	#errorsOf(doc: Cv): Record<string, string> {
		return Object.fromEntries(
			cvFieldErrors(doc, todayLocal()).map((problem) => [problem.field, problem.message])
		);
	}

	/** Takes what is on the phone now (after a restore or import), dropping any draft. */
	async reload(): Promise<void> {
		const db = this.db;
		if (!db) return;
		await db.delete('meta', DRAFT_KEY);
		this.#edits = 0;
		await this.refresh(db);
	}

	/** Call after every change the citizen makes: saves on the phone a moment later. */
	changed() {
		this.#edits++;
		clearTimeout(this.#timer);
		this.#queued = true;
		this.#timer = setTimeout(() => void this.flush(), AUTOSAVE_MS);
	}

	/** Saves what is waiting now (also on leaving the page). */
	async flush(): Promise<void> {
		clearTimeout(this.#timer);
		this.#queued = false;
		const db = this.db;
		const spec = this.spec;
		if (!db || !spec || !this.values || this.#edits === 0 || this.#saving) return;
		const edits = this.#edits;
		const doc = $state.snapshot(this.values) as Cv;
		this.#saving = true;
		try {
			const errors = this.#errorsOf(doc);
			this.errors = errors;
			if (Object.keys(errors).length > 0) {
				await db.put('meta', doc, DRAFT_KEY);
			} else {
				const refused = await refusedFields(editDocument(db, spec, doc));
				if (refused) this.errors = Object.fromEntries(refused.map((e) => [e.field, e.message]));
				if (Object.keys(this.errors).length === 0) await db.delete('meta', DRAFT_KEY);
			}
			// Changes made while this save ran are saved by their own timer.
			this.#edits -= edits;
		} finally {
			this.#saving = false;
		}
		// A change made while this save ran: its timer may have found the save busy, so save again.
		if (this.#edits > 0) {
			if (!this.#queued) await this.flush();
		} else await this.refresh(db);
	}

	add(list: EntryList): string {
		const id = crypto.randomUUID();
		const values = this.values!;
		(values[list] as unknown[]) = [...values[list], newEntry(list, id)];
		this.changed();
		return id;
	}

	remove(list: EntryList, index: number) {
		const values = this.values!;
		const { items, removed } = removeAt(values[list] as Cv[EntryList][number][], index);
		if (!removed) return;
		(values[list] as unknown[]) = items;
		this.removed = { list, removed };
		clearTimeout(this.#undoTimer);
		this.#undoTimer = setTimeout(() => (this.removed = null), UNDO_MS);
		this.changed();
	}

	/** "Fortryd": the removed entry goes back in its place; returns its id. */
	undoRemove(): string | null {
		const removed = this.removed;
		if (!removed || !this.values) return null;
		const values = this.values;
		(values[removed.list] as unknown[]) = restoreAt(
			values[removed.list] as Cv[EntryList][number][],
			removed.removed
		);
		this.removed = null;
		clearTimeout(this.#undoTimer);
		this.changed();
		return removed.removed.item.id;
	}

	move(list: EntryList, index: number, by: -1 | 1) {
		const values = this.values!;
		(values[list] as unknown[]) = moveItem(values[list] as unknown[], index, by);
		this.changed();
	}

	addWord(list: 'skills' | 'jobTitles', word: string): boolean {
		const values = this.values!;
		const current = list === 'skills' ? values.skills : values.wishes.jobTitles;
		const next = addWord(current, word);
		if (next.length === current.length) return false;
		if (list === 'skills') values.skills = next;
		else values.wishes.jobTitles = next;
		this.changed();
		return true;
	}

	removeWord(list: 'skills' | 'jobTitles', index: number) {
		const values = this.values!;
		if (list === 'skills') values.skills = values.skills.filter((_, i) => i !== index);
		else values.wishes.jobTitles = values.wishes.jobTitles.filter((_, i) => i !== index);
		this.changed();
	}

	/** Settles a conflict with her choice per field; the messages by field, null when done. */
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
		await db.delete('meta', DRAFT_KEY);
		await this.refresh(db);
		return null;
	}
}
