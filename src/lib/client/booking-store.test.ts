import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { SlotView } from './booking-shapes';
import {
	bookMeeting,
	cancelMeeting,
	keepSlots,
	keptSlots,
	listMeetings,
	MEETINGS_PATH,
	queuedBookings
} from './booking-store';
import { openUserDb, userDbName } from './db';
import { fetchFreeSlots } from './free-slots';
import { listOutbox } from './outbox';
import { inProcessLock, SyncEngine, type FetchLike } from './sync';

const slot = (id: string, startsAt = '2026-03-24T08:00:00.000Z'): SlotView => ({
	id,
	startsAt,
	endsAt: new Date(Date.parse(startsAt) + 45 * 60_000).toISOString(),
	channels: ['phone', 'in_person'],
	location: 'Værkmestergade 25, 8000 Aarhus C',
	jobcenter: 'Jobcenter Aarhus'
});

/** A jobcentre that has given `taken` away: booking it answers 409 with the nearest free slots. */
function jobcentre(taken: string, alternatives: SlotView[]) {
	const seen: { method: string; path: string; key: string | null; body: unknown }[] = [];
	const fetch: FetchLike = async (input, init) => {
		const path = new URL(input, 'http://fake').pathname;
		const body = init.body ? JSON.parse(String(init.body)) : undefined;
		const key = new Headers(init.headers).get('idempotency-key');
		seen.push({ method: String(init.method), path, key, body });
		const json = (status: number, value: unknown, type = 'application/json') =>
			new Response(JSON.stringify(value), { status, headers: { 'content-type': type } });
		if (path === '/api/v1/me/changes')
			return json(200, { changes: [], cursor: 'c', hasMore: false });
		if (path === MEETINGS_PATH && body.slotId === taken) {
			return json(
				409,
				{ type: '/problems/slot-taken', title: 'Tiden er taget', status: 409, alternatives },
				'application/problem+json'
			);
		}
		if (path === MEETINGS_PATH) {
			const picked = alternatives.find((s) => s.id === body.slotId) ?? slot(body.slotId);
			return json(201, {
				id: body.id,
				slotId: picked.id,
				startsAt: picked.startsAt,
				endsAt: picked.endsAt,
				channel: body.channel,
				topic: body.topic,
				note: body.note,
				status: 'booked'
			});
		}
		return json(404, { type: 'about:blank', title: 'Ikke fundet', status: 404 });
	};
	return { fetch, seen };
}

async function setup(taken: string, alternatives: SlotView[]) {
	const db = await openUserDb('t', userDbName(`booking-${crypto.randomUUID()}`));
	const server = jobcentre(taken, alternatives);
	const engine = new SyncEngine(db, {
		fetch: server.fetch,
		locks: inProcessLock(),
		channel: null,
		events: null,
		sleep: async () => {},
		adapters: { meetings: { store: 'meetings', parse: (data) => data } }
	});
	return { db, engine, server };
}

