// Sick-leave reports (issue #15) on either database: each report lands once, bad input is a 400
// naming the field, a withdrawal works the same day only, and her health data never reaches the log.
import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import { describe, expect, inject, it } from 'vitest';
import { conversationDeadline } from '../../src/lib/domain/booking/deadline';
import { addDays } from '../../src/lib/domain/local-time';
import { api, expectProblem, sessionOf } from './client';

const PATH = '/api/v1/me/sick-leave/reports';
const serverLog = inject('serverLog');

interface Report {
	id: string;
	kind: string;
	reportedOn: string;
	withdrawnAt: string | null;
	deadline: string | null;
	[field: string]: unknown;
}

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(
	new Date()
);

function answers(helpNote: string) {
	return {
		job: 'Social- og sundhedshjælper',
		hoursPerWeek: 32,
		employerContact: 'held',
		expectedDuration: 'over8',
		help: ['fewerHours', 'treatment'],
		helpNote,
		wantsConversation: true
	};
}

function post(cookie: string, body: unknown, key = crypto.randomUUID()) {
	return api(PATH, { method: 'POST', cookie, json: body, headers: { 'idempotency-key': key } });
}

async function list(cookie: string): Promise<Report[]> {
	const answer = await api(PATH, { cookie });
	expect(answer.status).toBe(200);
	expect(answer.headers.get('cache-control')).toContain('no-store');
	return (answer.body as { items: Report[] }).items;
}

