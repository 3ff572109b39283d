import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { eraseLocalData, openUserDb, USER_DB_VERSION, userDbName } from './db';

const profile = {
	id: '0b6f5a2e-7c1d-4a8e-9b3f-2d4c6e8a0b1c',
	name: 'Test Borger',
	role: 'citizen' as const,
	birthDate: null,
	municipality: null,
	benefitType: null,
	targetGroup: null,
	household: null,
	caseworker: null,
	jobcenter: null
};

function freshName() {
	return userDbName(`test-${crypto.randomUUID()}`);
}

describe('user database', () => {
	it('keeps the profile written by the v1 (profile-only) schema when upgrading', async () => {
		const name = freshName();
		const v1 = await openDB(name, 1, {
			upgrade(db) {
				db.createObjectStore('profile');
			}
		});
		await v1.put('profile', { profile, fetchedAt: '2026-01-01T00:00:00.000Z' }, 'me');
		v1.close();

		const db = await openUserDb('ignored', name);
		expect(db.version).toBe(USER_DB_VERSION);
		expect((await db.get('profile', 'me'))?.profile.name).toBe('Test Borger');
		expect([...db.objectStoreNames].sort()).toEqual(
			[
				'conversationRequests',
				'cv',
				'jobAds',
				'joblog',
				'meetings',
				'meta',
				'outbox',
				'profile',
				'savedJobs',
				'savedSearches',
				'sickLeave'
			].sort()
		);
		expect([...db.transaction('joblog').store.indexNames]).toEqual(['byAppliedOn']);
		expect([...db.transaction('outbox').store.indexNames]).toEqual(['byEntityKey']);
		db.close();
	});

	it('numbers outbox items itself and keys documents by "me"', async () => {
		const db = await openUserDb('ignored', freshName());
		const a = await db.add('outbox', { key: 'k1' } as never);
		const b = await db.add('outbox', { key: 'k2' } as never);
		expect(b).toBeGreaterThan(a);
		await db.put('cv', { doc: {}, base: null, etag: null, updatedAt: 'x' }, 'me');
		expect(await db.get('cv', 'me')).toBeTruthy();
		db.close();
	});

	it('erases every user database, even one still open in this tab', async () => {
		const store = new Map<string, string>();
		globalThis.localStorage = {
			getItem: (k: string) => store.get(k) ?? null,
			setItem: (k: string, v: string) => void store.set(k, v),
			removeItem: (k: string) => void store.delete(k)
		} as Storage;
		const name = freshName();
		const db = await openUserDb('ignored', name);
		await db.put('meta', 'x', 'changesCursor');
		await eraseLocalData();
		const names = (await indexedDB.databases()).map((info) => info.name);
		expect(names.filter((n) => n?.startsWith('vj-user-'))).toEqual([]);
	});
});
