import { describe, expect, it } from 'vitest';
import { api, expectProblem, sessionOf } from './client';

interface Resource {
	document: Record<string, unknown>;
	etag: string;
	updatedAt: string | null;
}

const PATH = '/api/v1/me/sick-leave';

function status(note: string, overrides: Record<string, unknown> = {}) {
	return {
		expectedReturn: '2026-05-04',
		returnKind: 'partial',
		partialHoursPerWeek: 20,
		contactPreference: 'email',
		note,
		firstAbsenceDay: '2026-03-02',
		employer: 'Bageriet',
		returnCertainty: 'fairly',
		questionnaireDraft: null,
		...overrides
	};
}

async function current(cookie: string) {
	const answer = await api(PATH, { cookie });
	expect(answer.status).toBe(200);
	const body = answer.body as Resource;
	expect(answer.headers.get('etag')).toBe(body.etag);
	return body;
}

function put(cookie: string, body: unknown, ifMatch?: string, key?: string) {
	const headers: Record<string, string> = {};
	if (ifMatch !== undefined) headers['if-match'] = ifMatch;
	if (key) headers['idempotency-key'] = key;
	return api(PATH, { method: 'PUT', cookie, json: body, headers });
}

describe('sick-leave status (ETag / If-Match)', () => {
	it('round-trips: GET gives an ETag, PUT with it stores the document and answers the next ETag', async () => {
		const cookie = await sessionOf('sofie');
		const before = await current(cookie);
		expect(before.etag).toMatch(/^"v\d+"$/);
		const note = `Rundtur ${Date.now()}`;
		const saved = await put(cookie, status(note), before.etag);
		expect(saved.status).toBe(200);
		const body = saved.body as Resource;
		expect(body.document).toEqual(status(note));
		expect(body.etag).not.toBe(before.etag);
		expect(saved.headers.get('etag')).toBe(body.etag);
		expect(await current(cookie)).toMatchObject({ document: status(note), etag: body.etag });
	});

	it('answers a stale If-Match with 412, the current document and its ETag', async () => {
		const cookie = await sessionOf('sofie');
		const start = await current(cookie);
		const first = await put(cookie, status(`Enhed A ${Date.now()}`), start.etag);
		expect(first.status).toBe(200);
		const stale = await put(cookie, status('Enhed B'), start.etag);
		const problem = expectProblem(stale, 412);
		expect(problem.current).toEqual((first.body as Resource).document);
		expect(stale.headers.get('etag')).toBe((first.body as Resource).etag);
		expect((problem as { etag?: string }).etag).toBe((first.body as Resource).etag);
		expect((await current(cookie)).document).toEqual((first.body as Resource).document);
	});

	it('answers a write without If-Match with 428', async () => {
		const cookie = await sessionOf('sofie');
		const problem = expectProblem(await put(cookie, status('Uden If-Match')), 428);
		expect(problem.errors?.[0]?.field).toBe('If-Match');
	});

	it('fills in the timeline fields for a client that does not send them yet', async () => {
		const cookie = await sessionOf('sofie');
		const { etag } = await current(cookie);
		const {
			firstAbsenceDay: _f,
			employer: _e,
			returnCertainty: _r,
			questionnaireDraft: _q,
			...old
		} = status(`Gammel klient ${Date.now()}`);
		const saved = await put(cookie, old, etag);
		expect(saved.status).toBe(200);
		expect((saved.body as Resource).document).toEqual({
			...old,
			firstAbsenceDay: null,
			employer: '',
			returnCertainty: null,
			questionnaireDraft: null
		});
	});

	it('refuses an invalid field with 400 naming it, and an unknown field', async () => {
		const cookie = await sessionOf('sofie');
		const { etag } = await current(cookie);
		const tooMany = expectProblem(
			await put(cookie, status('For mange timer', { partialHoursPerWeek: 35 }), etag),
			400
		);
		expect(tooMany.errors?.map((error) => error.field)).toEqual(['partialHoursPerWeek']);
		const unknown = expectProblem(
			await put(cookie, { ...status('Ukendt felt'), doctor: 'Hansen' }, etag),
			400
		);
		expect(unknown.errors?.map((error) => error.field)).toEqual(['doctor']);
		expect((await current(cookie)).etag).toBe(etag);
	});

	it('replays a retried PUT with the same Idempotency-Key without bumping the version twice', async () => {
		const cookie = await sessionOf('sofie');
		const { etag } = await current(cookie);
		const key = crypto.randomUUID();
		const body = status(`Gentaget ${Date.now()}`);
		const first = await put(cookie, body, etag, key);
		const again = await put(cookie, body, etag, key);
		expect(first.status).toBe(200);
		expect(again.status).toBe(200);
		expect(again.headers.get('idempotent-replayed')).toBe('true');
		expect((again.body as Resource).etag).toBe((first.body as Resource).etag);
		expect((await current(cookie)).etag).toBe((first.body as Resource).etag);
	});

	it('shows up in the delta feed under the citizen, and another citizen never sees it', async () => {
		const sofie = await sessionOf('sofie');
		const anna = await sessionOf('anna');
		const { etag } = await current(sofie);
		const note = `Kun Sofie ${Date.now()}`;
		expect((await put(sofie, status(note), etag)).status).toBe(200);

		const feed = await api('/api/v1/me/changes?limit=100', { cookie: sofie });
		const pages = [feed.body as { changes: { entity: string; data?: Resource }[] }];
		let cursor = (feed.body as { cursor: string; hasMore: boolean }).cursor;
		let more = (feed.body as { hasMore: boolean }).hasMore;
		while (more) {
			const next = await api(`/api/v1/me/changes?limit=100&since=${cursor}`, { cookie: sofie });
			const page = next.body as {
				changes: { entity: string; data?: Resource }[];
				cursor: string;
				hasMore: boolean;
			};
			pages.push(page);
			cursor = page.cursor;
			more = page.hasMore;
		}
		const sick = pages.flatMap((page) => page.changes).filter((c) => c.entity === 'sickLeave');
		expect(sick.at(-1)?.data?.document.note).toBe(note);

		const annas = await api(PATH, { cookie: anna });
		expect(JSON.stringify(annas.body)).not.toContain(note);
		const annaFeed = await api('/api/v1/me/changes?limit=100', { cookie: anna });
		expect(JSON.stringify(annaFeed.body)).not.toContain(note);
	});

	it('is for citizens only: no session is 401', async () => {
		expectProblem(await api(PATH), 401);
	});
});