/** The server's log after a line with `needle` has arrived, or after a short wait. */
async function logWith(needle: string): Promise<string> {
	const deadline = Date.now() + 3000;
	for (;;) {
		const log = readFileSync(serverLog, 'utf8');
		if (log.includes(needle) || Date.now() > deadline) return log;
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

describe('sick-leave reports', () => {
	it('stores a questionnaire once, however often it is sent, and lists it', async () => {
		const cookie = await sessionOf('sofie');
		const id = crypto.randomUUID();
		const body = { id, reportedOn: today, kind: 'questionnaire', answers: answers('Ryg') };
		const key = crypto.randomUUID();
		const first = await post(cookie, body, key);
		expect(first.status).toBe(201);
		expect(first.body).toMatchObject({ ...body, withdrawnAt: null, deadline: null });
		const replayed = await post(cookie, body, key);
		expect(replayed.headers.get('idempotent-replayed')).toBe('true');
		// A retry after its idempotency record is gone: a new key, the same id.
		const again = await post(cookie, body);
		expect(again.status).toBe(200);
		expect((await list(cookie)).filter((report) => report.id === id)).toHaveLength(1);
	});

	it('gives a fast-track request its 2-week deadline', async () => {
		const cookie = await sessionOf('sofie');
		const answer = await post(cookie, {
			id: crypto.randomUUID(),
			reportedOn: '2026-12-28',
			kind: 'fastTrack'
		});
		expect(answer.status).toBe(201);
		expect((answer.body as Report).deadline).toBe('2027-01-11');
	});

	it.each([
		[{ kind: 'partialReturn', from: today, hoursWorked: 35, normalHours: 37 }, 'hoursWorked'],
		[{ kind: 'partialReturn', from: '2026-13-01', hoursWorked: 10, normalHours: 37 }, 'from'],
		[{ kind: 'fullReturn', date: null }, 'date'],
		[{ kind: 'bedre' }, 'kind'],
		[
			{ kind: 'questionnaire', answers: { ...answers(''), hoursPerWeek: 'mange' } },
			'answers.hoursPerWeek'
		]
	])('refuses %o with 400 naming %s, storing nothing', async (report, field) => {
		const cookie = await sessionOf('sofie');
		const id = crypto.randomUUID();
		const problem = expectProblem(await post(cookie, { id, reportedOn: today, ...report }), 400);
		expect(problem.errors?.map((error) => error.field)).toEqual([field]);
		expect((await list(cookie)).some((item) => item.id === id)).toBe(false);
	});

	it('withdraws a mistaken report the same day, and only then', async () => {
		const cookie = await sessionOf('sofie');
		const mistaken = crypto.randomUUID();
		const report = { id: mistaken, reportedOn: today, kind: 'fullReturn', date: today };
		expect((await post(cookie, report)).status).toBe(201);
		const withdrawal = {
			id: crypto.randomUUID(),
			reportedOn: today,
			kind: 'withdrawal',
			withdraws: mistaken
		};
		expect((await post(cookie, withdrawal)).status).toBe(201);
		const items = await list(cookie);
		expect(items.find((item) => item.id === mistaken)?.withdrawnAt).toMatch(/^\d{4}-/);
		// Twice is refused, as is an old report and one that is not hers.
		const twice = expectProblem(
			await post(cookie, { ...withdrawal, id: crypto.randomUUID() }),
			409
		);
		expect(twice.errors?.[0]?.field).toBe('withdraws');
		const old = crypto.randomUUID();
		await post(cookie, {
			id: old,
			reportedOn: '2026-01-05',
			kind: 'fullReturn',
			date: '2026-01-05'
		});
		expectProblem(
			await post(cookie, { ...withdrawal, id: crypto.randomUUID(), withdraws: old }),
			409
		);
		const anna = await sessionOf('anna');
		expectProblem(
			await post(anna, { ...withdrawal, id: crypto.randomUUID(), withdraws: old }),
			404
		);
		expect((await list(cookie)).find((item) => item.id === old)?.withdrawnAt).toBeNull();
	});

	it('keeps her reports hers: another citizen neither lists nor gets them in the feed', async () => {
		const sofie = await sessionOf('sofie');
		const anna = await sessionOf('anna');
		const note = `Kun Sofie ${crypto.randomUUID()}`;
		await post(sofie, {
			id: crypto.randomUUID(),
			reportedOn: today,
			kind: 'questionnaire',
			answers: answers(note)
		});
		expect(JSON.stringify(await list(anna))).not.toContain(note);
		const feed = await api('/api/v1/me/changes?limit=100', { cookie: anna });
		expect(JSON.stringify(feed.body)).not.toContain(note);
	});

	it('is for citizens only: no session is 401', async () => {
		expectProblem(await api(PATH), 401);
	});

	it('never writes her free text to the log: stored, refused or not found', async () => {
		const cookie = await sessionOf('sofie');
		const marker = `MARK${crypto.randomUUID().slice(0, 8)}`;
		const ok = await post(cookie, {
			id: crypto.randomUUID(),
			reportedOn: today,
			kind: 'questionnaire',
			answers: answers(`angst og søvnløshed ${marker}`)
		});
		expect(ok.status).toBe(201);
		expectProblem(
			await post(cookie, {
				id: crypto.randomUUID(),
				reportedOn: today,
				kind: 'questionnaire',
				answers: { ...answers(`migræne ${marker}`), wantsConversation: marker }
			}),
			400
		);
		expectProblem(
			await post(cookie, { id: marker, reportedOn: today, kind: 'withdrawal', withdraws: marker }),
			400
		);
		const log = await logWith(marker);
		expect(log).not.toContain(marker);
		expect(log).not.toContain('søvnløshed');
	});

	if (inject('dbKind') === 'postgres') {
		it('names a failed database write by request id only, never the report it carried', async () => {
			const marker = `MARK${crypto.randomUUID().slice(0, 8)}`;
			// A constraint for this test alone makes the database itself refuse the insert, as an outage would.
			const sql = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
			const constraint = `log_test_${marker.toLowerCase()}`;
			await sql.unsafe(
				`alter table sick_leave_reports add constraint ${constraint} check (position('${marker}' in body::text) = 0) not valid`
			);
			try {
				const answer = await post(await sessionOf('sofie'), {
					id: crypto.randomUUID(),
					reportedOn: today,
					kind: 'questionnaire',
					answers: answers(`depression ${marker}`)
				});
				const problem = expectProblem(answer, 500) as { requestId?: string };
				expect(JSON.stringify(answer.body)).not.toContain(marker);
				const log = await logWith(problem.requestId!);
				const line = log.split('\n').find((l) => l.includes(problem.requestId!));
				expect(line).toMatch(
					/^Fejl [0-9a-f-]{36}: POST \/api\/v1\/me\/sick-leave\/reports: DrizzleQueryError < \w+ \(PostgreSQL 23514\)$/
				);
				expect(log).not.toContain(marker);
				expect(log).not.toContain('depression');
			} finally {
				await sql.unsafe(`alter table sick_leave_reports drop constraint ${constraint}`);
				await sql.end();
			}
		});
	}
});

describe('the fast track registers her conversation request (issues #15 and #16)', () => {
	interface Request {
		id: string;
		kind: string;
		topic: string;
		status: string;
		requestedAt: string;
		deadline: string;
	}

	async function openFastTrack(cookie: string): Promise<Request[]> {
		const answer = await api('/api/v1/me/conversation-requests', { cookie });
		expect(answer.status).toBe(200);
		return (answer.body as { items: Request[] }).items.filter(
			(request) => request.kind === 'fastTrack' && request.status === 'open'
		);
	}

	/** Whether the delta feed from the start carries `entity` `id`. */
	async function feedHas(cookie: string, entity: string, id: string): Promise<boolean> {
		let since: string | undefined;
		for (;;) {
			const query = new URLSearchParams({ limit: '100', ...(since ? { since } : {}) });
			const answer = await api(`/api/v1/me/changes?${query}`, { cookie });
			expect(answer.status).toBe(200);
			const page = answer.body as {
				changes: { entity: string; id: string }[];
				cursor: string;
				hasMore: boolean;
			};
			if (page.changes.some((change) => change.entity === entity && change.id === id)) return true;
			if (!page.hasMore) return false;
			since = page.cursor;
		}
	}

	const fastTrack = () => ({ id: crypto.randomUUID(), reportedOn: today, kind: 'fastTrack' });

	it('makes one open fast-track request with its 14-day deadline, however often she asks', async () => {
		// Sofie: no other suite writes requests as her (the fuzz suite's citizen and caseworker do
		// as Mohammed and Mette). The caseworker console's list is tested in server/fast-track.test.ts.
		const cookie = await sessionOf('sofie');
		const before = await openFastTrack(cookie);
		expect(before.length).toBeLessThanOrEqual(1);
		expect((await post(cookie, fastTrack())).status).toBe(201);
		const after = await openFastTrack(cookie);
		expect(after).toHaveLength(1);
		const request = after[0]!;
		if (before.length) expect(request.id).toBe(before[0]!.id);
		expect(request).toMatchObject({ kind: 'fastTrack', topic: 'sygdom' });
		expect(request.deadline).toBe(conversationDeadline(new Date(request.requestedAt), 'fastTrack'));
		expect(request.deadline >= addDays(today, 14)).toBe(true);

		// A second fast-track report (a new id) is stored, but the open request stands alone.
		expect((await post(cookie, fastTrack())).status).toBe(201);
		expect(await openFastTrack(cookie)).toEqual([request]);

		// Her phones get it through the delta feed (so /samtaler shows it), like one she made there.
		expect(await feedHas(cookie, 'conversationRequests', request.id)).toBe(true);
	});

	it('makes no request for her other reports', async () => {
		const cookie = await sessionOf('sofie');
		const open = await openFastTrack(cookie);
		const report = { id: crypto.randomUUID(), reportedOn: today, kind: 'questionnaire' };
		expect((await post(cookie, { ...report, answers: answers('Knæ') })).status).toBe(201);
		expect(await openFastTrack(cookie)).toEqual(open);
	});
});
