/**
 * Documents edited on several devices (sick-leave status first, CV next), guarded by ETag/If-Match.
 *
 * An edit is written locally at once and queued as a PUT of the whole document with `If-Match: <ETag of
 * base>`, where `base` is the last server copy. When another device wrote first, the server answers 412
 * and the item fails; `resolveStaleWrite` then merges field by field (`threeWayMerge`): different fields
 * are merged and re-sent automatically, the same field changed both places becomes a `conflict` the
 * citizen settles with `chooseConflictValues`. Nothing is silently overwritten.
 *
 * The local record is keyed by the entity id (the user's id), because the sync engine files the server's
 * answers and the delta feed's changes under that id.
 */
import type { z } from 'zod';
import type { Operation } from '../domain/api/operation';
import { entityNamed, type DocumentDefinition } from '../domain/entities';
import { jsonEqual, threeWayMerge, type Json } from '../domain/merge';
import type { FieldError } from '../domain/validation';
import { call } from './api';
import { EntityValidationError, validated } from './collection-store';
import type { DocumentConflict, EntityName, StoredDocument, UserDb } from './db';
import { enqueue, type EnqueueOptions, type LocalChange } from './outbox';
import { toFailure, type FetchLike, type SyncEngine, type SyncFailure } from './sync';

export type DocumentValue = Record<string, unknown>;
type DocumentStoreName = 'sickLeave' | 'cv';

export interface DocumentSpec<T extends DocumentValue = DocumentValue> {
	entity: EntityName;
	store: DocumentStoreName;
	/** The entity id: the user's id (one document per citizen). Also the local record's key. */
	id: string;
	path: string;
	schema: z.ZodType<T>;
	/** The document before the citizen wrote anything (the server's version 0). */
	empty: () => T;
	/** GET of the current document, when a 412 did not carry it. */
	get: Operation;
}

/** The ETag of the server's empty default: what a device that has never seen the document sends. */
export const INITIAL_ETAG = '"v0"';
/** meta key: when a write was last merged with another device's changes (the note the page shows). */
export const MERGED_NOTE_PREFIX = 'documentMerged:';

/** The citizen's copy of a document entity (her id: she has one). */
export function documentSpec<T extends DocumentValue>(
	entity: DocumentDefinition<string, T>,
	userId: string
): DocumentSpec<T> {
	return {
		entity: entity.name as EntityName,
		store: entity.name as DocumentStoreName,
		id: userId,
		path: entity.path,
		schema: entity.document,
		empty: entity.empty,
		get: entity.operations.get
	};
}

export function documentSpecFor(entity: EntityName, id: string): DocumentSpec | null {
	const definition = entityNamed(entity);
	return definition?.kind === 'document'
		? documentSpec(definition as DocumentDefinition<string, DocumentValue>, id)
		: null;
}

/** The typed store keys are 'me'; the record really lives under the entity id (see the file comment). */
function keyOf(spec: DocumentSpec): 'me' {
	return spec.id as 'me';
}

function localPut(spec: DocumentSpec, value: StoredDocument): LocalChange {
	return { store: spec.store, op: 'put', key: keyOf(spec), value } as LocalChange;
}

export async function readDocument<T extends DocumentValue>(
	db: UserDb,
	spec: DocumentSpec<T>
): Promise<StoredDocument<T>> {
	const stored = (await db.get(spec.store, keyOf(spec as DocumentSpec))) as
		StoredDocument<T> | undefined;
	return stored ?? { doc: spec.empty(), base: null, etag: null, updatedAt: '' };
}

/** When this device last merged its write with another device's changes, if it did since the last edit. */
export async function lastMergedAt(db: UserDb, spec: DocumentSpec): Promise<string | null> {
	const value = await db.get('meta', MERGED_NOTE_PREFIX + spec.entity);
	return typeof value === 'string' ? value : null;
}

type WriteOptions = EnqueueOptions;

/** Queues the whole document as a PUT naming `etag`, writing `record` locally in the same transaction. */
async function queuePut(
	db: UserDb,
	spec: DocumentSpec,
	record: StoredDocument,
	etag: string,
	options: WriteOptions
) {
	await enqueue(
		db,
		{
			method: 'PUT',
			path: spec.path,
			body: record.doc,
			headers: { 'if-match': etag },
			entity: spec.entity,
			entityId: spec.id,
			local: localPut(spec, record)
		},
		options
	);
}

/**
 * Changes the fields given, locally at once, and queues a PUT of the whole document with
 * `If-Match: <ETag of base>`. Throws EntityValidationError (nothing written) if the result is invalid.
 */
