import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { SavedSearch } from '../domain/saved-searches';
import { openUserDb, userDbName, type UserDb } from './db';
import { listOutbox } from './outbox';
import {
	deleteSavedSearch,
	listSavedSearches,
	markSavedSearchSeen,
	putSavedSearch,
	refreshSavedSearchCounts
} from './saved-searches-store';
import { EntityValidationError } from './collection-store';

function fresh(): Promise<UserDb> {
	return openUserDb('t', userDbName(`searches-${crypto.randomUUID()}`));
}

const monday = new Date('2026-03-02T12:00:00.000Z');
const tuesday = new Date('2026-03-03T08:00:00.000Z');

describe('saved searches store', () => {
	it('saves locally in canonical form, seen from now, and queues the POST', async () => {
		const db = await fresh();
		const search = await putSavedSearch(
			db,
			{ name: ' Kok ', query: 'q=kok&municipality=0101&cursor=abc' },
			monday
		);
		expect(search).toMatchObject({
			name: 'Kok',
			query: 'v=1&q=kok&municipality=101',
			createdAt: monday.toISOString(),
			lastSeenAt: monday.toISOString(),
			newCount: 0
		});
		expect(await listSavedSearches(db)).toEqual([search]);
		const [item] = await listOutbox(db);
		expect(item).toMatchObject({
			method: 'POST',
			path: '/api/v1/me/saved-searches',
			entity: 'savedSearches',
			entityId: search.id,
			body: {
				id: search.id,
				name: 'Kok',
				query: 'v=1&q=kok&municipality=101',
				lastSeenAt: monday.toISOString()
			}
		});
	});

	it('keeps the count when renamed, and clears it when seen', async () => {
		const db = await fresh();
		const search = await putSavedSearch(db, { name: 'Kok', query: 'v=1&q=kok' }, monday);
		await db.put('savedSearches', { ...search, newCount: 7 });
		const renamed = await putSavedSearch(
			db,
			{ id: search.id, name: 'Kok i byen', query: search.query },
			tuesday
		);
		expect(renamed).toMatchObject({ newCount: 7, lastSeenAt: monday.toISOString() });
		const seen = await markSavedSearchSeen(db, renamed, tuesday);
		expect(seen).toMatchObject({ newCount: 0, lastSeenAt: tuesday.toISOString() });
		expect(await listSavedSearches(db)).toEqual([seen]);
		expect((await listOutbox(db)).map((item) => item.body)).toEqual([
			expect.objectContaining({ name: 'Kok', lastSeenAt: monday.toISOString() }),
			expect.objectContaining({ name: 'Kok i byen', lastSeenAt: monday.toISOString() }),
			expect.objectContaining({ name: 'Kok i byen', lastSeenAt: tuesday.toISOString() })
		]);
	});

	it('names the field for bad input and writes nothing', async () => {
		const db = await fresh();
		const error = await putSavedSearch(db, { name: ' ', query: 'v=1&hours=x' }).catch((e) => e);
		expect(error).toBeInstanceOf(EntityValidationError);
		expect((error as EntityValidationError).errors.map((e) => e.field).sort()).toEqual([
			'name',
			'query'
		]);
		expect(await listSavedSearches(db)).toEqual([]);
		expect(await listOutbox(db)).toEqual([]);
	});

	it('deletes locally at once and queues the DELETE of what the server has', async () => {
		const db = await fresh();
		const search = await putSavedSearch(db, { name: 'Kok', query: 'v=1&q=kok' }, monday);
		await db.clear('outbox'); // as if sent
		await deleteSavedSearch(db, search.id);
		expect(await listSavedSearches(db)).toEqual([]);
		expect((await listOutbox(db)).map((item) => [item.method, item.path])).toEqual([
			['DELETE', `/api/v1/me/saved-searches/${search.id}`]
		]);
	});

	it('sends nothing at all for a search saved and deleted before it was ever sent', async () => {
		const db = await fresh();
		const search = await putSavedSearch(db, { name: 'Kok', query: 'v=1&q=kok' }, monday);
		await deleteSavedSearch(db, search.id);
		expect(await listSavedSearches(db)).toEqual([]);
		expect(await listOutbox(db)).toEqual([]);
	});

	it("takes the server's counts, except for searches with changes not sent yet", async () => {
		const db = await fresh();
		const synced: SavedSearch = {
			id: crypto.randomUUID(),
			name: 'Tømrer',
			query: 'v=1&q=t%C3%B8mrer',
			createdAt: monday.toISOString(),
			lastSeenAt: monday.toISOString(),
			newCount: 0
		};
		await db.put('savedSearches', synced);
		const pending = await putSavedSearch(db, { name: 'Kok', query: 'v=1&q=kok' }, tuesday);
		const server = [
			{ ...synced, newCount: 12 },
			{ ...pending, name: 'Gammelt navn', newCount: 3 }
		];
		const fetcher = async (path: string) => {
			expect(path).toBe('/api/v1/me/saved-searches');
			return new Response(JSON.stringify({ items: server }), {
				headers: { 'content-type': 'application/json' }
			});
		};
		expect(await refreshSavedSearchCounts(db, fetcher)).toBe(true);
		const byId = new Map((await listSavedSearches(db)).map((s) => [s.id, s]));
		expect(byId.get(synced.id)?.newCount).toBe(12);
		expect(byId.get(pending.id)).toEqual(pending);

		const offline = async () => {
			throw new TypeError('Failed to fetch');
		};
		expect(await refreshSavedSearchCounts(db, offline)).toBe(false);
		expect(byId.get(synced.id)?.newCount).toBe(12);
	});
});
