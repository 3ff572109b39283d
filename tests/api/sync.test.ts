import { describe, expect, it } from 'vitest';
import { api, expectProblem, sessionOf } from './client';

interface ChangesPage {
	changes: {
		entity: string;
		id: string;
		op: 'upsert' | 'delete';
		data?: { status: string };
		version: number;
	}[];
	cursor: string;
	hasMore: boolean;
}

async function pullAll(cookie: string, since?: string, limit = 100) {
	const changes: ChangesPage['changes'] = [];
	let cursor = since;
	for (;;) {
		const query = new URLSearchParams({
			limit: String(limit),
			...(cursor ? { since: cursor } : {})
		});
		const answer = await api(`/api/v1/me/changes?${query}`, { cookie });
		expect(answer.status).toBe(200);
		const page = answer.body as ChangesPage;
		changes.push(...page.changes);
		cursor = page.cursor;
		if (!page.hasMore) return { changes, cursor };
	}
}

describe('client-chosen ids', () => {
	it('stores an entry under the id the client chose, once, even when sent twice without a key', async () => {
		const cookie = await sessionOf('sofie');
		const id = crypto.randomUUID();
		const body = {
			id,
			appliedOn: '2026-11-10',
			jobTitle: 'Pædagog',
			employer: 'Børnehuset Solsikken',
			method: 'advertised'
		};
		const first = await api('/api/v1/me/joblog', { method: 'POST', cookie, json: body });
		expect(first.status).toBe(201);
		expect((first.body as { id: string }).id).toBe(id);
		const second = await api('/api/v1/me/joblog', { method: 'POST', cookie, json: body });
		expect(second.status).toBe(200);
		const list = await api('/api/v1/me/joblog?limit=100', { cookie });
		expect(
			(list.body as { items: { id: string }[] }).items.filter((item) => item.id === id)
		).toHaveLength(1);
	});
	// Another citizen's id is as free as any: tests/api/limits.test.ts.
});

describe('delta feed', () => {
	it('returns creations, updates and deletions after the cursor, in order, paged', async () => {
		const cookie = await sessionOf('mohammed');
		const start = await pullAll(cookie);
		const ids = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
		for (const [index, id] of ids.entries()) {
			const created = await api('/api/v1/me/joblog', {
				method: 'POST',
				cookie,
				json: {
					id,
					appliedOn: `2026-09-0${index + 1}`,
					jobTitle: `Lagerjob ${index}`,
					employer: 'Lageret',
					method: 'jobnet'
				}
			});
			expect(created.status).toBe(201);
		}
		await api(`/api/v1/me/joblog/${ids[0]}`, {
			method: 'PATCH',
			cookie,
			json: { status: 'interview' }
		});
		await api(`/api/v1/me/joblog/${ids[1]}`, { method: 'DELETE', cookie });

		const { changes, cursor } = await pullAll(cookie, start.cursor, 2);
		const versions = changes.map((change) => change.version);
		expect(versions).toEqual([...versions].sort((a, b) => a - b));
		expect(changes.map((change) => [change.id, change.op])).toEqual([
			[ids[2], 'upsert'],
			[ids[0], 'upsert'],
			[ids[1], 'delete']
		]);
		expect(changes.find((change) => change.id === ids[0])?.data?.status).toBe('interview');

		const nothingNew = await pullAll(cookie, cursor);
		expect(nothingNew.changes).toEqual([]);
	});

	it('never shows one citizen the changes of another', async () => {
		const annaCookie = await sessionOf('anna');
		const mohammedCookie = await sessionOf('mohammed');
		const write = async (cookie: string) => {
			const answer = await api('/api/v1/me/joblog', {
				method: 'POST',
				cookie,
				json: {
					appliedOn: '2026-11-12',
					jobTitle: 'Egen',
					employer: 'Eget firma',
					method: 'jobnet'
				}
			});
			return (answer.body as { id: string }).id;
		};
		const annaEntry = await write(annaCookie);
		const mohammedEntry = await write(mohammedCookie);
		const anna = await pullAll(annaCookie);
		const mohammed = await pullAll(mohammedCookie);
		expect(anna.changes.map((change) => change.id)).toContain(annaEntry);
		expect(anna.changes.map((change) => change.id)).not.toContain(mohammedEntry);
		expect(mohammed.changes.map((change) => change.id)).toContain(mohammedEntry);
		expect(mohammed.changes.map((change) => change.id)).not.toContain(annaEntry);
		// A change is one row's version: numbers come from one sequence, so no two rows share one.
		// (Ids alone may meet: both may save the same job ad.)
		const annaVersions = new Set(anna.changes.map((change) => change.version));
		expect(mohammed.changes.filter((change) => annaVersions.has(change.version))).toEqual([]);
	});

	it('rejects a cursor it did not make', async () => {
		const cookie = await sessionOf('anna');
		const problem = expectProblem(await api('/api/v1/me/changes?since=-5', { cookie }), 400);
		expect(problem.errors?.[0]?.field).toBe('since');
		expectProblem(await api('/api/v1/me/changes'), 401);
	});
});