export async function editDocument<T extends DocumentValue>(
	db: UserDb,
	spec: DocumentSpec<T>,
	patch: Partial<T>,
	options: WriteOptions = {}
): Promise<StoredDocument<T>> {
	const loose = spec as unknown as DocumentSpec;
	const record = await readDocument(db, spec);
	const doc = validated(spec.schema, { ...record.doc, ...patch }) as T;
	const etag = record.etag ?? INITIAL_ETAG;
	const next: StoredDocument<T> = {
		...record,
		doc,
		base: record.base ?? spec.empty(),
		etag,
		updatedAt: new Date((options.now ?? Date.now)()).toISOString()
	};
	await queuePut(db, loose, next as unknown as StoredDocument, etag, options);
	await db.delete('meta', MERGED_NOTE_PREFIX + spec.entity);
	return next;
}

export interface ResolveOptions extends WriteOptions {
	/** For the GET of the current document when the 412 did not carry it. */
	fetch?: FetchLike;
	baseUrl?: string;
}

export type ResolveOutcome =
	/** Not a stale document write, already handled, or being handled. */
	| 'ignored'
	/** Merged field by field and sent again; the citizen sees only a note. */
	| 'merged'
	/** The same field changed on both devices: stored for the citizen to choose. */
	| 'conflict'
	/** The current document could not be fetched (offline); try again later. */
	| 'unreachable';

type Discarder = Pick<SyncEngine, 'discard'>;
const inFlight = new Set<string>();

/** The server's current copy: from the 412 when it carried document and ETag, else a GET. */
async function currentDocument(
	spec: DocumentSpec,
	problem: Record<string, unknown>,
	options: ResolveOptions
): Promise<{ document: DocumentValue; etag: string } | null> {
	if (problem.current !== undefined && typeof problem.etag === 'string') {
		const document = spec.schema.safeParse(problem.current);
		if (document.success) return { document: document.data, etag: problem.etag };
	}
	const answer = await call(spec.get, {
		...(options.fetch ? { fetch: options.fetch } : {}),
		...(options.baseUrl ? { baseUrl: options.baseUrl } : {})
	});
	if (!answer.ok) return null;
	const resource = answer.data as unknown as { document: unknown; etag: string };
	const document = spec.schema.safeParse(resource.document);
	return document.success ? { document: document.data, etag: resource.etag } : null;
}

function topLevelDifferences(local: DocumentValue, remote: DocumentValue) {
	return [...new Set([...Object.keys(local), ...Object.keys(remote)])]
		.filter((key) => !jsonEqual(local[key] as Json | undefined, remote[key] as Json | undefined))
		.map((key) => ({ path: key, local: local[key], remote: remote[key] }));
}

/**
 * Settles a PUT the server refused as stale (412). Merges this device's document with the server's
 * (base: the last server copy). Without conflicts the merged document is stored and queued with the new
 * If-Match before the failed item is given up (so the delta feed never overwrites the local edit in
 * between). With conflicts they are stored on the record and the failed item stays until the citizen
 * chooses (chooseConflictValues).
 */
export async function resolveStaleWrite(
	db: UserDb,
	engine: Discarder,
	failure: SyncFailure,
	options: ResolveOptions = {}
): Promise<ResolveOutcome> {
	if (failure.problem.status !== 412 || failure.method !== 'PUT') return 'ignored';
	const spec = documentSpecFor(failure.entity, failure.entityId);
	if (!spec) return 'ignored';
	const flag = `${db.name}:${failure.seq}`;
	if (inFlight.has(flag)) return 'ignored';
	inFlight.add(flag);
	try {
		const item = await db.get('outbox', failure.seq);
		if (!item || item.state !== 'failed') return 'ignored';
		const record = await readDocument(db, spec);
		if (record.conflict?.seq === failure.seq) return 'ignored';
		const problem = { ...failure.problem, ...item.problem } as Record<string, unknown>;
		const remote = await currentDocument(spec, problem, options);
		if (!remote) return 'unreachable';

		const base = record.base ?? spec.empty();
		const local = record.doc;
		const result = threeWayMerge(base as Json, local as Json, remote.document as Json);
		const merged = result.merged as DocumentValue;
		let conflicts = result.conflicts as DocumentConflict['conflicts'];
		if (conflicts.length === 0 && !spec.schema.safeParse(merged).success) {
			// Each side valid, the mix not (a rule across fields): let the citizen choose what differs.
			conflicts = topLevelDifferences(local, remote.document);
		}
		const now = new Date((options.now ?? Date.now)()).toISOString();
		if (conflicts.length > 0) {
			const conflict: DocumentConflict = {
				conflicts,
				local,
				remote: remote.document,
				remoteEtag: remote.etag,
				merged,
				seq: failure.seq
			};
			await db.put(spec.store, { ...record, conflict }, keyOf(spec));
			return 'conflict';
		}
		const next: StoredDocument = {
			doc: merged,
			base: remote.document,
			etag: remote.etag,
			updatedAt: now
		};
		if (jsonEqual(merged as Json, remote.document as Json)) {
			// The server already has everything this device wanted.
			await db.put(spec.store, next, keyOf(spec));
		} else {
			await queuePut(db, spec, next, remote.etag, options);
			await db.put('meta', now, MERGED_NOTE_PREFIX + spec.entity);
		}
		await engine.discard(failure.seq);
		return 'merged';
	} finally {
		inFlight.delete(flag);
	}
}

