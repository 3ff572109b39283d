import type { SessionSlot } from './session-slot.svelte';

/**
 * A part of a public page that only a signed-in citizen sees (her saved jobs, the save buttons),
 * with the stores it brings (IndexedDB, the outbox, the entities' schemas). Its module is imported
 * the first time `module` is read while she is signed in, so an anonymous visit never loads it;
 * until then `module` is null and the page shows nothing of it.
 */
export class SignedInPart<Module> {
	#module = $state.raw<Module | null>(null);
	#loading: Promise<void> | null = null;
	readonly #session: SessionSlot;
	readonly #load: () => Promise<Module>;

	constructor(session: SessionSlot, load: () => Promise<Module>) {
		this.#session = session;
		this.#load = load;
	}

	get module(): Module | null {
		if (this.#session.signedIn && !this.#loading) {
			this.#loading = this.#load().then(
				(module) => void (this.#module = module),
				// Not loaded (offline before the worker kept it): tried again on the next read.
				() => void (this.#loading = null)
			);
		}
		return this.#module;
	}
}
