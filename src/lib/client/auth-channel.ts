/** Logout reaches every open tab: the tab that logs out tells the others to erase and leave. */
const CHANNEL = 'vj-auth';

type AuthMessage = { type: 'logged-out' };

export function announceLogout() {
	if (typeof BroadcastChannel === 'undefined') return;
	const channel = new BroadcastChannel(CHANNEL);
	channel.postMessage({ type: 'logged-out' } satisfies AuthMessage);
	channel.close();
}

export function onLogoutElsewhere(callback: () => void): () => void {
	if (typeof BroadcastChannel === 'undefined') return () => {};
	const channel = new BroadcastChannel(CHANNEL);
	channel.onmessage = (event: MessageEvent<AuthMessage>) => {
		if (event.data?.type === 'logged-out') callback();
	};
	return () => channel.close();
}
