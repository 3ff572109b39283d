import type { JobAd, SavedJob } from '../domain/jobs';
import type { SavedSearch } from '../domain/saved-searches';
import {
	openDB,
	type DBSchema,
	type IDBPDatabase,
	type IDBPTransaction,
	type StoreNames
} from 'idb';
import type { Profile, Problem } from '../domain/api/schemas';
import type { ConversationRequest, Meeting } from '../domain/booking/model';
import type { JoblogEntry } from '../domain/joblog';
import type { SickLeaveReport } from '../domain/sick-leave/reports';
import type { EntityName } from '../domain/entities';
import { localStores } from '../domain/entities/local-stores';
import { USER_DB_PREFIX } from './local-data';

export type { EntityName };
export {
	eraseLocalData,
	GUEST_USER_ID,
	lastUserId,
	rememberLastUser,
	USER_DB_PREFIX
} from './local-data';

/**
 * Versions 1 and 2 are the steps below; past 2, a new entity's store is made by the version its
 * definition names (`local.createdIn`), so adding an entity raises the version by itself. Any other
 * change: raise the floor by one and add a step; never edit a step that has shipped, or browsers that
 * already ran it will never see the change.
 */
export const USER_DB_VERSION = Math.max(
	2,
	...Object.values(localStores).map((local) => local.createdIn)
);

export type MutationMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One change waiting to reach the server, replayed strictly in `seq` order. */
export interface OutboxItem {
	/** Assigned by IndexedDB (autoIncrement): the replay order. */
	seq: number;
	/** Idempotency-Key: made when the citizen acted, the same on every retry of this item. */
	key: string;
	method: MutationMethod;
	/** Same-origin API path, e.g. `/api/v1/me/joblog/{id}`. */
	path: string;
	/** JSON body; structured clone keeps key order, so every retry sends the same bytes. */
	body?: unknown;
	/** Extra request headers, e.g. `if-match` for ETag-guarded documents. */
	headers?: Record<string, string>;
	entity: EntityName;
	entityId: string;
	entityKey: string;
	/** ISO instant the citizen acted. */
	createdAt: string;
	/** How many times a request was started (persisted before sending: 0 means never sent). */
	attempts: number;
	/** Epoch ms before which the item is not retried (exponential backoff). */
	nextAttemptAt: number;
	state: 'pending' | 'failed';
	/** The server's problem (state `failed`), shown next to what failed. */
	problem?: Problem;
	/** The last transient error (network, timeout, 5xx), for diagnostics. */
	lastError?: string;
}

export interface StoredProfile {
	profile: Profile;
	fetchedAt: string;
}

/** A document edited on several devices (CV, sick leave): kept with the ETag and the last server copy. */
export interface StoredDocument<T = Record<string, unknown>> {
	doc: T;
	/** The server copy `doc` was based on: the `base` of a three-way merge. */
	base: T | null;
	etag: string | null;
	updatedAt: string;
	/** Set while the citizen must choose between her value and another device's (document-store.ts). */
	conflict?: DocumentConflict<T>;
}

/** The same field changed differently on two devices; nothing is sent until the citizen chooses. */
export interface DocumentConflict<T = Record<string, unknown>> {
	conflicts: { path: string; local: unknown; remote: unknown }[];
	/** What this device had. */
	local: T;
	/** The server's copy, and its ETag: the If-Match of the write that settles the conflict. */
	remote: T;
	remoteEtag: string;
	/** The field-by-field merge, holding the local value where the two conflict. */
	merged: T;
	/** The failed outbox item (412) that is given up once the citizen has chosen. */
	seq: number;
}

export type SavedJobRecord = SavedJob;
export type SavedSearchRecord = SavedSearch;
export type MeetingRecord = Meeting;
export type ConversationRequestRecord = ConversationRequest;
/**
 * A job ad kept on the phone for the offline search (job-cache.ts): opened on its page
 * (`viewedAt`) and/or shown on a page of search results (`seenInResultsAt`). ISO instants.
 */
export interface CachedJobAd {
	/** The ad's id: the store's key. */
	id: string;
	ad: JobAd;
	viewedAt?: string;
	seenInResultsAt?: string;
}

export interface UserDbSchema extends DBSchema {
	profile: { key: 'me'; value: StoredProfile };
	joblog: { key: string; value: JoblogEntry; indexes: { byAppliedOn: string } };
	savedJobs: { key: string; value: SavedJobRecord };
	savedSearches: { key: string; value: SavedSearchRecord };
	cv: { key: 'me'; value: StoredDocument };
	meetings: { key: string; value: MeetingRecord };
	conversationRequests: { key: string; value: ConversationRequestRecord };
	sickLeave: { key: 'me'; value: StoredDocument };
	sickLeaveReports: { key: string; value: SickLeaveReport };
	jobAds: { key: string; value: CachedJobAd };
	outbox: { key: number; value: OutboxItem; indexes: { byEntityKey: string } };
	/** Engine bookkeeping: 'changesCursor', 'lastSyncedAt', … */
	meta: { key: string; value: unknown };
}

export type UserDb = IDBPDatabase<UserDbSchema>;
export type UserStoreName = StoreNames<UserDbSchema>;
/** Stores that hold the citizen's entities (everything but the engine's own). */
export type LocalStoreName = Exclude<UserStoreName, 'outbox' | 'meta'>;

export function userDbName(userId: string) {
	return `${USER_DB_PREFIX}${userId}`;
}

/**
 * Creates the stores step by step, so a browser on any older version keeps its data. `tx` is the
 * versionchange transaction, for steps that change existing stores (add an index, rewrite values).
 */
export function upgradeUserDb(
	db: IDBPDatabase<UserDbSchema>,
	oldVersion: number,
	_newVersion: number | null,
	_tx: IDBPTransaction<UserDbSchema, UserStoreName[], 'versionchange'>
) {
	if (oldVersion < 1) {
		db.createObjectStore('profile');
	}
	if (oldVersion < 2) {
		const joblog = db.createObjectStore('joblog', { keyPath: 'id' });
		joblog.createIndex('byAppliedOn', 'appliedOn');
		db.createObjectStore('savedJobs', { keyPath: 'jobId' });
		db.createObjectStore('savedSearches', { keyPath: 'id' });
		db.createObjectStore('cv');
		db.createObjectStore('meetings', { keyPath: 'id' });
		db.createObjectStore('sickLeave');
		db.createObjectStore('jobAds', { keyPath: 'id' });
		const outbox = db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
		outbox.createIndex('byEntityKey', 'entityKey');
		db.createObjectStore('meta');
	}
	for (const [name, local] of Object.entries(localStores)) {
		if (local.createdIn > 2 && oldVersion < local.createdIn) {
			(db as unknown as IDBPDatabase).createObjectStore(
				name,
				local.keyPath === null ? {} : { keyPath: local.keyPath }
			);
		}
	}
}

/**
 * Opens the user's database. An open connection steps aside (closes) when another tab upgrades the
 * schema or erases the database at logout, so neither waits forever on this tab.
 */
export async function openUserDb(userId: string, name = userDbName(userId)): Promise<UserDb> {
	const db: UserDb = await openDB<UserDbSchema>(name, USER_DB_VERSION, {
		upgrade: upgradeUserDb,
		blocking() {
			db.close();
		}
	});
	return db;
}
