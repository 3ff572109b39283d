// Two app processes on one PostgreSQL database, as behind a load balancer: both have the same public
// ORIGIN, neither keeps state the other needs. Runs only with API_TEST_DB=postgres (see vite.config.ts);
// and the double-booking guard: one slot booked through both at once is booked once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgresDatabase } from '../support/databases';
import { loginThroughLocalIdp } from '../support/oidc-login';
import { startServer, type RunningServer } from '../support/server';

let a: RunningServer;
let b: RunningServer;

interface Change {
	entity: string;
	id: string;
	op: 'upsert' | 'delete';
	version: number;
}

async function call(
	server: RunningServer,
	path: string,
	cookie: string,
	init: { method?: string; json?: unknown; key?: string } = {}
) {
	const headers: Record<string, string> = { cookie, origin: a.baseUrl };
	if (init.json !== undefined) headers['content-type'] = 'application/json';
	if (init.key) headers['idempotency-key'] = init.key;
	const response = await fetch(`${server.baseUrl}${path}`, {
		method: init.method ?? 'GET',
		headers,
		body: init.json === undefined ? undefined : JSON.stringify(init.json)
	});
	const text = await response.text();
	return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
}

function entry(title: string, id?: string) {
	return {
		id,
		appliedOn: '2026-11-23',
		jobTitle: title,
		employer: 'Tvillingerne ApS',
		method: 'jobnet'
	};
}

async function joblogTitles(server: RunningServer, cookie: string): Promise<string[]> {
	const titles: string[] = [];
	let cursor: string | null = null;
	do {
		const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
		const page = await call(server, `/api/v1/me/joblog?limit=100${query}`, cookie);
		expect(page.status).toBe(200);
		const body = page.body as { items: { jobTitle: string }[]; nextCursor: string | null };
		titles.push(...body.items.map((item) => item.jobTitle));
		cursor = body.nextCursor;
	} while (cursor);
	return titles;
}

/** Pulls the delta feed after `since` until it has no more. */
async function pull(server: RunningServer, cookie: string, since: string | null) {
	const changes: Change[] = [];
	let cursor = since;
	for (;;) {
		const query = new URLSearchParams({ limit: '20', ...(cursor ? { since: cursor } : {}) });
		const page = await call(server, `/api/v1/me/changes?${query}`, cookie);
		expect(page.status).toBe(200);
		const body = page.body as { changes: Change[]; cursor: string; hasMore: boolean };
		changes.push(...body.changes);
		cursor = body.cursor;
		if (!body.hasMore) return { changes, cursor };
	}
}

beforeAll(async () => {
	const databaseUrl = await freshPostgresDatabase(process.env.TEST_DATABASE_URL ?? '', 'two');
	// One after the other: the first migrates and seeds, the second finds it done.
	a = await startServer({ databaseUrl, seedJobCount: 200 });
	b = await startServer({ databaseUrl, seedJobCount: 200, origin: a.baseUrl });
});

afterAll(async () => {
	await Promise.all([a?.stop(), b?.stop()]);
});