/**
 * In a list of entries (merge.ts) a path segment is the entry's id: the chosen value replaces that
 * entry, `undefined` removes it, and an entry the merge left out (removed here, changed there) is
 * added back at the end.
 */
function setEntry(list: unknown[], id: string, rest: string[], value: unknown): unknown[] {
	const index = list.findIndex((item) => (item as { id?: unknown } | null)?.id === id);
	const current = index === -1 ? undefined : list[index];
	const next = rest.length
		? setPath((current ?? {}) as DocumentValue, rest.join('.'), value)
		: value;
	const copy = [...list];
	if (next === undefined) {
		if (index !== -1) copy.splice(index, 1);
	} else if (index === -1) copy.push(next);
	else copy[index] = next;
	return copy;
}

/** Exported for its tests: the chosen value of one conflict put into the merged document. */
export function setPath(doc: DocumentValue, path: string, value: unknown): DocumentValue {
	if (path === '') return value as DocumentValue;
	const [head, ...rest] = path.split('.') as [string, ...string[]];
	const copy: DocumentValue = { ...doc };
	const inner = doc[head];
	const next =
		Array.isArray(inner) && rest.length
			? setEntry(inner, rest[0]!, rest.slice(1), value)
			: rest.length
				? setPath((inner ?? {}) as DocumentValue, rest.join('.'), value)
				: value;
	if (next === undefined) delete copy[head];
	else
		Object.defineProperty(copy, head, {
			value: next,
			enumerable: true,
			writable: true,
			configurable: true
		});
	return copy;
}

/**
 * The citizen's choice for each conflicting field ('local': what she wrote here, 'remote': what was saved
 * on another device). Builds the final document, queues it with the server copy's ETag and gives up the
 * failed item. Throws EntityValidationError if a field has no choice or the mix breaks a rule.
 */
export async function chooseConflictValues<T extends DocumentValue>(
	db: UserDb,
	engine: Discarder,
	spec: DocumentSpec<T>,
	choices: Record<string, 'local' | 'remote'>,
	options: WriteOptions = {}
): Promise<StoredDocument<T>> {
	const loose = spec as unknown as DocumentSpec;
	const record = (await readDocument(db, spec)) as unknown as StoredDocument;
	const conflict = record.conflict;
	if (!conflict) throw new Error('Der er ingen konflikt at vælge i');
	let doc: DocumentValue = conflict.merged;
	const missing: FieldError[] = [];
	for (const { path, local, remote } of conflict.conflicts) {
		const choice = choices[path];
		if (!choice) missing.push({ field: path, message: 'Vælg hvilken du vil beholde' });
		else doc = setPath(doc, path, choice === 'remote' ? remote : local);
	}
	if (missing.length > 0) throw new EntityValidationError(missing);
	const valid = validated(loose.schema, doc);
	const next: StoredDocument = {
		doc: valid,
		base: conflict.remote,
		etag: conflict.remoteEtag,
		updatedAt: new Date((options.now ?? Date.now)()).toISOString()
	};
	if (jsonEqual(valid as Json, conflict.remote as Json)) {
		await db.put(loose.store, next, keyOf(loose));
	} else {
		await queuePut(db, loose, next, conflict.remoteEtag, options);
	}
	await engine.discard(conflict.seq);
	return next as unknown as StoredDocument<T>;
}

/** Every failed stale document write in the outbox, oldest first, resolved one after the other. */
export async function resolveDocumentFailures(
	db: UserDb,
	engine: Discarder,
	options: ResolveOptions = {}
): Promise<ResolveOutcome[]> {
	const items = await db.getAll('outbox');
	const outcomes: ResolveOutcome[] = [];
	for (const item of items) {
		if (item.state !== 'failed' || item.problem?.status !== 412) continue;
		if (!documentSpecFor(item.entity, item.entityId)) continue;
		outcomes.push(await resolveStaleWrite(db, engine, toFailure(item), options));
	}
	return outcomes;
}

/**
 * A trigger that runs `resolveDocumentFailures` at most once at a time (a call while it runs asks for
 * one more round), then calls `onChange` so pages re-read.
 */
export function documentResolver(
	db: UserDb,
	engine: Discarder,
	onChange: () => void,
	options: ResolveOptions = {}
): () => void {
	let running = false;
	let again = false;
	const run = async () => {
		if (running) {
			again = true;
			return;
		}
		running = true;
		try {
			do {
				again = false;
				const outcomes = await resolveDocumentFailures(db, engine, options).catch(() => []);
				if (outcomes.some((outcome) => outcome === 'merged' || outcome === 'conflict')) onChange();
			} while (again);
		} finally {
			running = false;
		}
	};
	return () => void run();
}
