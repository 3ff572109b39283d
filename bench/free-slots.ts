// Free-slot search: the next 14 days of one jobcentre with 50 caseworkers (a large jobcentre), on
// PGlite as `GET /api/v1/slots` asks it (server/booking/slots.ts), and the phone's own search over the
// same slots (domain/booking/slots.ts). Eight weeks of 7 slots a working day each, a third booked.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freeSlots, isWorkingDay, type OpenSlot } from '../src/lib/domain/booking';
import { addDays, localDateOf, localDateTimeToUtc } from '../src/lib/domain/local-time';
import { findFreeSlots, windowOf } from '../src/lib/server/booking/slots';
import { openDatabase } from '../src/lib/server/db';
import { meetings, slots, users } from '../src/lib/server/db/schema';

const CASEWORKERS = 50;
const QUERIES = 200;
const TARGET_P95_MS = 50;
const TIMES = ['09:00', '09:45', '10:30', '11:15', '12:30', '13:15', '14:00'];

const percentile = (values: number[], p: number) =>
	[...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

const dataDir = mkdtempSync(join(tmpdir(), 'vj-bench-slots-'));
const handle = await openDatabase({ databaseUrl: null, dataDir });
try {
	const { db } = handle;
	const now = new Date();
	const today = localDateOf(now);
	const caseworkers = await db
		.insert(users)
		.values(
			Array.from({ length: CASEWORKERS }, (_, n) => ({
				subject: `bench-caseworker-${n}`,
				name: `Sagsbehandler ${n}`,
				role: 'caseworker' as const,
				municipalityCode: '751',
				jobcenter: 'Jobcenter Aarhus'
			}))
		)
		.returning({ id: users.id });
	const [citizen] = await db
		.insert(users)
		.values({ subject: 'bench-citizen', name: 'Borger', role: 'citizen', municipalityCode: '751' })
		.returning({ id: users.id });
	const rows: (typeof slots.$inferInsert)[] = [];
	for (const caseworker of caseworkers) {
		for (let day = 1; day <= 56; day++) {
			const date = addDays(today, day);
			if (!isWorkingDay(date)) continue;
			for (const time of TIMES) {
				const startsAt = localDateTimeToUtc(date, time);
				rows.push({
					id: crypto.randomUUID(),
					caseworkerId: caseworker.id,
					startsAt,
					endsAt: new Date(startsAt.getTime() + 40 * 60_000),
					channels: ['in_person', 'phone', 'video']
				});
			}
		}
	}
	for (let i = 0; i < rows.length; i += 1000)
		await db.insert(slots).values(rows.slice(i, i + 1000));
	const booked = rows.filter((_, index) => index % 3 === 0);
	for (let i = 0; i < booked.length; i += 1000) {
		await db.insert(meetings).values(
			booked.slice(i, i + 1000).map((slot) => ({
				id: crypto.randomUUID(),
				userId: citizen!.id,
				caseworkerId: slot.caseworkerId,
				slotId: slot.id!,
				startsAt: slot.startsAt,
				endsAt: slot.endsAt,
				channel: 'phone' as const,
				topic: 'andet',
				changeableUntil: slot.startsAt
			}))
		);
	}

	const window = windowOf(undefined, undefined, 14, now);
	const server: number[] = [];
	let found = 0;
	for (let n = 0; n < QUERIES; n++) {
		const started = performance.now();
		const free = await findFreeSlots(db, '751', {
			...window,
			channel: n % 2 === 0 ? undefined : 'video',
			now
		});
		server.push(performance.now() - started);
		found = free.length;
	}

	// The phone: the same search over the slots it last saw (all 8 weeks) and the booked ids.
	const seen: OpenSlot[] = rows.map((row) => ({
		id: row.id!,
		startsAt: row.startsAt.toISOString(),
		endsAt: row.endsAt.toISOString(),
		channels: ['in_person', 'phone', 'video']
	}));
	const taken = new Set(booked.map((slot) => slot.id!));
	const phone: number[] = [];
	let phoneTimes = 0;
	for (let n = 0; n < QUERIES; n++) {
		const started = performance.now();
		const free = freeSlots(seen, taken, { from: today, to: addDays(today, 13), now });
		phone.push(performance.now() - started);
		phoneTimes = new Set(free.map((slot) => slot.startsAt)).size;
	}
	// Both must find the same free times, or one of them is wrong.
	if (phoneTimes !== found) throw new Error(`server ${found} free times, phone ${phoneTimes}`);

	const p95 = percentile(server, 0.95);
	console.table([
		{
			what: `server (PGlite): 14 days × ${CASEWORKERS} caseworkers of ${rows.length} slots → ${found} free times`,
			p50: percentile(server, 0.5).toFixed(1),
			p95: p95.toFixed(1),
			target: `p95 < ${TARGET_P95_MS} ms`,
			ok: p95 < TARGET_P95_MS ? 'yes' : 'NO'
		},
		{
			what: `phone (domain): the same over ${seen.length} slots it holds`,
			p50: percentile(phone, 0.5).toFixed(1),
			p95: percentile(phone, 0.95).toFixed(1),
			target: '',
			ok: ''
		}
	]);
	if (p95 >= TARGET_P95_MS) process.exitCode = 1;
} finally {
	await handle.close();
	rmSync(dataDir, { recursive: true, force: true });
}
