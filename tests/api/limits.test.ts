/**
 * What one citizen's account may cost and tell: her ids are her own (another citizen's id is
 * answered like any unused id, so nothing tells that it exists), and her collections are bounded
 * (the joblog's 5,000 is filled in collection-limits.test.ts, too slow through HTTP).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginThroughLocalIdp } from '../support/oidc-login';
import { startServer, type RunningServer } from '../support/server';
import { SEED, uuidFor } from '../../src/lib/server/seed/ids';
import { api, expectProblem, sessionOf, type ApiAnswer } from './client';

/** Status and shape (the body's fields, each with its type), without the values. */
function shapeOf(answer: ApiAnswer) {
	const body = answer.body as Record<string, unknown>;
	const fields = Object.entries(body)
		.map(([key, value]) => `${key}:${value === null ? 'null' : typeof value}`)
		.sort();
	return { status: answer.status, contentType: answer.contentType, fields };
}

describe("another citizen's id is as free as any unused id", () => {
	it('in the joblog', async () => {
		const anna = await sessionOf('anna');
		const sofie = await sessionOf('sofie');
		const annasId = crypto.randomUUID();
		const entry = (id: string, jobTitle: string) => ({
			id,
			appliedOn: '2026-11-11',
			jobTitle,
			employer: 'Kantinen',
			method: 'network'
		});
		const post = (cookie: string, json: unknown) =>
			api('/api/v1/me/joblog', { method: 'POST', cookie, json });
		expect((await post(anna, entry(annasId, 'Annas kok'))).status).toBe(201);

		const unused = await post(sofie, entry(crypto.randomUUID(), 'Sofies kok'));
		const taken = await post(sofie, entry(annasId, 'Sofies kok'));
		expect(shapeOf(taken)).toEqual(shapeOf(unused));
		expect(taken).toMatchObject({ status: 201, body: { id: annasId, jobTitle: 'Sofies kok' } });
		expect(taken.headers.get('location')).toBe(`/api/v1/me/joblog/${annasId}`);

		// Each has her own entry under the id, and changes to one never touch the other.
		await api(`/api/v1/me/joblog/${annasId}`, {
			method: 'PATCH',
			cookie: sofie,
			json: { status: 'interview' }
		});
		await api(`/api/v1/me/joblog/${annasId}`, { method: 'DELETE', cookie: sofie });
		const annas = await api('/api/v1/me/joblog?limit=100', { cookie: anna });
		expect((annas.body as { items: unknown[] }).items).toContainEqual(
			expect.objectContaining({ id: annasId, jobTitle: 'Annas kok', status: 'sent' })
		);
		await api(`/api/v1/me/joblog/${annasId}`, { method: 'DELETE', cookie: anna });
	});

	it('in saved searches', async () => {
		const anna = await sessionOf('anna');
		const sofie = await sessionOf('sofie');
		const annasId = crypto.randomUUID();
		const post = (cookie: string, json: unknown) =>
			api('/api/v1/me/saved-searches', { method: 'POST', cookie, json });
		expect((await post(anna, { id: annasId, name: 'Annas', query: 'v=1&q=kok' })).status).toBe(201);

		const unusedId = crypto.randomUUID();
		const unused = await post(sofie, { id: unusedId, name: 'Sofies', query: 'v=1' });
		const taken = await post(sofie, { id: annasId, name: 'Sofies', query: 'v=1' });
		expect(shapeOf(taken)).toEqual(shapeOf(unused));
		expect(taken).toMatchObject({ status: 201, body: { id: annasId, name: 'Sofies' } });

		const annas = await api('/api/v1/me/saved-searches', { cookie: anna });
		expect((annas.body as { items: unknown[] }).items).toContainEqual(
			expect.objectContaining({ id: annasId, name: 'Annas', query: 'v=1&q=kok' })
		);
		for (const [id, cookie] of [
			[annasId, anna],
			[annasId, sofie],
			[unusedId, sofie]
		] as const) {
			await api(`/api/v1/me/saved-searches/${id}`, { method: 'DELETE', cookie });
		}
	});
});

describe('collection limits', () => {
	it('saves at most 500 jobs, then answers 409 naming the limit; saving one she has still works', async () => {
		const cookie = await sessionOf('mohammed');
		const before = (
			(await api('/api/v1/me/saved-jobs', { cookie })).body as { items: { jobId: string }[] }
		).items.map((item) => item.jobId);
		// Ads the seed made (1,500 in the test server), none of them saved by her yet.
		const jobIds = Array.from({ length: 600 }, (_, index) => uuidFor(SEED, index))
			.filter((id) => !before.includes(id))
			.slice(0, 501 - before.length);
		const put = (jobId: string, method = 'PUT') =>
			api(`/api/v1/me/saved-jobs/${jobId}`, { method, cookie });
		try {
			const room = jobIds.slice(0, -1);
			for (let i = 0; i < room.length; i += 10) {
				const answers = await Promise.all(room.slice(i, i + 10).map((id) => put(id)));
				expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 201));
			}
			const full = expectProblem(await put(jobIds.at(-1)!), 409);
			expect(full).toMatchObject({ type: '/api/v1/problems/limit', limit: 500 });
			expect(full.detail).toBe(
				'Du kan højst gemme 500 job. Fjern nogle, du ikke skal bruge, og prøv igen.'
			);
			expect((await put(room[0]!)).status).toBe(200);
		} finally {
			for (let i = 0; i < jobIds.length; i += 10) {
				await Promise.all(jobIds.slice(i, i + 10).map((id) => put(id, 'DELETE')));
			}
		}
	}, 180_000);
});

describe('rate limits', () => {
	// The shared test server's limits are widened (global-setup.ts); these are the real ones.
	let server: RunningServer;
	beforeAll(async () => {
		server = await startServer({ seedJobCount: 100 });
	}, 180_000);
	afterAll(() => server?.stop());

	it('answers lists past 30 a minute with 429 and Retry-After, for her alone', async () => {
		const sofie = await loginThroughLocalIdp(server.baseUrl, 'sofie');
		const anna = await loginThroughLocalIdp(server.baseUrl, 'anna');
		const list = (cookie: string) => api(`${server.baseUrl}/api/v1/me/saved-searches`, { cookie });
		const answers = await Promise.all(Array.from({ length: 40 }, () => list(sofie)));
		const allowed = answers.filter((answer) => answer.status === 200);
		const limited = answers.filter((answer) => answer.status === 429);
		expect(allowed.length + limited.length).toBe(40);
		expect(allowed.length).toBeLessThanOrEqual(30);
		expect(limited.length).toBeGreaterThanOrEqual(10);
		for (const answer of limited) {
			expect(expectProblem(answer, 429).detail).toBe(
				'Du har spurgt mange gange på kort tid. Vent lidt, og prøv igen.'
			);
			expect(Number(answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
		}
		expect((await list(anna)).status).toBe(200);

		// After the wait she is answered again.
		const wait = Number(limited[0]!.headers.get('retry-after'));
		await new Promise((resolve) => setTimeout(resolve, wait * 1000 + 500));
		expect((await list(sofie)).status).toBe(200);
	});
});
