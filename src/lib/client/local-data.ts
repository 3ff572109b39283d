/**
 * What a page needs to know about the citizen's local data without loading IndexedDB's wrapper,
 * the sync engine or the session: public pages decide from it whether the signed-in layer loads.
 */

/** Each user's data lives in a database of its own, erased at logout. */
export const USER_DB_PREFIX = 'vj-user-';
const LAST_USER_KEY = 'vj:last-user';
/** The device's own database for visitors who are not signed in (job ads seen, for offline use). */
export const GUEST_USER_ID = 'guest';

export function rememberLastUser(userId: string) {
	localStorage.setItem(LAST_USER_KEY, userId);
}

export function lastUserId(): string | null {
	return localStorage.getItem(LAST_USER_KEY);
}

/**
 * Whether this browser has the user's database, asked without opening (so without creating) it;
 * true where the browser cannot tell (no `indexedDB.databases`), so the caller looks.
 */
export async function hasUserDb(userId: string): Promise<boolean> {
	if (!indexedDB.databases) return true;
	const name = `${USER_DB_PREFIX}${userId}`;
	return (await indexedDB.databases()).some((info) => info.name === name);
}

function deleteDatabase(name: string): Promise<void> {
	return new Promise((resolve, reject) => {
		// Open connections step aside on `versionchange` (db.ts), so a blocked delete still ends.
		const request = indexedDB.deleteDatabase(name);
		request.onsuccess = () => resolve();
		request.onerror = () => reject(request.error ?? new Error(`could not delete ${name}`));
	});
}

/** Removes everything personal this browser holds: every user database and the last-user pointer. */
export async function eraseLocalData(): Promise<void> {
	localStorage.removeItem(LAST_USER_KEY);
	const known = (await indexedDB.databases?.()) ?? [];
	await Promise.all(
		known
			.map((info) => info.name)
			.filter((name): name is string => !!name?.startsWith(USER_DB_PREFIX))
			.map(deleteDatabase)
	);
}
