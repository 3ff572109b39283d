import { createHash } from 'node:crypto';
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import { isUuid } from '../domain/validation';
import type { Database } from './db';
import { idempotencyKeys } from './db/schema';
import { HttpProblem, readLimitedText } from './http';

/** Stored answers are kept twice the 24 hours the contract promises, so a slow phone is covered. */
export const IDEMPOTENCY_RETENTION_MS = 48 * 60 * 60 * 1000;
const replayedHeaders = ['content-type', 'etag', 'location'];

/**
 * How long a claim without an answer holds its key: far longer than any request runs (the body is
 * read before claiming, and the slowest handler takes seconds). An older claim belongs to a process
 * that died between claiming and answering (kill -9, a crash, a lost machine); a retry takes it
 * over, so the key does not answer 409 until the 48-hour sweep and the outbox moves on.
 */
export const IDEMPOTENCY_LEASE_SECONDS = leaseSeconds(process.env.IDEMPOTENCY_LEASE_SECONDS);

/** IDEMPOTENCY_LEASE_SECONDS from the environment (the crash test shortens it), else 60. */
export function leaseSeconds(value: string | undefined): number {
	const seconds = Number(value?.trim() || NaN);
	return Number.isInteger(seconds) && seconds > 0 ? seconds : 60;
}

/**
 * Runs a mutation at most once per Idempotency-Key and user. The first answer (below 500) is stored and
 * replayed for the same key and body; another body under the same key is 422; a retry that arrives while
 * the first is still running gets 409 with Retry-After, so the client simply tries again. A claim
 * whose holder died is taken over after IDEMPOTENCY_LEASE_SECONDS.
 */
export async function idempotentMutation(
	db: Database,
	request: Request,
	userId: string,
	/** The mutation, on `db` or, under a key, on the transaction that also stores its answer. */
	run: (request: Request, db: Database) => Promise<Response>
): Promise<Response> {
	const key = request.headers.get('idempotency-key');
	if (key === null) return run(request, db);
	if (!isUuid(key)) {
		throw new HttpProblem(400, {
			detail: 'Idempotency-Key skal være et UUID.',
			errors: [{ field: 'Idempotency-Key', message: 'Skal være et UUID' }]
		});
	}
	const body = await readLimitedText(request);
	const url = new URL(request.url);
	const requestHash = createHash('sha256')
		.update(`${request.method}\n${url.pathname}${url.search}\n${body}`)
		.digest('base64url');

	const claimed = await db
		.insert(idempotencyKeys)
		.values({ userId, key, requestHash })
		.onConflictDoNothing()
		.returning({ key: idempotencyKeys.key });

	const where = and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key));
	if (claimed.length === 0) {
		const [stored] = await db.select().from(idempotencyKeys).where(where);
		if (!stored) return idempotentMutation(db, rebuild(request, body), userId, run);
		if (stored.requestHash !== requestHash) {
			throw new HttpProblem(422, {
				detail: 'Denne Idempotency-Key er brugt til en anden forespørgsel.',
				errors: [{ field: 'Idempotency-Key', message: 'Brugt til en anden forespørgsel' }]
			});
		}
		if (stored.status !== null) {
			return new Response(bodyFor(stored.status, stored.responseBody), {
				status: stored.status,
				headers: { ...stored.responseHeaders, 'idempotent-replayed': 'true' }
			});
		}
		if (!(await takeOverStaleClaim(db, userId, key))) {
			throw new HttpProblem(
				409,
				{ detail: 'Den samme ændring er ved at blive gemt. Prøv igen om et øjeblik.' },
				{ 'retry-after': '1' }
			);
		}
		// The claim's holder died: this request holds it now and does the write.
	}

	// The write and its stored answer commit together: a process killed in between leaves neither, so
	// the claim alone remains, and the retry that takes it over after the lease writes exactly once.
	try {
		return await db.transaction(async (tx) => {
			const txDb = tx as unknown as Database;
			const response = await run(rebuild(request, body), txDb);
			if (response.status >= 500) throw new RolledBack(response);
			const responseBody = await response.text();
			const responseHeaders: Record<string, string> = {};
			for (const name of replayedHeaders) {
				const value = response.headers.get(name);
				if (value !== null) responseHeaders[name] = value;
			}
			await txDb
				.update(idempotencyKeys)
				.set({ status: response.status, responseBody, responseHeaders })
				.where(where);
			return new Response(bodyFor(response.status, responseBody), {
				status: response.status,
				headers: response.headers
			});
		});
	} catch (error) {
		await db.delete(idempotencyKeys).where(where);
		if (error instanceof RolledBack) return error.response;
		throw error;
	}
}

/** A 5xx answer: its writes are rolled back and the key freed, so a retry runs it afresh. */
class RolledBack extends Error {
	constructor(readonly response: Response) {
		super('rolled back');
	}
}

/**
 * Takes a claim whose lease ran out, in one statement on the database's clock (several app processes
 * may share it): of two retries racing for the same stale claim, the second finds it fresh again.
 */
async function takeOverStaleClaim(db: Database, userId: string, key: string): Promise<boolean> {
	const taken = await db
		.update(idempotencyKeys)
		.set({ claimedAt: sql`now()` })
		.where(
			and(
				eq(idempotencyKeys.userId, userId),
				eq(idempotencyKeys.key, key),
				isNull(idempotencyKeys.status),
				lt(
					idempotencyKeys.claimedAt,
					sql`now() - make_interval(secs => ${IDEMPOTENCY_LEASE_SECONDS})`
				)
			)
		)
		.returning({ key: idempotencyKeys.key });
	return taken.length > 0;
}

/** 204 and 304 answers must have no body at all, not even an empty one. */
function bodyFor(status: number, body: string | null): string | null {
	return status === 204 || status === 304 ? null : body;
}

function rebuild(request: Request, body: string): Request {
	const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
	return new Request(request.url, {
		method: request.method,
		headers: request.headers,
		body: hasBody ? body : undefined
	});
}

export async function forgetOldIdempotencyKeys(db: Database, now = new Date()) {
	await db
		.delete(idempotencyKeys)
		.where(lt(idempotencyKeys.createdAt, new Date(now.getTime() - IDEMPOTENCY_RETENTION_MS)));
}
