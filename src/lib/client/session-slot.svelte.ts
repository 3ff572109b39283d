import { getContext, setContext } from 'svelte';
import type { Profile } from '../domain/api/schemas';
import { hasSignedInHint } from '../domain/signed-in-hint';
import type { UserDb } from './db';
import { eraseLocalData, GUEST_USER_ID, hasUserDb, lastUserId } from './local-data';
import type { Session } from './session.svelte';
import type * as SignedInLayer from './signed-in-layer.svelte';

type Layer = typeof SignedInLayer;

/** What a public page reads of the citizen's local data before (or without) a session. */
interface NoUserData {
	readonly db: UserDb | null;
	revision: number;
}

/**
 * Whether this browser may have someone signed in: the hint cookie of a login session, or a citizen
 * whose data is kept here (an expired session keeps her outbox until she logs in again). Without
 * either, nothing signed-in is downloaded.
 */
export function mayBeSignedIn(cookies: string, rememberedUser: string | null): boolean {
	return hasSignedInHint(cookies) || rememberedUser !== null;
}

/**
 * The place of the session in the page. Most visitors of the public pages never log in, so the
 * session and what it brings (IndexedDB, the outbox, sync, the API's schemas) load only when the
 * browser may have someone signed in, or on a signed-in route; until then this answers for it:
 * nobody signed in. Components read `signedIn`, `profile` and `data` here and follow the session
 * once it arrives.
 */
export class SessionSlot {
	current = $state.raw<Session | null>(null);
	/** The signed-in layer's module once loaded: its status bar and notice are shown from it. */
	layer = $state.raw<Layer | null>(null);
	readonly #noUserData: NoUserData = $state({ db: null, revision: 0 });
	#loading: Promise<Session> | null = null;
	#guestDb: Promise<UserDb> | null = null;
	/** Loads the texts the layer shows (its status bar and notices), with the layer. */
	readonly #loadTexts: () => Promise<void>;

	constructor(loadTexts: () => Promise<void> = () => Promise.resolve()) {
		this.#loadTexts = loadTexts;
	}

	get signedIn(): boolean {
		return this.current?.signedIn ?? false;
	}

	get profile(): Profile | null {
		return this.current?.profile ?? null;
	}

	get status(): Session['status'] {
		return this.current?.status ?? 'anonymous';
	}

	get data(): NoUserData {
		return this.current?.data ?? this.#noUserData;
	}

	/** Starts the session from a layer a signed-in route imported itself; at once, once. */
	startWith(layer: Layer): Session {
		this.layer ??= layer;
		this.current ??= layer.startSession();
		return this.current;
	}

	/** Loads the signed-in layer (once) and starts the session. */
	start(): Promise<Session> {
		if (this.current) return Promise.resolve(this.current);
		this.#loading ??= Promise.all([
			import('./signed-in-layer.svelte'),
			this.#loadTexts().catch(() => undefined)
		]).then(([layer]) => this.startWith(layer));
		return this.#loading;
	}

	/** Starts the session when this browser may have someone signed in; see `mayBeSignedIn`. */
	startIfSignedIn(): void {
		if (mayBeSignedIn(document.cookie, lastUserId())) void this.start();
	}

	/**
	 * Where job ads are kept on this phone for offline use: the citizen's own database when she is
	 * signed in, otherwise a database of the device. Job search is public, so both need it.
	 */
	async jobAdsDb(): Promise<UserDb | null> {
		if (this.current || mayBeSignedIn(document.cookie, lastUserId())) {
			return (await this.start()).jobAdsDb();
		}
		this.#guestDb ??= import('./db').then((db) => db.openUserDb(GUEST_USER_ID));
		return this.#guestDb;
	}

	/**
	 * `jobAdsDb`, but null when nobody may be signed in and this device keeps no ads yet: a first
	 * visit reads nothing kept (recently viewed, the offline search) without loading IndexedDB's
	 * code or creating the database.
	 */
	async keptJobAdsDb(): Promise<UserDb | null> {
		const signedIn = this.current || mayBeSignedIn(document.cookie, lastUserId());
		if (!signedIn && !this.#guestDb && !(await hasUserDb(GUEST_USER_ID))) return null;
		return this.jobAdsDb();
	}

	/** Erases everything personal here (logout, or logout in another tab). */
	async forget(): Promise<void> {
		(await this.#guestDb)?.close();
		this.#guestDb = null;
		if (this.current) await this.current.forget();
		else await eraseLocalData();
	}
}

const key = Symbol('session-slot');

export function setSessionSlot(slot: SessionSlot): SessionSlot {
	return setContext(key, slot);
}

export function getSessionSlot(): SessionSlot {
	return getContext<SessionSlot>(key);
}
