import type { EntityName, UserDb } from './db';
import { byEntityKey, entityKeyOf, pendingEntityKeys } from './outbox';
import type { Session } from './session.svelte';
import type { SyncFailure } from './sync';

const NOTHING_PENDING: ReadonlySet<string> = new Set();

/**
 * What a page shows of the citizen's data on the phone, kept fresh: read again whenever local data
 * may have changed (the session's revision moves on her own writes, a sync, another tab), with only
 * the newest read landing — reads run concurrently as syncs finish. Also what of it is not sent yet
 * and what the jobcenter refused. Features extend it with their reads and actions; pages display.
 * Create it while a component initialises: it starts an effect.
 */
export abstract class LocalView<T> {
	/** Null until the first read has landed. */
	data = $state.raw<T | null>(null);
	/** `entity:id` of everything still in the outbox. */
	pending = $state.raw<ReadonlySet<string>>(NOTHING_PENDING);
	#latest = 0;

	constructor(protected readonly session: Session) {
		$effect(() => {
			void session.data.revision;
			const db = session.data.db;
			if (db && this.canRead()) void this.refresh(db);
		});
	}

	get loaded(): boolean {
		return this.data !== null;
	}

	get db(): UserDb | null {
		return this.session.data.db;
	}

	/** What the server refused, by `entity:id`, to show next to the item. */
	get failures(): Map<string, SyncFailure> {
		return byEntityKey(this.session.data.status.failures);
	}

	isPending(entity: EntityName, id: string): boolean {
		return this.pending.has(entityKeyOf(entity, id));
	}

	failureOf(entity: EntityName, id: string): SyncFailure | undefined {
		return this.failures.get(entityKeyOf(entity, id));
	}

	/** Reads now; an older read that lands later is dropped. */
	async refresh(db: UserDb): Promise<void> {
		const ticket = ++this.#latest;
		const [next, pending] = await Promise.all([this.read(db), pendingEntityKeys(db)]);
		if (ticket !== this.#latest) return;
		this.pending = pending;
		this.data = next;
		this.landed(next);
	}

	/** Whether the read has what it needs (read inside the effect, so it is tracked). */
	protected canRead(): boolean {
		return true;
	}

	protected abstract read(db: UserDb): Promise<T>;

	/** Called after each read lands. */
	protected landed(_data: T): void {}
}
