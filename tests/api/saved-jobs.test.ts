import { describe, expect, it } from 'vitest';
import { SEED, uuidFor } from '../../src/lib/server/seed/ids';
import { api, expectProblem, sessionOf } from './client';

/** Ids of ads the seed made: the generator derives each id from the seed and the ad's index. */
function someJobIds(count: number): string[] {
	return Array.from({ length: count }, (_, index) => uuidFor(SEED, index * 7 + 1));
}

describe('saved jobs', () => {
	it('saves a job once, lists it with the ad, and removes it', async () => {
		const cookie = await sessionOf('anna');
		const [jobId] = someJobIds(1);
		const ad = await api(`/api/v1/jobs/${jobId}`);
		expect(ad.status).toBe(200);
		const first = await api(`/api/v1/me/saved-jobs/${jobId}`, { method: 'PUT', cookie });
		expect(first.status).toBe(201);
		const again = await api(`/api/v1/me/saved-jobs/${jobId}`, { method: 'PUT', cookie });
		expect(again.status).toBe(200);
		const list = await api('/api/v1/me/saved-jobs', { cookie });
		const items = (list.body as { items: { jobId: string; job: { title: string } | null }[] })
			.items;
		expect(items.filter((item) => item.jobId === jobId)).toHaveLength(1);
		expect(items.find((item) => item.jobId === jobId)?.job?.title).toBe(
			(ad.body as { title: string }).title
		);
		expect((await api(`/api/v1/me/saved-jobs/${jobId}`, { method: 'DELETE', cookie })).status).toBe(
			204
		);
		expect((await api(`/api/v1/me/saved-jobs/${jobId}`, { method: 'DELETE', cookie })).status).toBe(
			204
		);
		expectProblem(await api(`/api/v1/me/saved-jobs/${jobId}`, { cookie }), 404);
	});

	it('answers unknown jobs and malformed ids with 404 problems, and unknown body fields with 400', async () => {
		const cookie = await sessionOf('anna');
		expectProblem(await api(`/api/v1/jobs/${crypto.randomUUID()}`), 404);
		expectProblem(await api('/api/v1/jobs/not-an-id'), 404);
		expectProblem(
			await api(`/api/v1/me/saved-jobs/${crypto.randomUUID()}`, { method: 'PUT', cookie }),
			404
		);
		const [jobId] = someJobIds(1);
		const unknown = expectProblem(
			await api(`/api/v1/me/saved-jobs/${jobId}`, { method: 'PUT', cookie, json: { note: 'x' } }),
			400
		);
		expect(unknown.errors).toEqual([{ field: 'note', message: 'Feltet kendes ikke' }]);
	});

	it('reaches other devices through the delta feed, saves and removals alike', async () => {
		const cookie = await sessionOf('mohammed');
		// To the end of her feed first (other tests leave changes of hers: limits.test.ts 500).
		let cursor = '';
		for (let more = true; more;) {
			const page = await api(`/api/v1/me/changes?limit=100&since=${cursor}`, { cookie });
			({ cursor, hasMore: more } = page.body as { cursor: string; hasMore: boolean });
		}
		const [kept, removed] = someJobIds(2);
		await api(`/api/v1/me/saved-jobs/${kept}`, { method: 'PUT', cookie });
		await api(`/api/v1/me/saved-jobs/${removed}`, { method: 'PUT', cookie });
		await api(`/api/v1/me/saved-jobs/${removed}`, { method: 'DELETE', cookie });
		const feed = await api(`/api/v1/me/changes?since=${cursor}`, { cookie });
		const changes = (feed.body as { changes: { entity: string; id: string; op: string }[] })
			.changes;
		expect(changes.map((change) => [change.entity, change.id, change.op])).toEqual([
			['savedJobs', kept, 'upsert'],
			['savedJobs', removed, 'delete']
		]);
	});
});
