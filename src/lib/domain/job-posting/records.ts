/** Containers and files: the records in a parsed JSON value, where each stood, and report lines. */
import type { FieldError } from '../validation';
import { isJobPostingType, isObject, type Json } from './json-ld';
import { mapJobPosting } from './map';
import type { JobPostingResult, SourceLocation, SourceRecord } from './types';

/**
 * The records in a parsed JSON value: itself, an array's elements, or a `@graph`'s JobPosting
 * nodes. `line` is where the value stands; `elementLines[i]` (when known) where element i stands.
 */
export function recordsIn(
	value: unknown,
	line: number | null,
	elementLines: readonly number[] = []
): SourceRecord[] {
	if (Array.isArray(value)) {
		return value.flatMap((element, i) => {
			const at = elementLines[i] ?? line;
			if (isObject(element) && '@graph' in element) return graphRecords(element, at, i + 1);
			return [{ record: element, location: { line: at, index: i + 1 } }];
		});
	}
	if (isObject(value) && '@graph' in value) return graphRecords(value, line, null, elementLines);
	return [{ record: value, location: { line, index: null } }];
}

function graphRecords(
	container: Json,
	line: number | null,
	index: number | null,
	elementLines: readonly number[] = []
): SourceRecord[] {
	const graph = container['@graph'];
	const graphNodes = Array.isArray(graph) ? graph : [graph];
	const nodes = new Map<string, Json>();
	for (const n of graphNodes) {
		if (isObject(n) && typeof n['@id'] === 'string') nodes.set(n['@id'], n);
	}
	const records: SourceRecord[] = [];
	graphNodes.forEach((n, i) => {
		if (!isObject(n) || !isJobPostingType(n['@type'])) return;
		records.push({
			record: n,
			location: { line: elementLines[i] ?? line, index: index ?? i + 1 },
			context: container['@context'],
			nodes
		});
	});
	if (records.length === 0) {
		records.push({
			record: container,
			location: { line, index },
			problem: { field: '@graph', message: 'indeholder ingen JobPosting' }
		});
	}
	return records;
}

/** Maps a record from `recordsIn`, with what it inherits from its container. */
export function mapSourceRecord(source: SourceRecord, now: Date): JobPostingResult {
	if (source.problem) return { ok: false, errors: [source.problem] };
	return mapJobPosting(source.record, { now, context: source.context, nodes: source.nodes });
}

/**
 * 1-based line numbers of the elements of a JSON text's record list — the root array, or the
 * root object's `@graph` array — in one pass, without building anything. Assumes valid JSON.
 */
export function elementLines(text: string): number[] {
	const lines: number[] = [];
	let line = 1;
	let depth = 0;
	let root: 'array' | 'object' | null = null;
	let trackDepth = -1;
	let expectElement = false;
	let keyStart = -1;
	let keyEnd = -1;
	let key: string | null = null;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 10) {
			line++;
			continue;
		}
		if (c === 32 || c === 9 || c === 13 || c === 0xfeff) continue;
		if (expectElement && depth === trackDepth) {
			expectElement = false;
			if (c !== 93) lines.push(line);
		}
		if (c === 34) {
			const start = i;
			for (i++; i < text.length; i++) {
				const d = text.charCodeAt(i);
				if (d === 92) i++;
				else if (d === 34) break;
			}
			if (root === 'object' && depth === 1) {
				keyStart = start;
				keyEnd = i;
			}
			continue;
		}
		if (c === 123 || c === 91) {
			if (depth === 0) {
				root = c === 91 ? 'array' : 'object';
				if (root === 'array') {
					trackDepth = 1;
					expectElement = true;
				}
			} else if (depth === 1 && root === 'object' && c === 91 && key === '@graph') {
				trackDepth = 2;
				expectElement = true;
			}
			depth++;
		} else if (c === 125 || c === 93) {
			depth--;
			if (depth < trackDepth) trackDepth = -1;
		} else if (c === 44) {
			if (depth === trackDepth) expectElement = true;
		} else if (c === 58 && root === 'object' && depth === 1 && keyStart >= 0) {
			key = JSON.parse(text.slice(keyStart, keyEnd + 1)) as string;
		}
	}
	return lines;
}

/** "linje 7", "linje 34 (post 3)" or "post 3": where a problem is, as the report says it. */
export function describeLocation(location: SourceLocation): string {
	if (location.line !== null && location.index !== null) {
		return `linje ${location.line} (post ${location.index})`;
	}
	if (location.line !== null) return `linje ${location.line}`;
	if (location.index !== null) return `post ${location.index}`;
	return 'filen';
}

/** One report line: "linje 7: jobLocation.address.postalCode: postnummeret 9999 findes ikke". */
export function formatProblem(location: SourceLocation, error: FieldError): string {
	return `${describeLocation(location)}: ${error.field ? `${error.field}: ` : ''}${error.message}`;
}
