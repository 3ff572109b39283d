/**
 * How the server's answers and delta changes land in local stores, derived from the entity
 * registry: one adapter per entity, for the tabs and the service worker alike. A collection item is
 * stored as the server answers it; a document with its ETag, as both `doc` and `base` (the last
 * server copy: the base of a three-way merge). The engine never calls these over pending edits.
 */
import { entities, type EntityDefinition } from '../domain/entities';
import type { LocalStoreName, StoredDocument } from './db';
import type { EntityAdapter } from './sync';

export function adapterFor(entity: EntityDefinition): EntityAdapter {
	const store = entity.name as LocalStoreName;
	if (entity.kind !== 'document') {
		return {
			store,
			parse(data) {
				const parsed = entity.schema.safeParse(data);
				return parsed.success ? parsed.data : null;
			}
		};
	}
	return {
		store,
		parse(data) {
			const parsed = entity.schema.safeParse(data);
			if (!parsed.success) return null;
			const { document, etag, updatedAt } = parsed.data;
			return {
				doc: document as Record<string, unknown>,
				base: document as Record<string, unknown>,
				etag,
				updatedAt: updatedAt ?? new Date().toISOString()
			} satisfies StoredDocument;
		}
	};
}

export const entityAdapters: Record<string, EntityAdapter> = Object.fromEntries(
	entities.map((entity) => [entity.name, adapterFor(entity)])
);
