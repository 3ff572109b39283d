/**
 * Reading JSON-LD values as employers publish them: text in its several spellings, node
 * references into a `@graph`, numbers with Danish or English separators, and the `@context` /
 * `@type` checks. Also the small helpers every field's messages share.
 */
import type { MapOptions } from './types';

export type Json = Record<string, unknown>;

/** Numbers in messages, Danish style ("50.000"). */
export const danish = new Intl.NumberFormat('da-DK');

export function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isMissing(value: unknown): boolean {
	return (
		value === undefined ||
		value === null ||
		(typeof value === 'string' && value.trim() === '') ||
		(Array.isArray(value) && value.length === 0)
	);
}

/** A value as plain text: strings, numbers, `{"@value": …}`; from an array the Danish (or first) one. */
export function rawText(value: unknown): string | null {
	if (typeof value === 'string') return value;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (isObject(value) && '@value' in value) return rawText(value['@value']);
	if (Array.isArray(value)) {
		const danishValue = value.find(
			(v) => isObject(v) && typeof v['@language'] === 'string' && /^da\b/i.test(v['@language'])
		);
		for (const candidate of danishValue === undefined ? value : [danishValue, ...value]) {
			const text = rawText(candidate);
			if (text !== null && text.trim() !== '') return text;
		}
	}
	return null;
}

/** An object, following a node reference `{"@id": …}` into the container's `@graph`. */
export function node(value: unknown, options: MapOptions): Json | null {
	const first = Array.isArray(value) ? value[0] : value;
	if (!isObject(first)) return null;
	const id = first['@id'];
	if (typeof id === 'string' && Object.keys(first).length === 1)
		return options.nodes?.get(id) ?? first;
	return first;
}

/** A value as a message quotes it, cut at 40 characters. */
export function quote(value: unknown): string {
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
}

/** "7,5" / "7.5" / "32.500,00" / "32,500.00" / 185 → number; null when it isn't one. */
export function parseNumber(value: unknown): number | null {
	if (typeof value === 'number') return Number.isFinite(value) ? value : null;
	if (typeof value !== 'string') return null;
	let s = value.trim().replace(/\s/g, '');
	if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
	else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
	else s = s.replace(',', '.');
	if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
	return Number(s);
}

/** An http(s) address; null for anything else (`javascript:`, `ftp:`, not a URL). */
export function httpUrl(text: string): URL | null {
	try {
		const url = new URL(text.trim());
		return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
	} catch {
		return null;
	}
}

const SCHEMA_ORG = /^https?:\/\/schema\.org\/?$/i;
const JOB_POSTING_TYPES = new Set([
	'JobPosting',
	'schema:JobPosting',
	'http://schema.org/JobPosting',
	'https://schema.org/JobPosting'
]);

/** schema.org, http or https, as a string, in an array, or as `@vocab`. */
export function isSchemaOrgContext(context: unknown): boolean {
	if (typeof context === 'string') return SCHEMA_ORG.test(context.trim());
	if (Array.isArray(context)) return context.some(isSchemaOrgContext);
	if (isObject(context)) {
		const vocab = context['@vocab'];
		return typeof vocab === 'string' && SCHEMA_ORG.test(vocab.trim());
	}
	return false;
}

/** `@type` is JobPosting (or an array containing it). */
export function isJobPostingType(type: unknown): boolean {
	if (typeof type === 'string') return JOB_POSTING_TYPES.has(type.trim());
	return Array.isArray(type) && type.some(isJobPostingType);
}
