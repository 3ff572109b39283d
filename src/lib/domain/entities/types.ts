/**
 * The shape of a synced entity's definition. One definition per entity (this folder) drives the
 * plumbing on both sides: the phone's IndexedDB store, outbox paths and adapters, the server's
 * delta-feed source and tombstones, the API operations and their OpenAPI description. A consistency
 * test (registry.test.ts and tests/api) fails when an entity lacks any of its parts.
 */
import type { z } from 'zod';
import type { Operation } from '../api/operation';

/**
 * - `collection`: the citizen's own rows (joblog, saved jobs, saved searches); ids made on the phone;
 *   the last write of a row wins.
 * - `document`: one per citizen (sick-leave status, the CV), ETag/If-Match; a stale write is merged
 *   field by field, the same field changed on two devices is the citizen's choice.
 * - `server-owned`: the server decides (slots, meetings); a queued request may be refused with 409,
 *   whose answer carries the alternatives she can take instead.
 */
export type EntityKind = 'collection' | 'document' | 'server-owned';

export type ConflictPolicy =
	/** Collections: each write names its row; the later write wins. */
	| 'last-write'
	/** Documents: three-way merge against the last server copy; a true conflict asks the citizen. */
	| 'field-merge'
	/** Server-owned: the server's answer stands; a refusal offers alternatives. */
	| 'server-wins-with-alternatives';

/** The IndexedDB store that keeps the entity on the phone. */
export interface LocalStore {
	/** In-line key (`id`, `jobId`) or null for a document kept under the citizen's id. */
	keyPath: string | null;
	/** The user-database version whose upgrade step creates the store (client/db.ts). */
	createdIn: number;
}

interface Definition<Name extends string, Data> {
	name: Name;
	kind: EntityKind;
	conflict: ConflictPolicy;
	/** The API path: a collection's list (items at `${path}/{id}`), or the document itself. */
	path: string;
	/** Danish noun for the API description and messages ("ansøgningen", "det gemte job"). */
	label: string;
	/** What the server answers and the delta feed carries for one item. */
	schema: z.ZodType<Data>;
	local: LocalStore;
}

/** A collection's operations: `create` is a POST to the list (the id in the body: a second POST of
 * the same id is a retry or an update) or a PUT to the item's path (the path names it). */
export interface CollectionOperations {
	list: Operation;
	get?: Operation;
	create: Operation & { method: 'post' | 'put' };
	patch?: Operation & { method: 'patch' };
	/** Absent for a collection whose items are never deleted (sick-leave reports are withdrawn). */
	remove?: Operation & { method: 'delete' };
}

export interface DocumentOperations {
	get: Operation & { method: 'get' };
	put: Operation & { method: 'put' };
}

export interface CollectionDefinition<
	Name extends string = string,
	Data = unknown
> extends Definition<Name, Data> {
	kind: 'collection';
	conflict: 'last-write';
	/** The field of an item that identifies it; also the `{id}` in its path. */
	key: string;
	/** Deleting what is not there: `not-found` (404), or `ok` since her wish (gone) holds either way. */
	deleteMissing: 'not-found' | 'ok';
	/**
	 * The most items one citizen may have: a create beyond it is refused with 409 naming the limit
	 * (server/synced-table.ts `ensureRoom`); changing one she has is always allowed. Bounds what one
	 * account costs the server (a feed, a list, the counts of her saved searches).
	 */
	limit: CollectionLimit;
	operations: CollectionOperations;
}

export interface CollectionLimit {
	max: number;
	/** The problem's detail, in plain Danish, naming the limit and what she can do. */
	detail: string;
}

export interface DocumentDefinition<Name extends string = string, Doc = unknown> extends Definition<
	Name,
	{ document: Doc; etag: string; updatedAt?: string | null }
> {
	kind: 'document';
	conflict: 'field-merge';
	/** The document itself (the PUT body and `document` of the answer). */
	document: z.ZodType<Doc>;
	/** The document before the citizen wrote anything: the server's version 0. */
	empty: () => Doc;
	operations: DocumentOperations;
}

export interface ServerOwnedDefinition<
	Name extends string = string,
	Data = unknown
> extends Definition<Name, Data> {
	kind: 'server-owned';
	conflict: 'server-wins-with-alternatives';
	key: string;
	operations: Record<string, Operation>;
}

export type EntityDefinition = CollectionDefinition | DocumentDefinition | ServerOwnedDefinition;
