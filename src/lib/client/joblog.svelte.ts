import { untrack } from 'svelte';
import { joblog } from '../domain/entities';
import type { JoblogEntry, JoblogEntryInput } from '../domain/joblog';
import { countByMonth, groupByWeek } from '../domain/joblog-weeks';
import { todayLocal } from '../domain/local-time';
import { savedText, type Text } from '../domain/sync-status-text';
import type { FieldError } from '../domain/validation';
import { EntityValidationError } from './collection-store';
import type { UserDb } from './db';
import { HeldDeletion } from './held-deletion';
import {
	addJoblogEntry,
	getJoblogEntry,
	listJoblogEntries,
	removeJoblogEntry,
	updateJoblogEntry
} from './joblog-store';
import { LocalView } from './local-view.svelte';
import type { Session } from './session.svelte';

/** How long "Fortryd" is offered after "Slet". */
export const UNDO_MS = 10_000;
const HELD_KEY = 'vj-joblog-held-deletions';

/** What the page's one live region says: a text key and the entry it is about. */
export interface Announcement extends Text {
	entry?: Pick<JoblogEntry, 'jobTitle' | 'employer' | 'status'>;
	/** Moves on with each announcement, so the same words twice are still said twice. */
	serial: number;
}

/** The joblog page's state: her entries by week and month, and what she does with them. */
export class JoblogState extends LocalView<JoblogEntry[]> {
	readonly today = todayLocal();
	/** The entry she has just deleted, hidden while "Fortryd" is offered; nothing sent yet. */
	deleting = $state.raw<JoblogEntry | null>(null);
	/** Deleted and being written; hidden so it does not flash back before the next read. */
	#gone = $state.raw<readonly string[]>([]);
	announcement = $state.raw<Announcement | null>(null);
	entries = $derived(
		(this.data ?? []).filter(
			(entry) => entry.id !== this.deleting?.id && !this.#gone.includes(entry.id)
		)
	);
	weeks = $derived(groupByWeek(this.entries, this.today));
	months = $derived(countByMonth(this.entries));
	readonly #held: HeldDeletion;

	constructor(session: Session) {
		super(session);
		this.#held = new HeldDeletion({
			storage: typeof localStorage === 'undefined' ? null : localStorage,
			storageKey: HELD_KEY,
			delayMs: UNDO_MS,
			deleteNow: (id) => this.#deleteNow(id),
			onChange: (id) => {
				if (!id) this.deleting = null;
			}
		});
		// Left in the undo time (a reload, a closed tab): the deletion is due now, hidden meanwhile.
		this.#gone = this.#held.waiting();
		$effect(() => {
			// Untracked: finishing reads and writes the hidden ids, which must not run this again.
			if (session.data.db) untrack(() => void this.#held.finishLeftovers());
		});
		// Leaving the page ends the undo time: the delete is queued then.
		$effect(() => {
			const leave = () => void this.#held.finish();
			addEventListener('pagehide', leave);
			return () => {
				removeEventListener('pagehide', leave);
				leave();
			};
		});
	}

	/** What a saved entry's confirmation says now: "sent when online" only while offline. */
	get savedTextKey(): string {
		return savedText('joblog', this.session.data.status).key;
	}

	protected read(db: UserDb) {
		return listJoblogEntries(db);
	}

	isEntryPending(id: string) {
		return this.isPending(joblog.name, id);
	}

	entryFailure(id: string) {
		return this.failureOf(joblog.name, id);
	}

	#announce(key: string, entry?: Announcement['entry']) {
		this.announcement = { key, entry, serial: (this.announcement?.serial ?? 0) + 1 };
	}

	/** Null when saved; otherwise the messages to show next to the fields. */
	async add(input: JoblogEntryInput, notReady: string): Promise<FieldError[] | null> {
		const db = this.db;
		if (!db) return [{ field: 'jobTitle', message: notReady }];
		try {
			await addJoblogEntry(db, input);
			return null;
		} catch (error) {
			if (error instanceof EntityValidationError) return error.errors;
			throw error;
		}
	}

	/** Called when she has chosen (left the field or pressed Enter), not on every arrow key. */
	async setStatus(id: string, status: JoblogEntry['status']) {
		const db = this.db;
		const entry = this.entries.find((e) => e.id === id);
		if (!db || !entry || entry.status === status) return;
		await updateJoblogEntry(db, id, { status });
		this.#announce('joblog.statusSaved', { ...entry, status });
	}

	/** Hides the entry and offers "Fortryd"; the delete is queued only when that time is over. */
	async remove(id: string) {
		const entry = this.entries.find((e) => e.id === id);
		if (!entry) return;
		// Holding this one finishes an earlier one (and says nothing is held); then this one shows.
		const holding = this.#held.hold(id);
		this.deleting = entry;
		this.#announce('joblog.deleted', entry);
		await holding;
	}

	undo() {
		const entry = this.deleting;
		if (!entry || this.#held.undo() !== entry.id) return;
		this.#announce('joblog.restored', entry);
	}

	async #deleteNow(id: string) {
		this.#gone = [...this.#gone, id];
		const db = this.db;
		if (!db) throw new Error('No database open: the deletion stays held for the next page');
		// Only if still here: a delete that landed before a reload is not queued again.
		if (await getJoblogEntry(db, id)) await removeJoblogEntry(db, id);
		await this.refresh(db);
		this.#gone = this.#gone.filter((other) => other !== id);
	}

	/** Gives up a change the jobcenter refused. */
	async discard(seq: number) {
		await this.session.data.engine?.discard(seq);
	}
}
