/**
 * Which words tell the citizen where her changes are. One place decides, from the real state, so
 * the sync bar and a page's own confirmation cannot contradict each other ("… så snart du er online"
 * while online; "Alt er sendt" beside "1 ændring kunne ikke sendes"). Pure: the caller translates
 * the keys, with `count` so i18next picks the plural form.
 */
export interface SyncState {
	online: boolean;
	syncing: boolean;
	/** Changes on the phone still to be sent (not counting the refused ones). */
	pending: number;
	/** Changes the jobcentre refused; they wait for her decision. */
	failed: number;
	/** Whether a sync has ever finished on this phone. */
	everSynced: boolean;
}

export interface Text {
	key: string;
	count?: number;
}

/** The sync bar: a main sentence, and a second one about refused changes when there are any. */
export function syncStatusTexts(state: SyncState): Text[] {
	const failed: Text[] = state.failed > 0 ? [{ key: 'sync.failed', count: state.failed }] : [];
	if (!state.online) return [{ key: 'sync.offline', count: state.pending }, ...failed];
	if (state.syncing) return [{ key: 'sync.sending' }, ...failed];
	if (state.pending > 0) return [{ key: 'sync.waiting', count: state.pending }, ...failed];
	// Nothing waits, but "Alt er sendt" would be untrue while a refused change is still here.
	if (state.failed > 0) return [{ key: 'sync.restSent' }, ...failed];
	return [{ key: state.everSynced ? 'sync.allSent' : 'sync.allSaved' }];
}

/**
 * What a page says right after she saved something: saved on the phone always; "sent when you are
 * online" only when she is offline — online, the sync bar says how sending goes.
 */
export function savedText(section: string, state: Pick<SyncState, 'online'>): Text {
	return { key: `${section}.${state.online ? 'savedOnline' : 'savedOffline'}` };
}
