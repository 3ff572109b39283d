import { openUserDb, USER_DB_PREFIX } from '../src/lib/client/db';
import { entityAdapters } from '../src/lib/client/entity-adapters';
import { SyncEngine, type FetchLike, type LockProvider } from '../src/lib/client/sync';

/**
 * One pass over every signed-in user's outbox, run by the service worker on a Background Sync event.
 * It shares the engine, and the Web Lock, with open tabs, so a change is never sent twice. A pass that
 * could not send everything throws: the browser then retries the sync later with its own backoff.
 */
export async function replayOutboxes(options: {
	databases: () => Promise<{ name?: string }[]>;
	fetch?: FetchLike;
	locks?: LockProvider;
}): Promise<{ sent: number }> {
	let sent = 0;
	let unfinished = false;
	const names = (await options.databases())
		.map((info) => info.name)
		.filter((name): name is string => !!name?.startsWith(USER_DB_PREFIX));
	for (const name of names) {
		const db = await openUserDb(name.slice(USER_DB_PREFIX.length), name);
		const engine = new SyncEngine(db, {
			adapters: entityAdapters,
			events: null,
			...(options.fetch ? { fetch: options.fetch } : {}),
			...(options.locks ? { locks: options.locks } : {})
		});
		try {
			const result = await engine.runOnce({ force: true });
			sent += result.sent;
			if (result.outcome === 'waiting' || result.outcome === 'pull-failed') unfinished = true;
		} finally {
			await engine.stop();
			db.close();
		}
	}
	if (unfinished) throw new Error('The outbox is not empty yet; Background Sync will try again');
	return { sent };
}
