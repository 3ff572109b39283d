/**
 * Everything a signed-in visitor needs beyond the public pages, in one module that the root layout
 * imports only when someone may be signed in (`session-slot.svelte.ts`) and signed-in routes import
 * themselves: the session with its IndexedDB, outbox and sync, the sync status bar and the notice of
 * an expired session.
 */
import { Session } from './session.svelte';

export { default as SyncStatusBar } from '../components/SyncStatusBar.svelte';
export { default as SessionExpiredNotice } from '../components/SessionExpiredNotice.svelte';

/**
 * A session that shows what the phone knows at once, then asks the server, and asks again when the
 * network comes back. It lives as long as the page (the root layout's slot holds it).
 */
export function startSession(): Session {
	const session = new Session();
	void session.load();
	// Back online: refresh the profile (and so the session state) from the server.
	window.addEventListener('online', () => void session.load());
	$effect.root(() => {
		// A sync that reached the server proves the network is back, even if `online` came early.
		$effect(() => {
			if (session.data.status.lastSyncedAt && session.status === 'offline') void session.load();
		});
	});
	return session;
}