describe('two app processes on one PostgreSQL', () => {
	it('accepts a session made through one process on the other', async () => {
		const cookie = await loginThroughLocalIdp(a.baseUrl, 'anna');
		const onA = await call(a, '/api/v1/me', cookie);
		const onB = await call(b, '/api/v1/me', cookie);
		expect(onA.status).toBe(200);
		expect(onB).toEqual(onA);
		expect((await call(b, '/api/v1/me', '')).status).toBe(401);
	});

	it('writes once for one key sent to both at the same time, and answers both alike', async () => {
		const cookie = await loginThroughLocalIdp(a.baseUrl, 'sofie');
		const titles: string[] = [];
		for (let n = 0; n < 10; n++) {
			const title = `Samme nøgle ${n} ${crypto.randomUUID()}`;
			titles.push(title);
			const key = crypto.randomUUID();
			// The one that loses the race waits (409 Retry-After) and then gets the stored answer.
			const settle = async (server: RunningServer) => {
				for (;;) {
					const answer = await call(server, '/api/v1/me/joblog', cookie, {
						method: 'POST',
						json: entry(title),
						key
					});
					if (answer.status !== 409) return answer;
					await new Promise((resolve) => setTimeout(resolve, 100));
				}
			};
			const [fromA, fromB] = await Promise.all([settle(a), settle(b)]);
			expect(fromA.status).toBe(201);
			expect(fromB).toEqual(fromA);
		}
		const stored = await joblogTitles(b, cookie);
		for (const title of titles) expect(stored.filter((t) => t === title)).toHaveLength(1);
	});

	it('gives a reader on either process every change of writes through both, once and in order', async () => {
		const cookie = await loginThroughLocalIdp(a.baseUrl, 'mohammed');
		const start = await pull(b, cookie, null);
		const written: string[] = [];
		let writing = true;
		const writer = async (server: RunningServer, name: string) => {
			for (let n = 0; n < 15; n++) {
				const id = crypto.randomUUID();
				const answer = await call(server, '/api/v1/me/joblog', cookie, {
					method: 'POST',
					json: entry(`Fletning ${name} ${n}`, id),
					key: crypto.randomUUID()
				});
				expect(answer.status).toBe(201);
				written.push(id);
			}
		};
		// A reader pulling while the writes land, alternating between the processes.
		const read: Change[] = [];
		const reader = async () => {
			let cursor = start.cursor;
			for (let turn = 0; writing || turn % 2 === 1; turn++) {
				const page = await pull(turn % 2 ? a : b, cookie, cursor);
				read.push(...page.changes);
				cursor = page.cursor;
			}
			const last = await pull(a, cookie, cursor);
			read.push(...last.changes);
		};
		const reading = reader();
		await Promise.all([writer(a, 'A1'), writer(b, 'B1'), writer(a, 'A2'), writer(b, 'B2')]);
		writing = false;
		await reading;

		const ids = read.map((change) => change.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect([...ids].sort()).toEqual([...written].sort());
		const versions = read.map((change) => change.version);
		expect(versions).toEqual([...versions].sort((x, y) => x - y));
		// A fresh read through the other process sees the same changes in the same order.
		expect((await pull(b, cookie, start.cursor)).changes.map((change) => change.id)).toEqual(ids);
	});

	it('books one slot once when 50 bookings of it arrive through both processes at once', async () => {
		const cookie = await loginThroughLocalIdp(a.baseUrl, 'anna');
		const slots = await call(a, '/api/v1/slots', cookie);
		expect(slots.status).toBe(200);
		const [slot] = (slots.body as { items: { id: string }[] }).items.slice(-1);
		const answers = await Promise.all(
			Array.from({ length: 50 }, (_, n) =>
				call(n % 2 === 0 ? a : b, '/api/v1/me/meetings', cookie, {
					method: 'POST',
					json: { slotId: slot!.id, channel: 'phone', topic: 'andet', note: `forsøg ${n}` }
				})
			)
		);
		const statuses = answers.map((answer) => answer.status);
		expect(statuses.filter((status) => status === 201)).toHaveLength(1);
		expect(statuses.filter((status) => status === 409)).toHaveLength(49);
		for (const answer of answers.filter((answer) => answer.status === 409)) {
			const alternatives = (answer.body as { alternatives: { id: string }[] }).alternatives;
			expect(alternatives.length).toBeGreaterThan(0);
			expect(alternatives.map((alternative) => alternative.id)).not.toContain(slot!.id);
		}
		const mine = await call(b, '/api/v1/me/meetings', cookie);
		const held = (mine.body as { items: { slotId: string; status: string }[] }).items.filter(
			(meeting) => meeting.slotId === slot!.id && meeting.status === 'booked'
		);
		expect(held).toHaveLength(1);
	});
});
