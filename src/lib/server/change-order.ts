import { sql } from 'drizzle-orm';
import type { Database } from './db';

/** The first key of the advisory locks below ("vj"), so they cannot meet other advisory locks. */
const CHANGE_LOCK_SPACE = 0x766a;

/**
 * Runs one of the citizen's writes that takes change numbers (`change_seq`), in a transaction
 * holding her change lock from before the first number is taken until the commit.
 *
 * The delta feed gives a device the changes numbered above the last one it saw. A number is taken
 * when a row is written but seen only when its transaction commits, so two of her writes running
 * at once (phone and laptop) could commit in the other order, and a device reading between the
 * two commits would move its cursor past the lower number and never get that change. Under the
 * lock her numbers commit in the order they are taken. Other citizens do not wait (their feeds are
 * their own), except on a hash collision, which only costs a wait.
 */
export async function inChangeOrder<T>(
	db: Database,
	userId: string,
	write: (tx: Database) => Promise<T>
): Promise<T> {
	return db.transaction(async (tx) => {
		await tx.execute(sql`select pg_advisory_xact_lock(${CHANGE_LOCK_SPACE}, hashtext(${userId}))`);
		return write(tx as unknown as Database);
	});
}
