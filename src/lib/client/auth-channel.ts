/**
 * Logout reaches every open tab: the tab that logs out tells the others to erase and leave. One channel
 * per tab both sends and listens, because a BroadcastChannel never receives its own messages: the tab
 * that logs out must not react to its own announcement.
 */
const CHANNEL = 'vj-auth';

type AuthMessage = { type: 'logged-out' };

let channel: BroadcastChannel | null = null;

function tabChannel(): BroadcastChannel | null {
	if (typeof BroadcastChannel === 'undefined') return null;
	channel ??= new BroadcastChannel(CHANNEL);
	return channel;
}

export function announceLogout() {
	tabChannel()?.postMessage({ type: 'logged-out' } satisfies AuthMessage);
}

export function onLogoutElsewhere(callback: () => void): () => void {
	const current = tabChannel();
	if (!current) return () => {};
	const listener = (event: MessageEvent<AuthMessage>) => {
		if (event.data?.type === 'logged-out') callback();
	};
	current.addEventListener('message', listener);
	return () => current.removeEventListener('message', listener);
}
