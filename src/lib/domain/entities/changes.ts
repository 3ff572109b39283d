import { z } from 'zod';
import { entities } from './index';

/** One change in the delta feed: an upsert carries the entity's answer schema, a delete only its id. */
const upserts = entities.map((entity) =>
	z.object({
		entity: z.literal(entity.name),
		/** The item's key; for a document, the citizen's own id (she has one). */
		id: z.uuid(),
		op: z.literal('upsert'),
		data: entity.schema,
		version: z.int()
	})
);

export const changeSchema = z.union([
	...upserts,
	z.object({
		entity: z.enum(entities.map((entity) => entity.name)),
		id: z.uuid(),
		op: z.literal('delete'),
		version: z.int()
	})
]);

export const changesPageSchema = z
	.object({ changes: z.array(changeSchema), cursor: z.string(), hasMore: z.boolean() })
	.meta({ id: 'Changes' });

export type Change = z.infer<typeof changeSchema>;
