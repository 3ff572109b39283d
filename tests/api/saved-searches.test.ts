import { describe, expect, it } from 'vitest';
import { api, expectProblem, sessionOf } from './client';

interface SavedSearchBody {
	id: string;
	name: string;
	query: string;
	lastSeenAt: string;
	newCount: number | null;
}

const list = async (cookie: string) =>
	((await api('/api/v1/me/saved-searches', { cookie })).body as { items: SavedSearchBody[] }).items;

const save = (cookie: string, json: Record<string, unknown>, headers: HeadersInit = {}) =>
	api('/api/v1/me/saved-searches', { method: 'POST', cookie, json, headers });

async function searchTotal(query: string): Promise<number> {
	const answer = await api(`/api/v1/jobs?${query}&limit=1`);
	expect(answer.status).toBe(200);
	return (answer.body as { total: number }).total;
}

describe('saved searches', () => {
	it('saves a search in canonical form, renames it under the same id, and deletes it', async () => {
		const cookie = await sessionOf('anna');
		const id = crypto.randomUUID();
		const created = await save(cookie, {
			id,
			name: '  Pædagog i Aarhus ',
			// An old link (no version, padded municipality code, paging) is stored upgraded.
			query: 'q=p%C3%A6dagog&municipality=0751&limit=50&cursor=abc'
		});
		expect(created.status).toBe(201);
		expect(created.body).toMatchObject({
			id,
			name: 'Pædagog i Aarhus',
			query: 'v=1&q=p%C3%A6dagog&municipality=751',
			newCount: 0
		});

		const renamed = await save(cookie, { id, name: 'Pædagog', query: 'v=1&q=p%C3%A6dagog' });
		expect(renamed.status).toBe(200);
		expect((await list(cookie)).filter((search) => search.id === id)).toEqual([
			expect.objectContaining({ name: 'Pædagog', query: 'v=1&q=p%C3%A6dagog' })
		]);

		const removed = await api(`/api/v1/me/saved-searches/${id}`, { method: 'DELETE', cookie });
		expect(removed.status).toBe(204);
		expect((await list(cookie)).some((search) => search.id === id)).toBe(false);
		// Gone already: the citizen's wish holds, no error for a replayed delete.
		expect(
			(await api(`/api/v1/me/saved-searches/${id}`, { method: 'DELETE', cookie })).status
		).toBe(204);
	});

	it('counts the ads posted since the citizen last looked, and never moves that time back', async () => {
		const cookie = await sessionOf('mohammed');
		const id = crypto.randomUUID();
		const query = 'v=1&q=sygeplejerske';
		const everything = await searchTotal(query);
		expect(everything).toBeGreaterThan(0);

		const longAgo = await save(cookie, {
			id,
			name: 'Sygeplejerske',
			query,
			lastSeenAt: '2000-01-01T00:00:00.000Z'
		});
		expect((longAgo.body as SavedSearchBody).newCount).toBe(everything);
		expect((await list(cookie)).find((search) => search.id === id)?.newCount).toBe(everything);

		const seenNow = new Date().toISOString();
		const looked = await save(cookie, { id, name: 'Sygeplejerske', query, lastSeenAt: seenNow });
		expect(looked.body).toMatchObject({ lastSeenAt: seenNow, newCount: 0 });

		// A late outbox item from another device with an older "seen" does not bring the ads back.
		const late = await save(cookie, {
			id,
			name: 'Sygeplejerske',
			query,
			lastSeenAt: '2000-01-01T00:00:00.000Z'
		});
		expect(late.body).toMatchObject({ lastSeenAt: seenNow, newCount: 0 });
		await api(`/api/v1/me/saved-searches/${id}`, { method: 'DELETE', cookie });
	});

	it('names the field for bad input and keeps what was saved', async () => {
		const cookie = await sessionOf('anna');
		const id = crypto.randomUUID();
		expect((await save(cookie, { id, name: 'Tømrer', query: 'v=1&q=t%C3%B8mrer' })).status).toBe(
			201
		);

		const badQuery = expectProblem(
			await save(cookie, { id, name: 'Tømrer', query: 'v=1&municipality=999' }),
			400
		);
		expect(badQuery.errors?.map((error) => error.field)).toEqual(['query']);
		expect(badQuery.errors?.[0]?.message).toContain('municipality');

		const radius = expectProblem(
			await save(cookie, { id, name: 'Tømrer', query: 'v=1&radiusKm=10' }),
			400
		);
		expect(radius.errors?.[0]).toMatchObject({ field: 'query' });

		const noName = expectProblem(await save(cookie, { id, name: '   ', query: 'v=1' }), 400);
		expect(noName.errors).toEqual([{ field: 'name', message: 'Giv søgningen et navn' }]);

		const unknown = expectProblem(
			await save(cookie, { id, name: 'Tømrer', query: 'v=1', alert: true }),
			400
		);
		expect(unknown.errors).toEqual([{ field: 'alert', message: 'Feltet kendes ikke' }]);

		expectProblem(await save(cookie, { id: 'not-a-uuid', name: 'x', query: 'v=1' }), 400);
		expectProblem(await save(cookie, { id, name: 'x'.repeat(101), query: 'v=1' }), 400);
		expectProblem(await save(cookie, { id, name: 'x', query: 'q='.repeat(1001) }), 400);

		expect((await list(cookie)).find((search) => search.id === id)).toMatchObject({
			name: 'Tømrer',
			query: 'v=1&q=t%C3%B8mrer'
		});
		await api(`/api/v1/me/saved-searches/${id}`, { method: 'DELETE', cookie });
	});

	it("keeps citizens apart: another's searches are not listed nor deleted", async () => {
		const anna = await sessionOf('anna');
		const sofie = await sessionOf('sofie');
		const id = crypto.randomUUID();
		expect((await save(anna, { id, name: 'Annas', query: 'v=1&q=kok' })).status).toBe(201);
		expect((await list(sofie)).some((search) => search.id === id)).toBe(false);
		// Sofie's delete of Anna's id changes nothing (her own id space: limits.test.ts).
		await api(`/api/v1/me/saved-searches/${id}`, { method: 'DELETE', cookie: sofie });
		expect((await list(anna)).find((search) => search.id === id)?.name).toBe('Annas');
		await api(`/api/v1/me/saved-searches/${id}`, { method: 'DELETE', cookie: anna });

		expectProblem(await api('/api/v1/me/saved-searches'), 401);
		expectProblem(
			await api('/api/v1/me/saved-searches/not-an-id', { method: 'DELETE', cookie: anna }),
			404
		);
	});

	it('keeps at most 50 searches per citizen, and says so plainly', async () => {
		const cookie = await sessionOf('mohammed');
		const before = (await list(cookie)).length;
		const ids = Array.from({ length: 50 - before }, () => crypto.randomUUID());
		for (const id of ids) {
			expect((await save(cookie, { id, name: 'Lager', query: 'v=1&q=lager' })).status).toBe(201);
		}
		const full = expectProblem(
			await save(cookie, { id: crypto.randomUUID(), name: 'En til', query: 'v=1' }),
			409
		);
		expect(full).toMatchObject({ type: '/api/v1/problems/limit', limit: 50 });
		expect(full.detail).toContain('højst gemme 50');
		// Updating one she has is still allowed.
		expect((await save(cookie, { id: ids[0], name: 'Lager 2', query: 'v=1' })).status).toBe(200);
		for (const id of ids)
			await api(`/api/v1/me/saved-searches/${id}`, { method: 'DELETE', cookie });
	});

	it('answers a retried request with the first answer (Idempotency-Key)', async () => {
		const cookie = await sessionOf('anna');
		const id = crypto.randomUUID();
		const key = crypto.randomUUID();
		const body = { id, name: 'Elektriker', query: 'v=1&q=elektriker' };
		const first = await save(cookie, body, { 'idempotency-key': key });
		const again = await save(cookie, body, { 'idempotency-key': key });
		expect(first.status).toBe(201);
		expect(again.status).toBe(201);
		expect(again.body).toEqual(first.body);
		expectProblem(await save(cookie, { ...body, name: 'Andet' }, { 'idempotency-key': key }), 422);
		await api(`/api/v1/me/saved-searches/${id}`, { method: 'DELETE', cookie });
	});

	it('reaches other devices through the delta feed', async () => {
		const cookie = await sessionOf('sofie');
		const start = await api('/api/v1/me/changes?limit=100', { cookie });
		const cursor = (start.body as { cursor: string }).cursor;
		const kept = crypto.randomUUID();
		const removed = crypto.randomUUID();
		await save(cookie, { id: kept, name: 'Kok', query: 'v=1&q=kok' });
		await save(cookie, { id: removed, name: 'Bager', query: 'v=1&q=bager' });
		await api(`/api/v1/me/saved-searches/${removed}`, { method: 'DELETE', cookie });
		const feed = await api(`/api/v1/me/changes?since=${cursor}`, { cookie });
		const changes = (
			feed.body as {
				changes: { entity: string; id: string; op: string; data?: { name: string } }[];
			}
		).changes.filter((change) => change.entity === 'savedSearches');
		expect(changes.map((change) => [change.id, change.op, change.data?.name])).toEqual([
			[kept, 'upsert', 'Kok'],
			[removed, 'delete', undefined]
		]);
		await api(`/api/v1/me/saved-searches/${kept}`, { method: 'DELETE', cookie });
	});
});
