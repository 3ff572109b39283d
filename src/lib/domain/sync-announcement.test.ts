import { describe, expect, it } from 'vitest';
import { syncAnnouncement, type SyncOutcome, type SyncView } from './sync-announcement';

const idle: SyncView = { online: true, syncing: false, pending: 0, failed: 0 };

/** Runs a sequence of states through the rule and lists what would be announced. */
function announced(states: Partial<SyncView>[]): SyncOutcome[] {
	let before = idle;
	let carrying = false;
	const outcomes: SyncOutcome[] = [];
	for (const change of states) {
		const after = { ...before, ...change };
		const next = syncAnnouncement(before, after, carrying);
		if (next.outcome) outcomes.push(next.outcome);
		carrying = next.carrying;
		before = after;
	}
	return outcomes;
}

describe('sync announcements', () => {
	it('announces a change sent online once, not its waiting and sending steps', () => {
		expect(
			announced([{ pending: 1 }, { syncing: true }, { pending: 0 }, { syncing: false }])
		).toEqual(['sent']);
		// The engine may report "no longer sending" before the count drops.
		expect(
			announced([{ pending: 1 }, { syncing: true }, { syncing: false }, { pending: 0 }])
		).toEqual(['sent']);
	});

	it('says nothing for a sync that only fetched', () => {
		expect(announced([{ syncing: true }, { syncing: false }, { syncing: true }, {}])).toEqual([]);
	});

	it('announces a failure once, not also "sent"', () => {
		expect(
			announced([{ pending: 1 }, { syncing: true }, { pending: 0, failed: 1 }, { syncing: false }])
		).toEqual(['failed']);
	});

	it('offline, each change kept on the phone once; back online, one "sent" for all', () => {
		expect(
			announced([
				{ online: false },
				{ pending: 1 },
				{ pending: 2 },
				{ online: true },
				{ syncing: true },
				{ pending: 1 },
				{ pending: 0 },
				{ syncing: false }
			])
		).toEqual(['keptOffline', 'keptOffline', 'sent']);
	});
});
