/**
 * A collection entity on the phone (joblog, saved jobs, saved searches): each write changes the
 * local store at once and queues the entity's operation in the same IndexedDB transaction, built
 * from its definition (method, path, key). Features add only what is theirs: which fields a new
 * item gets, what the citizen may send.
 */
import type { z } from 'zod';
import type { Operation } from '../domain/api/operation';
import type { CollectionDefinition } from '../domain/entities';
import { fieldErrors, type FieldError } from '../domain/validation';
import { pathOf } from './api';
import type { EntityName, LocalStoreName, UserDb } from './db';
import { enqueue, type EnqueueOptions, type LocalChange, type MutationMethod } from './outbox';

/** Input that did not pass its schema, nothing written; `errors` name fields as the API does. */
export class EntityValidationError extends Error {
	constructor(readonly errors: FieldError[]) {
		super(errors.map((e) => `${e.field}: ${e.message}`).join('; '));
		this.name = 'EntityValidationError';
	}
}

/**
 * Awaits a local write and answers the fields at fault when the data was refused, null when it was
 * written. Any other failure is not about what she typed, and is thrown on.
 */
export async function refusedFields(write: Promise<unknown>): Promise<FieldError[] | null> {
	try {
		await write;
		return null;
	} catch (error) {
		if (error instanceof EntityValidationError) return error.errors;
		throw error;
	}
}

/** The schema's output, or EntityValidationError with every field at fault. */
export function validated<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
	const parsed = schema.safeParse(value);
	if (!parsed.success) throw new EntityValidationError(fieldErrors(parsed.error));
	return parsed.data;
}

function methodOf(operation: Operation): MutationMethod {
	return operation.method.toUpperCase() as MutationMethod;
}

/** The path of one item for an operation: the list's for a POST, else `{key}` filled with its id. */
function pathFor(operation: Operation, id: string): string {
	const [, name] = /\{(\w+)\}/.exec(operation.path) ?? [];
	return name ? pathOf(operation, { [name]: id }) : operation.path;
}

export interface CollectionStore<T> {
	/** Stores `value` and queues its create (`body`: what is sent, if anything). */
	put(db: UserDb, value: T, body?: unknown, options?: EnqueueOptions): Promise<T>;
	/** Changes the fields of `patch` locally and queues a PATCH with `body`. */
	patch(
		db: UserDb,
		id: string,
		body: unknown,
		patch: Partial<T>,
		options?: EnqueueOptions
	): Promise<void>;
	/** Removes it locally and queues the delete (or drops its never-sent create). */
	remove(db: UserDb, id: string, options?: EnqueueOptions): Promise<void>;
	get(db: UserDb, id: string): Promise<T | undefined>;
	list(db: UserDb): Promise<T[]>;
}

export function collectionStore<T>(entity: CollectionDefinition): CollectionStore<T> {
	const store = entity.name as LocalStoreName;
	const { create, patch, remove } = entity.operations;
	const local = (change: Record<string, unknown>) => ({ store, ...change }) as LocalChange;
	const keyOf = (value: T) => String((value as Record<string, unknown>)[entity.key]);
	return {
		async put(db, value, body, options) {
			const id = keyOf(value);
			await enqueue(
				db,
				{
					method: methodOf(create),
					path: pathFor(create, id),
					...(body === undefined ? {} : { body }),
					entity: entity.name as EntityName,
					entityId: id,
					local: local({ op: 'put', value })
				},
				options
			);
			return value;
		},
		async patch(db, id, body, changes, options) {
			if (!patch) throw new Error(`${entity.name} cannot be patched`);
			await enqueue(
				db,
				{
					method: 'PATCH',
					path: pathFor(patch, id),
					body,
					entity: entity.name as EntityName,
					entityId: id,
					local: local({ op: 'patch', key: id, patch: changes })
				},
				options
			);
		},
		async remove(db, id, options) {
			if (!remove) throw new Error(`${entity.name} cannot be deleted`);
			await enqueue(
				db,
				{
					method: 'DELETE',
					path: pathFor(remove, id),
					entity: entity.name as EntityName,
					entityId: id,
					local: local({ op: 'delete', key: id })
				},
				options
			);
		},
		async get(db, id) {
			return (await db.get(store, id as never)) as T | undefined;
		},
		async list(db) {
			return (await db.getAll(store)) as T[];
		}
	};
}
