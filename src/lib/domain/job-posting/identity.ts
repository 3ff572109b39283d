/**
 * Identity (→ external_id, the upsert key; at most 500 characters): `identifier` — a
 * PropertyValue gives `name:value` (the name is the issuing system, which keeps two employers'
 * ad numbers apart) or just `value` without a name; a plain string/number is used as it is —
 * else an absolute `@id` (http(s)/urn), else `url`. Without any of them the record is invalid:
 * there would be no way to update it later. (A record whose identity already occurred earlier in
 * the same file is invalid, the first one wins: the importer checks that, it sees the file.)
 */
import { httpUrl, isMissing, node, rawText, type Json } from './json-ld';
import { LIMITS, type Fail, type MapOptions } from './types';

export function mapIdentity(r: Json, options: MapOptions, fail: Fail): string | null {
	let externalId: string | null = null;
	const identifier = Array.isArray(r.identifier) ? r.identifier[0] : r.identifier;
	const atId = typeof r['@id'] === 'string' ? r['@id'].trim() : '';
	const pageUrl = typeof r.url === 'string' ? httpUrl(r.url) : null;
	if (!isMissing(identifier)) {
		const property = node(identifier, options);
		if (property && !('@value' in property)) {
			const value = rawText(property.value)?.trim();
			const name = rawText(property.name)?.trim();
			if (!value) fail('identifier.value', 'annoncens id mangler');
			else externalId = name ? `${name}:${value}` : value;
		} else {
			const value = rawText(identifier)?.trim();
			if (!value) fail('identifier', 'annoncens id skal være tekst eller en PropertyValue');
			else externalId = value;
		}
	} else if (/^(?:https?|urn):\S+$/i.test(atId)) {
		externalId = atId;
	} else if (pageUrl) {
		externalId = pageUrl.href;
	} else {
		fail('identifier', 'annoncen har intet id (angiv identifier eller url)');
	}
	if (externalId !== null && externalId.length > LIMITS.externalId) {
		fail('identifier', `id'et er over ${LIMITS.externalId} tegn`);
	}
	return externalId;
}
