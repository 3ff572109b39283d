import { getContext, setContext } from 'svelte';
import { profileSchema, type Profile } from '../domain/api/schemas';
import { announceLogout } from './auth-channel';
import { nowIso } from '../domain/local-time';
import { eraseLocalData, lastUserId, openUserDb, rememberLastUser } from './db';

type SessionStatus = 'unknown' | 'loading' | 'signed-in' | 'offline' | 'anonymous';

/**
 * Who is signed in, as far as this browser knows. The profile is read from IndexedDB first, so the
 * logged-in area opens with no network, then refreshed from the API when the network is there.
 */
export class Session {
	status = $state<SessionStatus>('unknown');
	profile = $state<Profile | null>(null);

	get signedIn() {
		return this.status === 'signed-in' || this.status === 'offline';
	}

	async load(): Promise<void> {
		if (this.status === 'loading') return;
		this.status = 'loading';
		const remembered = lastUserId();
		if (remembered) {
			const stored = await (await openUserDb(remembered)).get('profile', 'me');
			if (stored) this.profile = stored.profile;
		}
		try {
			const response = await fetch('/api/v1/me', { headers: { accept: 'application/json' } });
			if (response.status === 401) {
				if (this.profile) await eraseLocalData();
				this.profile = null;
				this.status = 'anonymous';
				return;
			}
			if (!response.ok) throw new Error(`GET /api/v1/me answered ${response.status}`);
			const profile = profileSchema.parse(await response.json());
			if (remembered && remembered !== profile.id) await eraseLocalData();
			rememberLastUser(profile.id);
			await (await openUserDb(profile.id)).put('profile', { profile, fetchedAt: nowIso() }, 'me');
			this.profile = profile;
			this.status = 'signed-in';
		} catch {
			this.status = this.profile ? 'offline' : 'anonymous';
		}
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
		await eraseLocalData();
		this.profile = null;
		this.status = 'anonymous';
	}
}

const key = Symbol('session');

export function setSession(session: Session) {
	return setContext(key, session);
}

export function getSession(): Session {
	return getContext<Session>(key);
}
