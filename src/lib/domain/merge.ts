/**
 * Three-way merge of JSON documents edited on two devices (CV, sick-leave status): pure, no I/O.
 * `base` is the server copy both sides started from. Objects merge key by key, recursively. Lists of
 * entries with ids (the CV's jobs, educations…: every item an object with a UUID `id`) merge entry by
 * entry, so two devices adding different jobs both keep theirs; other arrays and values are compared
 * as whole values. A field changed on both sides to different values is a conflict: `merged` keeps the
 * local value there, and the conflict is reported so the citizen decides.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface MergeConflict {
	/**
	 * Dotted path to the field, e.g. `address.city`; '' for the whole document. Inside a list of
	 * entries the entry's id stands for it: `experience.<id>.title`, or `experience.<id>` when one
	 * side removed the entry the other changed (that side's value is then `undefined`).
	 */
	path: string;
	local: Json | undefined;
	remote: Json | undefined;
}

export interface MergeResult<T> {
	merged: T;
	conflicts: MergeConflict[];
}

type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Structural equality for JSON values; key order does not matter. */
export function jsonEqual(a: Json | undefined, b: Json | undefined): boolean {
	if (a === b) return true;
	if (a === undefined || b === undefined || a === null || b === null) return false;
	if (Array.isArray(a) || Array.isArray(b)) {
		if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
		return a.every((item, i) => jsonEqual(item, b[i]));
	}
	if (isObject(a) && isObject(b)) {
		const keys = Object.keys(a);
		if (keys.length !== Object.keys(b).length) return false;
		return keys.every((key) => Object.hasOwn(b, key) && jsonEqual(a[key], b[key]));
	}
	return false;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Entry = JsonObject & { id: string };

/** A list of entries: every item an object with a UUID `id`, no id twice. */
function isEntryList(value: Json | undefined): value is Entry[] {
	if (!Array.isArray(value)) return false;
	const ids = new Set<string>();
	for (const item of value) {
		if (!isObject(item) || typeof item.id !== 'string' || !uuidPattern.test(item.id)) return false;
		if (ids.has(item.id)) return false;
		ids.add(item.id);
	}
	return true;
}

/**
 * Entry by entry: an entry on both sides merges field by field (conflicts at `path.<id>.field`); one
 * added on either side is kept; one removed on a side stays removed unless the other side changed it
 * (then a conflict at `path.<id>`, `merged` keeping the local side). Local order first, then the
 * entries only the remote side added, in its order.
 */
function mergeEntries(
	base: Json | undefined,
	local: Entry[],
	remote: Entry[],
	path: string,
	conflicts: MergeConflict[]
): Json[] {
	const byId = (list: Entry[]) => new Map(list.map((entry) => [entry.id, entry]));
	const baseById = byId(isEntryList(base) ? base : []);
	const localById = byId(local);
	const remoteById = byId(remote);
	const merged: Json[] = [];
	for (const entry of local) {
		const before = baseById.get(entry.id);
		const other = remoteById.get(entry.id);
		const at = `${path}.${entry.id}`;
		if (other !== undefined) {
			merged.push(mergeValue(before, entry, other, at, conflicts)!);
		} else if (before === undefined) {
			merged.push(entry);
		} else if (!jsonEqual(before, entry)) {
			conflicts.push({ path: at, local: entry, remote: undefined });
			merged.push(entry);
		}
	}
	for (const entry of remote) {
		if (localById.has(entry.id)) continue;
		const before = baseById.get(entry.id);
		if (before === undefined) merged.push(entry);
		else if (!jsonEqual(before, entry)) {
			conflicts.push({ path: `${path}.${entry.id}`, local: undefined, remote: entry });
		}
	}
	return merged;
}

function mergeValue(
	base: Json | undefined,
	local: Json | undefined,
	remote: Json | undefined,
	path: string,
	conflicts: MergeConflict[]
): Json | undefined {
	if (jsonEqual(local, remote)) return local;
	if (jsonEqual(base, local)) return remote;
	if (jsonEqual(base, remote)) return local;
	if (isEntryList(local) && isEntryList(remote)) {
		return mergeEntries(base, local, remote, path, conflicts);
	}
	if (isObject(local) && isObject(remote)) {
		const baseObject = isObject(base) ? base : {};
		const merged: JsonObject = {};
		for (const key of new Set([...Object.keys(local), ...Object.keys(remote)])) {
			const value = mergeValue(
				baseObject[key],
				local[key],
				remote[key],
				path ? `${path}.${key}` : key,
				conflicts
			);
			// defineProperty, not assignment: a key named `__proto__` must stay plain data.
			if (value !== undefined) {
				Object.defineProperty(merged, key, {
					value,
					enumerable: true,
					writable: true,
					configurable: true
				});
			}
		}
		return merged;
	}
	conflicts.push({ path, local, remote });
	return local;
}

/** `base` undefined: no common ancestor (both sides created the document). `null` is a value. */
export function threeWayMerge<T extends Json>(
	base: T | undefined,
	local: T,
	remote: T
): MergeResult<T> {
	const conflicts: MergeConflict[] = [];
	const merged = mergeValue(base, local, remote, '', conflicts) as T;
	return { merged, conflicts };
}
