import { joblog } from '../domain/entities';
import type { JoblogEntry, JoblogEntryInput } from '../domain/joblog';
import { countByMonth, groupByWeek } from '../domain/joblog-weeks';
import { todayLocal } from '../domain/local-time';
import type { FieldError } from '../domain/validation';
import { EntityValidationError } from './collection-store';
import type { UserDb } from './db';
import {
	addJoblogEntry,
	listJoblogEntries,
	removeJoblogEntry,
	updateJoblogEntry
} from './joblog-store';
import { LocalView } from './local-view.svelte';

/** The joblog page's state: her entries by week and month, and what she does with them. */
export class JoblogState extends LocalView<JoblogEntry[]> {
	readonly today = todayLocal();
	entries = $derived(this.data ?? []);
	weeks = $derived(groupByWeek(this.entries, this.today));
	months = $derived(countByMonth(this.entries));

	protected read(db: UserDb) {
		return listJoblogEntries(db);
	}

	isEntryPending(id: string) {
		return this.isPending(joblog.name, id);
	}

	entryFailure(id: string) {
		return this.failureOf(joblog.name, id);
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

	async setStatus(id: string, status: JoblogEntry['status']) {
		if (this.db) await updateJoblogEntry(this.db, id, { status });
	}

	async remove(id: string) {
		if (this.db) await removeJoblogEntry(this.db, id);
	}

	/** Gives up a change the jobcenter refused. */
	async discard(seq: number) {
		await this.session.data.engine?.discard(seq);
	}
}
