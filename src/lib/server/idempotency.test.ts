// The idempotency lease on PGlite, and on PostgreSQL beside TEST_DATABASE_URL when it is set.
import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTemporaryPglite, postgresForSuite } from '../../../tests/support/databases';
import type { Database, DatabaseHandle } from './db';
import { idempotencyKeys, savedSearches, users } from './db/schema';
import { HttpProblem } from './http';
import { IDEMPOTENCY_LEASE_SECONDS, idempotentMutation, leaseSeconds } from './idempotency';

const body = JSON.stringify({ jobTitle: 'Kok' });

function request(key: string) {
	return new Request('http://localhost/api/v1/me/joblog', {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'idempotency-key': key },
		body
	});
}

function defineLeaseSuite(name: string, open: () => Promise<DatabaseHandle>) {
	describe(`an idempotency claim whose holder died, on ${name}`, () => {
		let handle: DatabaseHandle;
		let userId = '';
		let runs = 0;
		const write = async () => {
			runs++;
			return new Response('{"ok":true}', { status: 201 });
		};

		beforeAll(async () => {
			handle = await open();
			const [user] = await handle.db
				.insert(users)
				.values({ subject: `lease-test-${name}`, name: 'Test Borger', role: 'citizen' })
				.returning({ id: users.id });
			userId = user!.id;
		}, 60_000);
		afterAll(async () => {
			await handle?.close();
		});

		/** A claim as a process killed between claiming and answering leaves it, `ageSeconds` old. */
		async function insertClaim(ageSeconds: number): Promise<string> {
			const key = crypto.randomUUID();
			const requestHash = createHash('sha256')
				.update(`POST\n/api/v1/me/joblog\n${body}`)
				.digest('base64url');
			await handle.db.insert(idempotencyKeys).values({
				userId,
				key,
				requestHash,
				claimedAt: sql`now() - make_interval(secs => ${ageSeconds})`
			});
			return key;
		}

		it('lets a retry take over a claim older than the lease, once', async () => {
			const key = await insertClaim(IDEMPOTENCY_LEASE_SECONDS + 5);
			runs = 0;
			const answer = await idempotentMutation(handle.db, request(key), userId, write);
			expect(answer.status).toBe(201);
			expect(runs).toBe(1);
			const replay = await idempotentMutation(handle.db, request(key), userId, write);
			expect(replay.status).toBe(201);
			expect(replay.headers.get('idempotent-replayed')).toBe('true');
			expect(runs).toBe(1);
		});

		it('still answers 409 for a claim within the lease', async () => {
			const key = await insertClaim(5);
			runs = 0;
			const error = await idempotentMutation(handle.db, request(key), userId, write).catch(
				(e: unknown) => e
			);
			expect(error).toBeInstanceOf(HttpProblem);
			expect((error as HttpProblem).problem.status).toBe(409);
			expect((error as HttpProblem).headers['retry-after']).toBe('1');
			expect(runs).toBe(0);
		});

		it('undoes a write whose answer was never stored, so the retry after the lease writes once', async () => {
			const key = crypto.randomUUID();
			const id = crypto.randomUUID();
			const count = async () =>
				(await handle.db.select().from(savedSearches).where(eq(savedSearches.id, id))).length;
			// The process "dies" after the write, before the answer is stored: its body cannot be read.
			const dying = async (_request: Request, db: Database) => {
				await db.insert(savedSearches).values({ id, userId, name: 'Kok', query: 'v=1&q=kok' });
				const broken = new ReadableStream({ pull: (c) => c.error(new Error('killed')) });
				return new Response(broken, { status: 201 });
			};
			await expect(idempotentMutation(handle.db, request(key), userId, dying)).rejects.toThrow();
			expect(await count()).toBe(0);
			const retry = async (_request: Request, db: Database) => {
				await db.insert(savedSearches).values({ id, userId, name: 'Kok', query: 'v=1&q=kok' });
				return new Response('{"ok":true}', { status: 201 });
			};
			expect((await idempotentMutation(handle.db, request(key), userId, retry)).status).toBe(201);
			expect(await count()).toBe(1);
		});

		it('gives a stale claim to only one of two racing retries', async () => {
			const key = await insertClaim(IDEMPOTENCY_LEASE_SECONDS * 2);
			runs = 0;
			const slowWrite = async () => {
				runs++;
				await new Promise((resolve) => setTimeout(resolve, 50));
				return new Response('{"ok":true}', { status: 201 });
			};
			const answers = await Promise.allSettled([
				idempotentMutation(handle.db, request(key), userId, slowWrite),
				idempotentMutation(handle.db, request(key), userId, slowWrite)
			]);
			// One wrote; the other waited (409) or, arriving after, got the stored answer again.
			expect(runs).toBe(1);
			for (const answer of answers) {
				const status =
					answer.status === 'fulfilled'
						? answer.value.status
						: (answer.reason as HttpProblem).problem.status;
				expect([201, 409]).toContain(status);
			}
		});
	});
}

defineLeaseSuite('PGlite', () => openTemporaryPglite('lease'));
const postgres = postgresForSuite('lease');
if (postgres) defineLeaseSuite('PostgreSQL', postgres);

describe('IDEMPOTENCY_LEASE_SECONDS', () => {
	it('takes a positive whole number of seconds from the environment, else 60', () => {
		expect(leaseSeconds('2')).toBe(2);
		expect(leaseSeconds(' 90 ')).toBe(90);
		for (const bad of [undefined, '', '0', '-5', '1.5', 'abc']) expect(leaseSeconds(bad)).toBe(60);
	});
});
