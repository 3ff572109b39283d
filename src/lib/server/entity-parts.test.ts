/**
 * Every synced entity has all its parts: a definition in the registry, a table on the server that
 * the delta feed reads, operations in the API (served by route files), an IndexedDB store and an
 * adapter on the phone. Adding a definition without one of them fails here, naming what is missing.
 */
import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { operations } from '../domain/api/operations';
import type { Operation } from '../domain/api/operation';
import { entities, type EntityDefinition } from '../domain/entities';
import { openUserDb, userDbName } from '../client/db';
import { entityAdapters } from '../client/entity-adapters';
import * as schema from './db/schema';
import { syncedTables } from './entities';

interface Parts {
	adapters: Record<string, unknown>;
	stores: string[];
	tables: { definition: { name: string }; table: unknown }[];
	operations: Operation[];
	routeExports: (operation: Operation) => boolean;
}

const schemaTables = new Set<unknown>(Object.values(schema));

/** The parts an entity lacks, as `name: part` lines (empty when complete). */
function missingParts(registry: readonly EntityDefinition[], parts: Parts): string[] {
	const missing: string[] = [];
	for (const entity of registry) {
		const lack = (part: string) => missing.push(`${entity.name}: ${part}`);
		if (!parts.adapters[entity.name]) lack('client adapter');
		if (!parts.stores.includes(entity.name)) lack('IndexedDB store');
		const source = parts.tables.find((table) => table.definition.name === entity.name);
		if (!source) lack('server table (feed source)');
		else if (!schemaTables.has(source.table)) lack('table in db/schema.ts');
		const own = Object.values(entity.operations) as Operation[];
		if (own.length === 0) lack('operations');
		for (const operation of own) {
			const label = `${operation.method.toUpperCase()} ${operation.path}`;
			if (!parts.operations.includes(operation)) lack(`operation ${label} in the API`);
			if (!parts.routeExports(operation)) lack(`route for ${label}`);
		}
	}
	return missing;
}

/** Whether src/routes/api/v1/… has a +server.ts exporting the operation's method. */
function routeExports(operation: Operation): boolean {
	const dir = operation.path
		.replace(/^\/api\/v1/, 'src/routes/api/v1')
		.replace(/\{(\w+)\}/g, '[$1]');
	const file = join(dir, '+server.ts');
	if (!existsSync(file)) return false;
	return new RegExp(`export const ${operation.method.toUpperCase()}\\b`).test(
		readFileSync(file, 'utf8')
	);
}

async function actualParts(): Promise<Parts> {
	const db = await openUserDb('parts', userDbName(`parts-${crypto.randomUUID()}`));
	const stores = [...db.objectStoreNames];
	db.close();
	return { adapters: entityAdapters, stores, tables: syncedTables, operations, routeExports };
}

describe('entity registry consistency', () => {
	it('every entity has every part', async () => {
		expect(missingParts(entities, await actualParts())).toEqual([]);
	});

	it('server tables and the registry list the same entities, in the same order', () => {
		expect(syncedTables.map((table) => table.definition.name)).toEqual(
			entities.map((entity) => entity.name)
		);
	});

	it('fails on a registry with an entity that lacks its parts', async () => {
		const meetings = {
			name: 'meetings-draft',
			kind: 'server-owned',
			conflict: 'server-wins-with-alternatives',
			path: '/api/v1/me/meetings-draft',
			label: 'mødet',
			key: 'id',
			schema: entities[0].schema,
			local: { keyPath: 'id', createdIn: 9 },
			operations: {
				list: {
					method: 'get',
					path: '/api/v1/me/meetings-draft',
					summary: 'Mine møder',
					access: 'citizen'
				}
			}
		} as unknown as EntityDefinition;
		expect(missingParts([...entities, meetings], await actualParts())).toEqual([
			'meetings-draft: client adapter',
			'meetings-draft: IndexedDB store',
			'meetings-draft: server table (feed source)',
			'meetings-draft: operation GET /api/v1/me/meetings-draft in the API',
			'meetings-draft: route for GET /api/v1/me/meetings-draft'
		]);
	});

	it('fails when one part of a complete entity goes missing', async () => {
		const parts = await actualParts();
		const { joblog: _dropped, ...adapters } = parts.adapters;
		const stores = parts.stores.filter((store) => store !== 'savedJobs');
		const withoutSickLeavePut = parts.operations.filter(
			(operation) => operation !== entities[3].operations.put
		);
		expect(
			missingParts(entities, { ...parts, adapters, stores, operations: withoutSickLeavePut })
		).toEqual([
			'joblog: client adapter',
			'savedJobs: IndexedDB store',
			'sickLeave: operation PUT /api/v1/me/sick-leave in the API'
		]);
	});
});
