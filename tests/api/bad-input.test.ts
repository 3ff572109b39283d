// The repros of 500 instead of 400: each is now a 400 problem naming the field.
import { describe, expect, it } from 'vitest';
import { api, expectProblem, sessionOf } from './client';

const cursorOf = (key: unknown) => Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
const id = '0b8f6c8e-3c1a-4c57-9f0e-4b5b2b8d1a11';

function fields(answer: Awaited<ReturnType<typeof api>>) {
	return (expectProblem(answer, 400).errors ?? []).map((e) => e.field);
}

describe('bad input is a 400 naming the field', () => {
	it('a joblog cursor that is not a joblog cursor', async () => {
		const cookie = await sessionOf('anna');
		for (const cursor of [
			'garbage',
			cursorOf([]),
			cursorOf(['n', '2026-01-01T00:00:00.000000Z', id])
		]) {
			expect(fields(await api(`/api/v1/me/joblog?cursor=${cursor}`, { cookie })), cursor).toEqual([
				'cursor'
			]);
		}
	});

	it('a job search cursor with an impossible date', async () => {
		for (const [sort, key] of [
			['newest', ['n', '2026-99-99T10:00:00.000000Z', id]],
			['deadline', ['d', '2026-02-30', id]]
		] as const) {
			const answer = await api(`/api/v1/jobs?sort=${sort}&cursor=${cursorOf(key)}`);
			expect(fields(answer)).toEqual(['cursor']);
		}
	});

	it('NUL, lone surrogates and year 0 in what a citizen writes', async () => {
		const cookie = await sessionOf('anna');
		const entry = { appliedOn: '2026-11-02', jobTitle: 'Kok', employer: 'Kroen', method: 'other' };
		const post = (path: string, json: unknown, headers: Record<string, string> = {}) =>
			api(path, { method: path.endsWith('sick-leave') ? 'PUT' : 'POST', cookie, json, headers });
		expect(fields(await post('/api/v1/me/joblog', { ...entry, jobTitle: 'K\u0000k' }))).toEqual([
			'jobTitle'
		]);
		expect(fields(await post('/api/v1/me/joblog', { ...entry, appliedOn: '0000-01-01' }))).toEqual([
			'appliedOn'
		]);
		const search = { id, name: 'Kok', query: 'v=1&q=kok' };
		expect(fields(await post('/api/v1/me/saved-searches', { ...search, name: 'a\u0000' }))).toEqual(
			['name']
		);
		expect(
			fields(
				await post('/api/v1/me/saved-searches', { ...search, lastSeenAt: '0000-01-01T00:00:00Z' })
			)
		).toEqual(['lastSeenAt']);
		const current = await api('/api/v1/me/sick-leave', { cookie });
		const etag = current.headers.get('etag')!;
		const document = (current.body as { document: Record<string, unknown> }).document;
		for (const note of ['stress\u0000', 'søvn\ud800']) {
			const answer = await post(
				'/api/v1/me/sick-leave',
				{ ...document, note },
				{ 'if-match': etag }
			);
			expect(fields(answer)).toEqual(['note']);
		}
	});
});
