/** What the sync bar shows, as far as announcing it goes. `pending` excludes failed items. */
export interface SyncView {
	online: boolean;
	syncing: boolean;
	pending: number;
	failed: number;
}

/** The outcomes a screen reader hears, once each: never "sending", never a repeat of the same state. */
export type SyncOutcome = 'sent' | 'failed' | 'keptOffline';

export interface SyncAnnouncement {
	outcome: SyncOutcome | null;
	/** Changes of hers were waiting since the last outcome, so their being sent is news. */
	carrying: boolean;
}

/**
 * The outcome to announce when the sync state moves from `before` to `after` (issue #12, 8). The
 * bar's text changes two to four times per change she makes (waiting, sending, sent, time); she
 * hears only how it ended: sent, not sent (failed), or kept on the phone while offline. A sync that
 * only fetched, with nothing of hers waiting, says nothing.
 */
export function syncAnnouncement(
	before: SyncView,
	after: SyncView,
	carrying: boolean
): SyncAnnouncement {
	const waiting = carrying || after.pending > 0 || before.pending > 0;
	if (after.failed > before.failed) return { outcome: 'failed', carrying: after.pending > 0 };
	if (!after.online && after.pending > before.pending) {
		return { outcome: 'keptOffline', carrying: true };
	}
	if (after.online && !after.syncing && after.pending === 0 && waiting) {
		return { outcome: 'sent', carrying: false };
	}
	return { outcome: null, carrying: waiting };
}
