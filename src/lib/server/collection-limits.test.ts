/**
 * Each citizen's collections are bounded (the definition's `limit`, enforced by `ensureRoom`) and
 * her ids are her own (the key is user and id), on a temporary PGlite and, with TEST_DATABASE_URL,
 * PostgreSQL. Filling a joblog to 5,000 through the API would take minutes, so the rows are
 * inserted in one statement here; the API tests check the answer's shape on the smaller limits.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joblog, savedSearches as savedSearchesEntity } from '../domain/entities';
import {
	insertCitizen,
	openTemporaryPglite,
	postgresForSuite
} from '../../../tests/support/databases';
import type { DatabaseHandle } from './db';
import { joblogEntries } from './db/schema';
import { HttpProblem } from './http';
import { createJoblogEntry, deleteJoblogEntry } from './joblog';
import { listSavedSearches, saveSearch } from './saved-searches';

const entry = (id?: string) => ({
	...(id ? { id } : {}),
	appliedOn: '2026-11-20',
	jobTitle: 'Lagermedarbejder',
	employer: 'Lageret A/S',
	method: 'advertised' as const,
	status: 'sent' as const,
	note: '',
	jobId: null
});

async function problemOf(promise: Promise<unknown>): Promise<HttpProblem> {
	const error = await promise.then(
		() => null,
		(thrown: unknown) => thrown
	);
	expect(error).toBeInstanceOf(HttpProblem);
	return error as HttpProblem;
}

function defineLimitSuite(name: string, open: () => Promise<DatabaseHandle>) {
	describe(`collection limits and per-citizen ids on ${name}`, () => {
		let handle: DatabaseHandle;
		let citizen = 0;
		const newCitizen = () => insertCitizen(handle.db, `limit-test-${++citizen}`);

		beforeAll(async () => {
			handle = await open();
		}, 60_000);
		afterAll(async () => {
			await handle?.close();
		});

		it('refuses the joblog entry past 5,000 with 409 naming the limit; a retry or another citizen is unaffected', async () => {
			const userId = await newCitizen();
			const max = joblog.limit.max;
			expect(max).toBe(5000);
			await handle.db.execute(sql`
				insert into joblog_entries (user_id, applied_on, job_title, employer, method, status)
				select ${userId}, date '2026-01-01', 'Job ' || n, 'Firma', 'advertised', 'sent'
				from generate_series(1, ${max - 1}) as n`);
			const last = await createJoblogEntry(handle.db, userId, entry(crypto.randomUUID()));
			expect(last.created).toBe(true);

			const refused = await problemOf(createJoblogEntry(handle.db, userId, entry()));
			expect(refused.problem).toMatchObject({
				status: 409,
				type: '/api/v1/problems/limit',
				limit: 5000,
				detail: expect.stringContaining('5.000 ansøgninger')
			});
			// Sending the one she has again is a retry, not a new entry.
			const again = await createJoblogEntry(handle.db, userId, entry(last.entry.id));
			expect(again).toMatchObject({ created: false, entry: { id: last.entry.id } });
			expect(await handle.db.$count(joblogEntries, eq(joblogEntries.userId, userId))).toBe(max);

			// Room again after a delete; another citizen is not counted against her.
			await deleteJoblogEntry(handle.db, userId, last.entry.id);
			expect((await createJoblogEntry(handle.db, userId, entry())).created).toBe(true);
			expect((await createJoblogEntry(handle.db, await newCitizen(), entry())).created).toBe(true);
		}, 60_000);

		it('gives each citizen her own ids: an id another citizen uses is as free as any', async () => {
			const anna = await newCitizen();
			const sofie = await newCitizen();
			const id = crypto.randomUUID();
			await createJoblogEntry(handle.db, anna, { ...entry(id), jobTitle: 'Annas job' });
			const sofies = await createJoblogEntry(handle.db, sofie, {
				...entry(id),
				jobTitle: 'Sofies'
			});
			expect(sofies).toMatchObject({ created: true, entry: { id, jobTitle: 'Sofies' } });

			await saveSearch(handle.db, anna, { id, name: 'Annas', query: 'v=1' });
			const search = await saveSearch(handle.db, sofie, { id, name: 'Sofies', query: 'v=1' });
			expect(search).toMatchObject({ created: true, search: { id, name: 'Sofies' } });
			expect((await listSavedSearches(handle.db, anna)).map((s) => s.name)).toEqual(['Annas']);
		});

		it('keeps at most 50 saved searches; renaming one she has is still allowed', async () => {
			const userId = await newCitizen();
			const max = savedSearchesEntity.limit.max;
			await handle.db.execute(sql`
				insert into saved_searches (id, user_id, name, query)
				select gen_random_uuid(), ${userId}, 'Søgning ' || n, 'v=1'
				from generate_series(1, ${max}) as n`);
			const refused = await problemOf(
				saveSearch(handle.db, userId, { id: crypto.randomUUID(), name: 'En til', query: 'v=1' })
			);
			expect(refused.problem).toMatchObject({ status: 409, limit: 50 });
			const [first] = await listSavedSearches(handle.db, userId);
			const renamed = await saveSearch(handle.db, userId, {
				id: first!.id,
				name: 'Nyt navn',
				query: 'v=1'
			});
			expect(renamed).toMatchObject({ created: false, search: { name: 'Nyt navn' } });
		});
	});
}

defineLimitSuite('PGlite', () => openTemporaryPglite('limit-test'));
const openPostgres = postgresForSuite('limits');
if (openPostgres) defineLimitSuite('PostgreSQL', openPostgres);
