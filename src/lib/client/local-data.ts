import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Profile } from '../domain/api/schemas';

/** Each user's data lives in a database of its own, erased at logout. */
export const USER_DB_PREFIX = 'vj-user-';
const LAST_USER_KEY = 'vj:last-user';

export interface UserDbSchema extends DBSchema {
	profile: { key: 'me'; value: { profile: Profile; fetchedAt: string } };
}

export function userDbName(userId: string) {
	return `${USER_DB_PREFIX}${userId}`;
}

export function openUserDb(userId: string): Promise<IDBPDatabase<UserDbSchema>> {
	return openDB<UserDbSchema>(userDbName(userId), 1, {
		upgrade(db, oldVersion) {
			if (oldVersion < 1) db.createObjectStore('profile');
		}
	});
}

export function rememberLastUser(userId: string) {
	localStorage.setItem(LAST_USER_KEY, userId);
}

export function lastUserId(): string | null {
	return localStorage.getItem(LAST_USER_KEY);
}

/** Removes everything personal this browser holds: every user database and the last-user pointer. */
export async function eraseLocalData(): Promise<void> {
	localStorage.removeItem(LAST_USER_KEY);
	const known = (await indexedDB.databases?.()) ?? [];
	await Promise.all(
		known
			.map((info) => info.name)
			.filter((name): name is string => !!name?.startsWith(USER_DB_PREFIX))
			.map((name) => deleteDB(name))
	);
}
