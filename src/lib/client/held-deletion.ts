/**
 * A deletion held back on the phone for a while so the citizen can undo it ("Fortryd"): nothing is
 * queued, let alone sent, until the time is up or the page is left. Only then is the delete written
 * (locally and into the outbox, as any delete).
 *
 * A reload or a closed tab must neither lose the deletion nor send it twice. So the held ids are also
 * written to local storage (synchronous, survives the page), and cleared only after the delete has
 * been written to IndexedDB. The next page that opens finishes what is left (`finishLeftovers`), and
 * `deleteNow` deletes an item only if it is still on the phone: a delete that did land before the
 * page went is not queued again. Local storage is erased at logout with the rest.
 */
export interface HeldDeletionOptions {
	/** Where held ids survive a reload; null keeps them in memory only. */
	storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
	storageKey: string;
	/** How long "Fortryd" is offered. */
	delayMs: number;
	/** Deletes the item if it is still on the phone (queues its DELETE); idempotent. */
	deleteNow(id: string): Promise<void>;
	/** Told whenever the held id changes (for the page). */
	onChange?(held: string | null): void;
	setTimer?: (run: () => void, ms: number) => unknown;
	clearTimer?: (timer: unknown) => void;
}

export class HeldDeletion {
	#held: string | null = null;
	#timer: unknown = null;
	readonly #options: HeldDeletionOptions;

	constructor(options: HeldDeletionOptions) {
		this.#options = options;
	}

	get held(): string | null {
		return this.#held;
	}

	/** Ids still waiting to be deleted: the held one and any left by a page that went meanwhile. */
	waiting(): string[] {
		try {
			const stored: unknown = JSON.parse(
				this.#options.storage?.getItem(this.#options.storageKey) ?? '[]'
			);
			return Array.isArray(stored) ? stored.filter((id) => typeof id === 'string') : [];
		} catch {
			return [];
		}
	}

	#write(ids: string[]) {
		const storage = this.#options.storage;
		if (!storage) return;
		if (ids.length === 0) storage.removeItem(this.#options.storageKey);
		else storage.setItem(this.#options.storageKey, JSON.stringify([...new Set(ids)]));
	}

	#setHeld(id: string | null) {
		this.#held = id;
		this.#options.onChange?.(id);
	}

	/** Holds `id` back; one held at a time, so an earlier one is deleted now. */
	async hold(id: string): Promise<void> {
		if (this.#held === id) return;
		const earlier = this.finish();
		this.#write([...this.waiting(), id]);
		this.#setHeld(id);
		const { setTimer = setTimeout, delayMs } = this.#options;
		this.#timer = setTimer(() => void this.finish(), delayMs);
		await earlier;
	}

	/** "Fortryd": the held item stays; returns its id, or null when nothing was held. */
	undo(): string | null {
		const id = this.#held;
		if (!id) return null;
		this.#stopTimer();
		this.#write(this.waiting().filter((other) => other !== id));
		this.#setHeld(null);
		return id;
	}

	/** Deletes the held item now (time up, page left). Safe to call twice: the second finds none. */
	async finish(): Promise<void> {
		const id = this.#held;
		if (!id) return;
		this.#stopTimer();
		this.#setHeld(null);
		await this.#deleteAndForget(id);
	}

	/** Deletes what an earlier page held back and could not finish (a reload in the undo time). */
	async finishLeftovers(): Promise<void> {
		for (const id of this.waiting()) {
			if (id !== this.#held) await this.#deleteAndForget(id);
		}
	}

	async #deleteAndForget(id: string) {
		try {
			await this.#options.deleteNow(id);
		} catch {
			return; // Not written (no database now): kept for the next page to finish.
		}
		// Forgotten only once the delete is written: a page gone before this keeps it for the next.
		this.#write(this.waiting().filter((other) => other !== id));
	}

	#stopTimer() {
		if (this.#timer !== null) (this.#options.clearTimer ?? clearTimeout)(this.#timer as never);
		this.#timer = null;
	}
}
