import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt } from 'drizzle-orm';
import type { Database } from '../db';
import { sessions, users, type User } from '../db/schema';

export const SESSION_COOKIE = 'vj_session';

export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('base64url');
}

export async function createSession(
	db: Database,
	userId: string,
	idToken: string | null,
	days: number
): Promise<{ token: string; expiresAt: Date }> {
	const token = randomBytes(32).toString('base64url');
	const expiresAt = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
	await db.insert(sessions).values({ tokenHash: hashToken(token), userId, idToken, expiresAt });
	return { token, expiresAt };
}

export async function findSessionUser(
	db: Database,
	token: string
): Promise<{ user: User; idToken: string | null; expiresAt: Date } | null> {
	const [row] = await db
		.select({ user: users, idToken: sessions.idToken, expiresAt: sessions.expiresAt })
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, new Date())));
	return row ?? null;
}

/** Ends the session and returns its ID token, which the provider's logout needs as a hint. */
export async function endSession(db: Database, token: string): Promise<string | null> {
	const [row] = await db
		.delete(sessions)
		.where(eq(sessions.tokenHash, hashToken(token)))
		.returning({ idToken: sessions.idToken });
	return row?.idToken ?? null;
}
