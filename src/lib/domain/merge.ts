/**
 * Three-way merge of JSON documents edited on two devices (CV, sick-leave status): pure, no I/O.
 * `base` is the server copy both sides started from. Objects merge key by key, recursively; arrays and
 * other values are compared as whole values. A field changed on both sides to different values is a
 * conflict: `merged` keeps the local value there, and the conflict is reported so the citizen decides.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface MergeConflict {
	/** Dotted path to the field, e.g. `address.city`; '' for the whole document. */
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
