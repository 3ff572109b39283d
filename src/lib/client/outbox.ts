import type { IDBPTransaction } from 'idb';
import type {
	EntityName,
	LocalStoreName,
	OutboxItem,
	UserDb,
	UserDbSchema,
	UserStoreName
} from './db';

export type { EntityName, MutationMethod, OutboxItem } from './db';

/** The local half of a mutation, applied in the same transaction as the outbox item. */
export type LocalChange = {
	[S in LocalStoreName]:
		| { store: S; op: 'put'; value: UserDbSchema[S]['value']; key?: UserDbSchema[S]['key'] }
		| {
				store: S;
				op: 'patch';
				key: UserDbSchema[S]['key'];
				patch: Partial<UserDbSchema[S]['value']>;
		  }
		| { store: S; op: 'delete'; key: UserDbSchema[S]['key'] };
}[LocalStoreName];

/** What a feature asks for: the request to replay, the entity it concerns, and the local change. */
export type Mutation = Pick<
	OutboxItem,
	'method' | 'path' | 'body' | 'headers' | 'entity' | 'entityId'
> & {
	local?: LocalChange | LocalChange[];
};

export interface EnqueueOptions {
	now?: () => number;
	/** Idempotency key; made here (crypto.randomUUID) unless given. */
	key?: string;
}

/** A `patch` on an entity this browser does not have; nothing was written. */
export class LocalNotFoundError extends Error {
	constructor(
		readonly store: LocalStoreName,
		readonly key: IDBValidKey
	) {
		super(`${store}/${String(key)} findes ikke lokalt`);
		this.name = 'LocalNotFoundError';
	}
}

export function entityKeyOf(entity: EntityName, entityId: string) {
	return `${entity}:${entityId}`;
}

/** idb types stores one by one; the engine addresses them by name at run time. */
export interface LooseStore {
	get(key: IDBValidKey): Promise<unknown>;
	put(value: unknown, key?: IDBValidKey): Promise<IDBValidKey>;
	delete(key: IDBValidKey): Promise<void>;
	readonly keyPath: string | string[] | null;
}

export type WriteTx = IDBPTransaction<UserDbSchema, UserStoreName[], 'readwrite'>;

export function looseStore(tx: WriteTx, name: LocalStoreName): LooseStore {
	return tx.objectStore(name) as unknown as LooseStore;
}

async function applyLocal(tx: WriteTx, change: LocalChange) {
	const store = looseStore(tx, change.store);
	if (change.op === 'delete') {
		await store.delete(change.key);
	} else if (change.op === 'put') {
		if (store.keyPath === null) await store.put(change.value, change.key);
		else await store.put(change.value);
	} else {
		const current = await store.get(change.key);
		if (current === undefined) throw new LocalNotFoundError(change.store, change.key);
		const next = { ...(current as object), ...change.patch };
		if (store.keyPath === null) await store.put(next, change.key);
		else await store.put(next);
	}
}

type EnqueueListener = (item: OutboxItem | null) => void;
const listeners = new Set<EnqueueListener>();

/** In-tab notice that the outbox grew (or shrank by a dropped create/delete pair). */
export function onEnqueued(listener: EnqueueListener): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

/**
 * Writes the local change and the outbox item in ONE transaction: a crash leaves both or neither.
 *
 * A DELETE of an entity whose items were all made offline and never sent (the first being its POST)
 * drops those items instead and returns null: the server never heard of it. Once a request has been
 * started (`attempts > 0`) the server may have applied it, so nothing is dropped.
 */
export async function enqueue(
	db: UserDb,
	mutation: Mutation,
	options: EnqueueOptions = {}
): Promise<OutboxItem | null> {
	const changes = mutation.local === undefined ? [] : [mutation.local].flat();
	const stores = [...new Set<UserStoreName>(['outbox', ...changes.map((c) => c.store)])];
	const tx = db.transaction(stores, 'readwrite');
	const entityKey = entityKeyOf(mutation.entity, mutation.entityId);
	const createdAt = (options.now ?? Date.now)();
	try {
		const outbox = tx.objectStore('outbox');
		let result: OutboxItem | null = null;
		let dropped = false;
		if (mutation.method === 'DELETE') {
			const earlier = await outbox.index('byEntityKey').getAll(entityKey);
			const neverSent =
				earlier.length > 0 &&
				earlier[0]!.method === 'POST' &&
				earlier.every((item) => item.attempts === 0 && item.state === 'pending');
			if (neverSent) {
				for (const item of earlier) await outbox.delete(item.seq);
				dropped = true;
			}
		}
		for (const change of changes) await applyLocal(tx, change);
		if (!dropped) {
			const { local: _local, ...request } = mutation;
			const item: Omit<OutboxItem, 'seq'> = {
				...request,
				key: options.key ?? crypto.randomUUID(),
				entityKey,
				createdAt: new Date(createdAt).toISOString(),
				attempts: 0,
				nextAttemptAt: 0,
				state: 'pending'
			};
			// seq is assigned by the store (keyPath + autoIncrement).
			const seq = await outbox.add(item as OutboxItem);
			result = { ...item, seq };
		}
		await tx.done;
		for (const listener of listeners) listener(result);
		return result;
	} catch (error) {
		try {
			tx.abort();
		} catch {
			// Already finished or aborted.
		}
		await tx.done.catch(() => {});
		throw error;
	}
}

/** Every item, oldest first. */
export function listOutbox(db: UserDb): Promise<OutboxItem[]> {
	return db.getAll('outbox');
}

/** The item the engine replays next. */
/**
 * The item to send next: the oldest one not held back. Changes go out in the order they were made,
 * except that a failed item — a problem the citizen must look at, such as a rejected entry or a
 * document conflict — holds back only the later changes of its own entity, so the rest of her
 * changes (her joblog, say) still reach the jobcenter.
 */
export function nextToSend(db: UserDb): Promise<OutboxItem | undefined> {
	return firstToSend(outboxInOrder(db));
}

/** nextToSend's rule over items oldest first: read from the store as needed, or a list at hand. */
export async function firstToSend(
	items: AsyncIterable<OutboxItem> | Iterable<OutboxItem>
): Promise<OutboxItem | undefined> {
	const held = new Set<string>();
	for await (const item of items) {
		if (item.state === 'failed') held.add(item.entityKey);
		else if (!held.has(item.entityKey)) return item;
	}
	return undefined;
}

/** The outbox oldest first, read one item at a time (usually only the first is needed). */
async function* outboxInOrder(db: UserDb): AsyncGenerator<OutboxItem> {
	let cursor = await db.transaction('outbox').store.openCursor();
	while (cursor) {
		yield cursor.value;
		cursor = await cursor.continue();
	}
}

/** `entity:id` of everything not yet accepted by the server, to mark it "ikke sendt endnu". */
export async function pendingEntityKeys(db: UserDb): Promise<Set<string>> {
	const keys = new Set<string>();
	let cursor = await db
		.transaction('outbox')
		.store.index('byEntityKey')
		.openKeyCursor(null, 'nextunique');
	while (cursor) {
		keys.add(cursor.key);
		cursor = await cursor.continue();
	}
	return keys;
}

/** Items (or failures) by `entity:id`, the last one of each kept. */
export function byEntityKey<T extends { entityKey: string }>(items: readonly T[]): Map<string, T> {
	return new Map(items.map((item) => [item.entityKey, item]));
}

/** Full jitter: a random delay in [0, min(cap, base·2^(attempt-1))). */
export function backoffDelay(
	attempt: number,
	random: () => number,
	baseMs = 1000,
	capMs = 300_000
) {
	const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
	return Math.floor(random() * ceiling);
}
