import { profileSchema, type Profile } from '../domain/api/schemas';
import { announceLogout } from './auth-channel';
import { hasSignedInHint } from '../domain/signed-in-hint';
import { nowIso } from '../domain/local-time';
import {
	eraseLocalData,
	GUEST_USER_ID,
	lastUserId,
	openUserDb,
	rememberLastUser,
	type UserDb
} from './db';
import { getSessionSlot } from './session-slot.svelte';
import { UserData } from './user-data.svelte';

/** `stored`: showing the profile kept on the phone while the server is asked. */
export type SessionStatus =
	'unknown' | 'loading' | 'stored' | 'signed-in' | 'offline' | 'expired' | 'anonymous';

const PROFILE_CHECK_TIMEOUT_MS = 8_000;

/**
 * Who is signed in, as far as this browser knows. The profile is read from IndexedDB first, so the
 * logged-in area opens with no network, then refreshed from the API when the network is there.
 * An expired session keeps the citizen's local data and outbox: after a new login it is sent.
 */
export class Session {
	status = $state<SessionStatus>('unknown');
	profile = $state<Profile | null>(null);
	readonly data = new UserData();

	#loading: Promise<void> | null = null;
	#guestDb: Promise<UserDb> | null = null;

	get signedIn() {
		return ['stored', 'signed-in', 'offline', 'expired'].includes(this.status);
	}

	/** Shows what the phone knows at once, then asks the server; never waits on the network to render. */
	load(): Promise<void> {
		this.#loading ??= this.#load().finally(() => (this.#loading = null));
		return this.#loading;
	}

	async #load(): Promise<void> {
		if (this.status === 'unknown') this.status = 'loading';
		const remembered = lastUserId();
		if (remembered) {
			await this.data.open(remembered);
			const stored = await this.data.db?.get('profile', 'me');
			if (stored) {
				this.profile = stored.profile;
				if (!this.signedIn) this.status = 'stored';
			}
		}
		if (!remembered && !hasSignedInHint(document.cookie)) {
			this.status = 'anonymous';
			return;
		}
		try {
			const response = await fetch('/api/v1/me', {
				headers: { accept: 'application/json' },
				signal: AbortSignal.timeout(PROFILE_CHECK_TIMEOUT_MS)
			});
			if (response.status === 401) {
				this.status = this.profile ? 'expired' : 'anonymous';
				return;
			}
			if (!response.ok) throw new Error(`GET /api/v1/me answered ${response.status}`);
			const profile = profileSchema.parse(await response.json());
			if (remembered && remembered !== profile.id) {
				await this.data.close();
				await eraseLocalData();
			}
			rememberLastUser(profile.id);
			await this.data.open(profile.id);
			await this.data.db?.put('profile', { profile, fetchedAt: nowIso() }, 'me');
			this.profile = profile;
			this.status = 'signed-in';
			this.data.resume();
		} catch {
			this.status = this.profile ? 'offline' : 'anonymous';
		}
	}

	/**
	 * Where job ads are kept on this phone for offline use: the citizen's own database when she is
	 * signed in, otherwise a database of the device. Job search is public, so both need it.
	 */
	async jobAdsDb(): Promise<UserDb | null> {
		if (this.status === 'unknown' || this.status === 'loading') await this.load();
		if (this.signedIn) return this.data.db;
		this.#guestDb ??= openUserDb(GUEST_USER_ID);
		return this.#guestDb;
	}

	/** Changes made here that the jobcenter has not received yet. */
	get unsentChanges(): number {
		return this.data.status.pending + this.data.status.failedCount;
	}

	/**
	 * Erases local data before the server session ends, so nothing is left even if the network fails,
	 * then follows the provider's logout (RP-initiated) back to /logget-ud.
	 */
	async logout(): Promise<void> {
		await this.forget();
		announceLogout();
		let target = '/logget-ud';
		try {
			const response = await fetch('/logout', {
				method: 'POST',
				headers: { accept: 'application/json' }
			});
			if (response.ok) target = ((await response.json()) as { redirectTo: string }).redirectTo;
		} catch {
			// Offline: the local data is gone; the server session expires on its own.
		}
		window.location.assign(target);
	}

	async forget(): Promise<void> {
		await this.data.close();
		(await this.#guestDb)?.close();
		this.#guestDb = null;
		await eraseLocalData();
		this.profile = null;
		this.status = 'anonymous';
	}
}

/**
 * The session on a signed-in route, whose layout started it (`SessionSlot.startWith`). Public pages
 * use `getSessionSlot()`: there the session may not be loaded.
 */
export function getSession(): Session {
	const session = getSessionSlot().current;
	if (!session) throw new Error('getSession() outside a signed-in route; use getSessionSlot()');
	return session;
}
