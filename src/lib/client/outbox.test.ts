import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openUserDb, userDbName, type UserDb } from './db';
import {
	backoffDelay,
	enqueue,
	listOutbox,
	LocalNotFoundError,
	onEnqueued,
	pendingEntityKeys
} from './outbox';
import type { JoblogEntry } from '../domain/joblog';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function fresh(): Promise<UserDb> {
	return openUserDb('t', userDbName(`outbox-${crypto.randomUUID()}`));
}

function entry(id: string, appliedOn = '2026-02-01'): JoblogEntry {
	return {
		id,
		appliedOn,
		jobTitle: 'Lagermedarbejder',
		employer: 'Firma A/S',
		method: 'advertised',
		status: 'sent',
		note: '',
		jobId: null,
		createdAt: '2026-02-01T10:00:00.000Z',
		updatedAt: '2026-02-01T10:00:00.000Z'
	};
}

describe('enqueue', () => {
	it('writes the local change and the outbox item together', async () => {
		const db = await fresh();
		const id = crypto.randomUUID();
		const heard: unknown[] = [];
		const off = onEnqueued((item) => heard.push(item));
		const item = await enqueue(
			db,
			{
				method: 'POST',
				path: '/api/v1/me/joblog',
				body: { id },
				entity: 'joblog',
				entityId: id,
				local: { store: 'joblog', op: 'put', value: entry(id) }
			},
			{ now: () => Date.parse('2026-02-01T10:00:00Z') }
		);
		off();
		expect(item).toMatchObject({
			method: 'POST',
			path: '/api/v1/me/joblog',
			body: { id },
			entity: 'joblog',
			entityId: id,
			entityKey: `joblog:${id}`,
			createdAt: '2026-02-01T10:00:00.000Z',
			attempts: 0,
			nextAttemptAt: 0,
			state: 'pending'
		});
		expect(item?.key).toMatch(uuid);
		expect(await listOutbox(db)).toEqual([item]);
		expect(await db.get('joblog', id)).toEqual(entry(id));
		expect(heard).toEqual([item]);
		expect(await pendingEntityKeys(db)).toEqual(new Set([`joblog:${id}`]));
	});

	it('writes neither when the local change fails', async () => {
		const db = await fresh();
		const id = crypto.randomUUID();
		await expect(
			enqueue(db, {
				method: 'PATCH',
				path: `/api/v1/me/joblog/${id}`,
				body: { note: 'x' },
				entity: 'joblog',
				entityId: id,
				local: { store: 'joblog', op: 'patch', key: id, patch: { note: 'x' } }
			})
		).rejects.toBeInstanceOf(LocalNotFoundError);
		expect(await listOutbox(db)).toEqual([]);
	});

	it('gives every item its own key and keeps them in order', async () => {
		const db = await fresh();
		const id = crypto.randomUUID();
		const base = { entity: 'joblog' as const, entityId: id, path: `/x/${id}` };
		await enqueue(db, { ...base, method: 'POST', body: { a: 1 } });
		await enqueue(db, { ...base, method: 'PATCH', body: { a: 2 } });
		await enqueue(db, { ...base, method: 'PATCH', body: { a: 3 } });
		const items = await listOutbox(db);
		expect(items.map((i) => i.body)).toEqual([{ a: 1 }, { a: 2 }, { a: 3 }]);
		expect(new Set(items.map((i) => i.key)).size).toBe(3);
		expect(items.map((i) => i.seq)).toEqual([...items.map((i) => i.seq)].sort((a, b) => a - b));
	});

	it('drops a create and its edits when the entity is deleted before anything was sent', async () => {
		const db = await fresh();
		const id = crypto.randomUUID();
		const other = crypto.randomUUID();
		const base = { entity: 'joblog' as const, entityId: id, path: `/x/${id}` };
		await enqueue(db, {
			...base,
			method: 'POST',
			local: { store: 'joblog', op: 'put', value: entry(id) }
		});
		await enqueue(db, { entity: 'joblog', entityId: other, path: '/x', method: 'POST' });
		await enqueue(db, { ...base, method: 'PATCH', body: { note: 'y' } });
		const result = await enqueue(db, {
			...base,
			method: 'DELETE',
			local: { store: 'joblog', op: 'delete', key: id }
		});
		expect(result).toBeNull();
		expect((await listOutbox(db)).map((i) => i.entityId)).toEqual([other]);
		expect(await db.get('joblog', id)).toBeUndefined();
	});

	it('keeps the delete once the create may have reached the server', async () => {
		const db = await fresh();
		const id = crypto.randomUUID();
		const base = { entity: 'joblog' as const, entityId: id, path: `/x/${id}` };
		const post = await enqueue(db, { ...base, method: 'POST' });
		await db.put('outbox', { ...post!, attempts: 1 });
		await enqueue(db, { ...base, method: 'DELETE' });
		expect((await listOutbox(db)).map((i) => i.method)).toEqual(['POST', 'DELETE']);
	});
});

describe('backoffDelay', () => {
	it('grows exponentially from 1 s and is capped at 5 min (full jitter)', () => {
		const top = Array.from({ length: 12 }, (_, i) => backoffDelay(i + 1, () => 0.999999));
		expect(top.slice(0, 4)).toEqual([999, 1999, 3999, 7999]);
		expect(Math.max(...top)).toBeLessThan(300_000);
		expect(top.at(-1)).toBe(299_999);
		expect(backoffDelay(30, () => 0)).toBe(0);
		expect(backoffDelay(3, () => 0.5)).toBe(2000);
	});
});
