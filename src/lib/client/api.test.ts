import { describe, expect, it } from 'vitest';
import { me } from '../domain/api/operations';
import { joblog, savedJobs } from '../domain/entities';
import { call, pathOf } from './api';

const profile = {
	id: '0b6f5f3c-7a52-4d38-9f3c-2a8f1d1b7c11',
	name: 'Anna Jensen',
	role: 'citizen',
	birthDate: null,
	municipality: null,
	benefitType: 'dagpenge',
	targetGroup: null,
	household: null,
	caseworker: null,
	jobcenter: null
};

function answering(status: number, body: unknown) {
	const calls: { url: string; init: RequestInit }[] = [];
	const fetch = async (url: string, init: RequestInit) => {
		calls.push({ url, init });
		return new Response(JSON.stringify(body), {
			status,
			headers: { 'content-type': 'application/json' }
		});
	};
	return { fetch, calls };
}

describe('typed API client', () => {
	it('fills path parameters from the operation, encoded', () => {
		expect(pathOf(savedJobs.operations.get, { jobId: 'a/b' })).toBe('/api/v1/me/saved-jobs/a%2Fb');
		expect(() => pathOf(savedJobs.operations.get)).toThrow(/jobId/);
	});

	it('parses the answer with the operation’s schema', async () => {
		const { fetch, calls } = answering(200, profile);
		const result = await call(me, { fetch });
		expect(result).toMatchObject({ ok: true, data: { name: 'Anna Jensen' } });
		expect(calls[0]).toMatchObject({ url: '/api/v1/me', init: { method: 'GET' } });
	});

	it('refuses an answer that does not match the schema rather than trusting it', async () => {
		const { fetch } = answering(200, { ...profile, role: 'admin' });
		expect(await call(me, { fetch })).toEqual({ ok: false, status: 200, problem: null });
	});

	it('gives the problem of a refusal and status 0 without a network', async () => {
		const problem = { type: 'x', title: 'Du er ikke logget ind', status: 401 };
		expect(await call(me, answering(401, problem))).toEqual({ ok: false, status: 401, problem });
		const offline = () => Promise.reject(new TypeError('Failed to fetch'));
		expect(await call(me, { fetch: offline })).toEqual({ ok: false, status: 0, problem: null });
	});

	it('sends a body as JSON with the query', async () => {
		const { fetch, calls } = answering(200, { items: [], nextCursor: null });
		await call(joblog.operations.list, { fetch, query: { limit: 5, cursor: undefined } });
		expect(calls[0]!.url).toBe('/api/v1/me/joblog?limit=5');
	});
});