describe('booking offline and confirming on sync', () => {
	it('queues the booking with her topic and note; the server’s meeting replaces it', async () => {
		const { db, engine, server } = await setup('none', []);
		const id = await bookMeeting(db, {
			slot: slot('s1'),
			channel: 'phone',
			topic: 'uddannelse',
			note: '  Om kurser '
		});
		const [queued] = await queuedBookings(db);
		expect(queued).toMatchObject({
			kind: 'book',
			state: 'pending',
			entityId: id,
			body: { id, slotId: 's1', channel: 'phone', topic: 'uddannelse', note: 'Om kurser' },
			slot: { id: 's1', jobcenter: 'Jobcenter Aarhus' }
		});
		expect(await listMeetings(db)).toEqual([]);

		expect((await engine.drain()).outcome).toBe('idle');
		expect(await queuedBookings(db)).toEqual([]);
		expect(await listMeetings(db)).toMatchObject([
			{ id, slotId: 's1', topic: 'uddannelse', status: 'booked' }
		]);
		expect(server.seen.filter((r) => r.method === 'POST')).toHaveLength(1);
	});

	it('a taken slot leaves the booking “not booked” with the alternatives; another slot keeps topic and note', async () => {
		const nearest = [slot('s2', '2026-03-24T09:00:00.000Z'), slot('s3')];
		const { db, engine, server } = await setup('gone', nearest);
		const id = await bookMeeting(db, {
			slot: slot('gone'),
			channel: 'in_person',
			topic: 'økonomi',
			note: 'Husleje'
		});
		expect((await engine.drain()).outcome).toBe('failed');

		const [refused] = await queuedBookings(db);
		expect(refused).toMatchObject({ state: 'failed', problem: { status: 409 } });
		expect(refused!.alternatives.map((s) => s.id)).toEqual(['s2', 's3']);

		await engine.retry(refused!.seq, { body: { ...refused!.body, slotId: 's2' } });
		expect((await engine.drain()).outcome).toBe('idle');
		const posts = server.seen.filter((r) => r.method === 'POST');
		expect(posts.map((r) => r.body)).toEqual([
			{ id, slotId: 'gone', channel: 'in_person', topic: 'økonomi', note: 'Husleje' },
			{ id, slotId: 's2', channel: 'in_person', topic: 'økonomi', note: 'Husleje' }
		]);
		// A new idempotency key: the server stored its 409 under the first one.
		expect(posts[0]!.key).not.toBe(posts[1]!.key);
		expect(await listMeetings(db)).toMatchObject([{ slotId: 's2', note: 'Husleje' }]);
		expect(await listOutbox(db)).toEqual([]);
	});

	it('cancels on the phone at once and queues the reason', async () => {
		const { db } = await setup('none', []);
		await db.put('meetings', {
			id: 'm1',
			startsAt: '2026-03-24T08:00:00.000Z',
			endsAt: '2026-03-24T08:45:00.000Z',
			channel: 'phone',
			status: 'booked'
		} as never);
		await cancelMeeting(db, 'm1', ' Jeg er syg ');
		expect(await listMeetings(db)).toMatchObject([
			{ status: 'cancelled', cancelReason: 'Jeg er syg' }
		]);
		expect(await listOutbox(db)).toMatchObject([
			{ method: 'POST', path: `${MEETINGS_PATH}/m1/cancel`, body: { reason: 'Jeg er syg' } }
		]);
	});
});

describe('free slots kept for offline', () => {
	it('keeps what it saw online and answers with that copy when offline', async () => {
		const db = await openUserDb('t', userDbName(`slots-${crypto.randomUUID()}`));
		const now = new Date('2026-03-23T09:00:00Z');
		let asked = '';
		const online = await fetchFreeSlots(db, now, async (input) => {
			asked = String(input);
			return new Response(JSON.stringify({ items: [slot('a'), { id: 'broken' }] }));
		});
		expect(asked).toBe('/api/v1/slots?from=2026-03-23&to=2026-04-13');
		expect(online).toMatchObject({ source: 'online', slots: [{ id: 'a' }] });

		const offline = await fetchFreeSlots(db, now, async () => {
			throw new TypeError('Failed to fetch');
		});
		expect(offline).toMatchObject({
			source: 'kept',
			fetchedAt: '2026-03-23T09:00:00.000Z',
			slots: [{ id: 'a' }]
		});
	});

	it('says so when offline with nothing kept', async () => {
		const db = await openUserDb('t', userDbName(`slots-${crypto.randomUUID()}`));
		expect(await keptSlots(db)).toBeNull();
		const none = await fetchFreeSlots(
			db,
			new Date(),
			async () => new Response('', { status: 503 })
		);
		expect(none).toEqual({ slots: [], source: 'none', fetchedAt: null });
		await keepSlots(db, [slot('b')], '2026-03-01T00:00:00.000Z');
		expect((await keptSlots(db))?.slots.map((s) => s.id)).toEqual(['b']);
	});
});
