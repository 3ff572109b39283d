/**
 * The booking against a real database: a temporary PGlite always, and PostgreSQL when
 * TEST_DATABASE_URL is set. The double-booking guard is the database's own (exclusion constraints):
 * 50 different citizens booking one slot at once get exactly one meeting, and what a plain
 * INSERT around the application code tries is refused too.
 */
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTemporaryPglite, postgresForSuite } from '../../../../tests/support/databases';
import { addDays, localDateOf } from '../../domain/local-time';
import { nextWorkingDay } from '../../domain/booking';
import type { DatabaseHandle } from '../db';
import { conversationRequests, meetings, slots, users, type User } from '../db/schema';
import { HttpProblem } from '../http';
import { changesSince } from '../changes';
import {
	citizenForCaseworker,
	feedbackReport,
	openRequests,
	recordOutcome,
	withdrawSlot
} from './console';
import {
	bookMeeting,
	cancelMeeting,
	giveFeedback,
	meetingCalendar,
	rescheduleMeeting
} from './meetings';
import { createRequest } from './requests';
import { findFreeSlots, publishSlot } from './slots';

const now = new Date();
/** A working day two weeks ahead, so every slot is bookable and changeable. */
const day = nextWorkingDay(addDays(localDateOf(now), 14));

async function problemOf(promise: Promise<unknown>): Promise<HttpProblem> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof HttpProblem) return error;
		throw error;
	}
	throw new Error('expected a problem');
}

function defineBookingSuite(name: string, open: () => Promise<DatabaseHandle>) {
	describe(`booking on ${name}`, () => {
		let handle: DatabaseHandle;
		let lars: User;
		let mette: User;
		let serial = 0;
		const newUser = async (values: Partial<typeof users.$inferInsert>) => {
			const [user] = await handle.db
				.insert(users)
				.values({
					subject: `booking-${++serial}`,
					name: `Person ${serial}`,
					role: 'citizen',
					...values
				})
				.returning();
			return user!;
		};
		const citizenOf = (municipalityCode: string) => newUser({ municipalityCode });
		const slotFor = async (caseworker: User, time: string, minutes = 40) =>
			publishSlot(
				handle.db,
				caseworker,
				{ date: day, time, minutes, channels: ['in_person', 'phone'] },
				now
			);
		const booking = (slotId: string) =>
			({ slotId, channel: 'phone', topic: 'jobsøgning', note: '' }) as const;

		beforeAll(async () => {
			handle = await open();
			lars = await newUser({
				role: 'caseworker',
				municipalityCode: '751',
				jobcenter: 'Jobcenter Aarhus'
			});
			mette = await newUser({
				role: 'caseworker',
				municipalityCode: '461',
				jobcenter: 'Jobcenter Odense'
			});
			// Opening and migrating a PGlite takes a minute when the machine is loaded.
		}, 240_000);
		afterAll(async () => {
			await handle?.close();
		});

		it('books one slot for exactly one of 50 citizens at once; the rest get alternatives', async () => {
			const slot = await slotFor(lars, '09:00');
			await slotFor(lars, '10:00');
			const citizens = await Promise.all(Array.from({ length: 50 }, () => citizenOf('751')));
			const results = await Promise.allSettled(
				citizens.map((citizen) => bookMeeting(handle.db, citizen, booking(slot.id), now))
			);
			const booked = results.filter((r) => r.status === 'fulfilled');
			const refused = results.flatMap((r) =>
				r.status === 'rejected' && r.reason instanceof HttpProblem ? [r.reason.problem] : []
			);
			expect(booked).toHaveLength(1);
			expect(refused).toHaveLength(49);
			for (const problem of refused) {
				expect(problem.status).toBe(409);
				expect(problem.type).toBe('/api/v1/problems/slot-taken');
				const alternatives = problem.alternatives as { id: string }[];
				expect(alternatives.length).toBeGreaterThan(0);
				expect(alternatives.map((a) => a.id)).not.toContain(slot.id);
			}
			const [{ n }] = (await handle.db
				.select({ n: sql<number>`count(*)::int` })
				.from(meetings)
				.where(eq(meetings.slotId, slot.id))) as [{ n: number }];
			expect(n).toBe(1);
		}, 60_000);

		it('refuses at the database what the application did not check', async () => {
			const slot = await slotFor(lars, '11:00');
			const [a, b] = [await citizenOf('751'), await citizenOf('751')];
			const row = (userId: string, startsAt: Date, endsAt: Date, slotId: string | null) => ({
				id: crypto.randomUUID(),
				userId,
				caseworkerId: lars.id,
				slotId,
				startsAt,
				endsAt,
				channel: 'phone' as const,
				topic: 'andet',
				changeableUntil: startsAt
			});
			const start = new Date(slot.startsAt);
			const end = new Date(slot.endsAt);
			await handle.db.insert(meetings).values(row(a.id, start, end, slot.id));
			// Another meeting in the same slot, and one without a slot overlapping lars's time.
			await expect(
				handle.db.insert(meetings).values(row(b.id, start, end, slot.id))
			).rejects.toThrow();
			const overlapping = new Date(start.getTime() + 10 * 60_000);
			await expect(
				handle.db.insert(meetings).values(row(b.id, overlapping, end, null))
			).rejects.toThrow();
			// Overlapping slots of one caseworker, straight into the table.
			await expect(
				handle.db.insert(slots).values({
					caseworkerId: lars.id,
					startsAt: overlapping,
					endsAt: new Date(end.getTime() + 30 * 60_000)
				})
			).rejects.toThrow();
		});

		it('refuses overlapping slots and bad ones when publishing, naming the field', async () => {
			await slotFor(lars, '13:00', 60);
			const overlap = await problemOf(slotFor(lars, '13:30'));
			expect(overlap.problem.status).toBe(409);
			const touching = await slotFor(lars, '14:00');
			expect(touching.startsAt < touching.endsAt).toBe(true);
			const sunday = await problemOf(
				publishSlot(
					handle.db,
					lars,
					{
						date: addDays(day, 7 - ((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7) - 1),
						time: '09:00',
						minutes: 40,
						channels: ['phone']
					},
					now
				)
			);
			expect(sunday.problem.status).toBe(400);
			expect(sunday.problem.errors?.[0]?.field).toBe('date');
			// Another caseworker may publish the same time.
			await expect(slotFor(mette, '13:30')).resolves.toBeTruthy();
		});

		it('shows a citizen only the free slots of her own jobcentre', async () => {
			const aarhusSlot = await slotFor(lars, '15:00');
			const odenseSlot = await slotFor(mette, '15:00');
			const anna = await citizenOf('751');
			const window = {
				from: new Date(`${day}T00:00:00Z`),
				to: new Date(`${addDays(day, 1)}T00:00:00Z`),
				now
			};
			const free = await findFreeSlots(handle.db, anna.municipalityCode, window);
			expect(free.map((s) => s.id)).toContain(aarhusSlot.id);
			expect(free.map((s) => s.id)).not.toContain(odenseSlot.id);
			const odense = await problemOf(bookMeeting(handle.db, anna, booking(odenseSlot.id), now));
			expect(odense.problem.status).toBe(409);
		});

		it('rebooks under one id with a rising SEQUENCE, cancels and frees the slot', async () => {
			const first = await slotFor(lars, '16:00');
			const second = await slotFor(lars, '16:45');
			const anna = await citizenOf('751');
			const { meeting } = await bookMeeting(handle.db, anna, booking(first.id), now);
			const moved = await rescheduleMeeting(
				handle.db,
				anna,
				meeting.id,
				{ slotId: second.id },
				now
			);
			expect(moved.id).toBe(meeting.id);
			expect(moved.sequence).toBe(1);
			expect(moved.startsAt).toBe(second.startsAt);
			const ics = meetingCalendar(moved);
			expect(ics).toContain(`UID:${meeting.id}@virtuelt-jobunivers`);
			expect(ics).toContain('SEQUENCE:1');
			// The first slot is free again; the other citizen can take it.
			const other = await citizenOf('751');
			await expect(bookMeeting(handle.db, other, booking(first.id), now)).resolves.toBeTruthy();
			const cancelled = await cancelMeeting(handle.db, anna, meeting.id, 'Jeg er syg', now);
			expect(cancelled.status).toBe('cancelled');
			expect(cancelled.sequence).toBe(2);
			expect(meetingCalendar(cancelled)).toContain('METHOD:CANCEL');
			await expect(bookMeeting(handle.db, other, booking(second.id), now)).resolves.toBeTruthy();
			// Her phone learns of every change through the delta feed.
			const feed = await changesSince(handle.db, anna.id, 0);
			expect(feed.changes.filter((c) => c.entity === 'meetings').map((c) => c.id)).toEqual([
				meeting.id
			]);
		});

		it('tells her to call when it is too late to change the meeting herself', async () => {
			const slot = await slotFor(lars, '07:00');
			const anna = await citizenOf('751');
			const { meeting } = await bookMeeting(handle.db, anna, booking(slot.id), now);
			const late = new Date(new Date(slot.startsAt).getTime() - 23 * 3_600_000);
			const problem = await problemOf(cancelMeeting(handle.db, anna, meeting.id, 'For sent', late));
			expect(problem.problem.status).toBe(422);
			expect(problem.problem.detail).toMatch(/Ring/);
		});

		it('withdraws a booked slot: the meeting is cancelled by the jobcentre, the request reopens', async () => {
			const slot = await slotFor(mette, '09:00');
			const mohammed = await citizenOf('461');
			const { request } = await createRequest(
				handle.db,
				mohammed,
				{ kind: 'standard', topic: 'økonomi', note: '' },
				now
			);
			const { meeting } = await bookMeeting(
				handle.db,
				mohammed,
				{ ...booking(slot.id), requestId: request.id },
				now
			);
			const result = await withdrawSlot(handle.db, mette, slot.id, now);
			expect(result.cancelledMeetingId).toBe(meeting.id);
			const [row] = await handle.db
				.select()
				.from(meetings)
				.where(and(eq(meetings.userId, mohammed.id), eq(meetings.id, meeting.id)));
			expect(row).toMatchObject({ status: 'cancelled', cancelledBy: 'jobcenter', sequence: 1 });
			const [reopened] = await handle.db
				.select()
				.from(conversationRequests)
				.where(eq(conversationRequests.id, request.id));
			expect(reopened).toMatchObject({ status: 'open', meetingId: null });
			// Booking the withdrawn slot: 409 with alternatives. Withdrawing again: 404.
			const again = await problemOf(bookMeeting(handle.db, mohammed, booking(slot.id), now));
			expect(again.problem.status).toBe(409);
			expect((await problemOf(withdrawSlot(handle.db, mette, slot.id, now))).problem.status).toBe(
				404
			);
			expect((await problemOf(withdrawSlot(handle.db, lars, slot.id, now))).problem.status).toBe(
				404
			);
		});

		it('lists open requests by deadline and opens a citizen only through a relation', async () => {
			const asker = await citizenOf('751');
			const stranger = await citizenOf('461');
			const first = await createRequest(
				handle.db,
				asker,
				{ kind: 'fastTrack', topic: 'sygdom', note: '' },
				now
			);
			const again = await createRequest(
				handle.db,
				asker,
				{ kind: 'fastTrack', topic: 'sygdom', note: '' },
				now
			);
			expect(again.created).toBe(false);
			expect(again.request.id).toBe(first.request.id);
			const listed = await openRequests(handle.db, lars, now);
			expect(listed.map((r) => r.id)).toContain(first.request.id);
			const deadlines = listed.map((r) => r.deadline);
			expect([...deadlines].sort()).toEqual(deadlines);
			expect((await openRequests(handle.db, mette, now)).map((r) => r.id)).not.toContain(
				first.request.id
			);
			const view = await citizenForCaseworker(handle.db, lars, asker.id, 'nej');
			expect(view.openRequests.map((r) => r.id)).toEqual([first.request.id]);
			expect(
				(await problemOf(citizenForCaseworker(handle.db, lars, stranger.id, 'nej'))).problem.status
			).toBe(404);
			expect(
				(await problemOf(citizenForCaseworker(handle.db, mette, asker.id, 'nej'))).problem.status
			).toBe(404);
		});

		it('takes feedback once after a held meeting, and reports no figure under five answers', async () => {
			const month = day.slice(0, 7);
			const before = (await feedbackReport(handle.db, month)).items.find(
				(item) => item.jobcenter === 'Jobcenter Odense'
			);
			expect(before).toEqual({ jobcenter: 'Jobcenter Odense', count: null, average: null });
			const scores = [5, 4, 3, 4, 5];
			for (const [index, score] of scores.entries()) {
				const slot = await slotFor(mette, ['07:00', '07:45', '08:30', '10:00', '10:45'][index]!);
				const citizen = await citizenOf('461');
				const { meeting } = await bookMeeting(handle.db, citizen, booking(slot.id), now);
				const early = await problemOf(
					giveFeedback(handle.db, citizen, meeting.id, { score, comment: '' })
				);
				expect(early.problem.status).toBe(409);
				const notYet = await problemOf(recordOutcome(handle.db, mette, meeting.id, 'held', now));
				expect(notYet.problem.status).toBe(409);
				const later = new Date(new Date(slot.startsAt).getTime() + 60_000);
				expect((await recordOutcome(handle.db, mette, meeting.id, 'held', later)).status).toBe(
					'held'
				);
				await giveFeedback(handle.db, citizen, meeting.id, { score, comment: 'Tak' });
				const twice = await problemOf(
					giveFeedback(handle.db, citizen, meeting.id, { score, comment: '' })
				);
				expect(twice.problem.status).toBe(409);
				const report = (await feedbackReport(handle.db, month)).items.find(
					(item) => item.jobcenter === 'Jobcenter Odense'
				)!;
				expect(report.count).toBe(index + 1 < 5 ? null : 5);
			}
			const after = (await feedbackReport(handle.db, month)).items.find(
				(item) => item.jobcenter === 'Jobcenter Odense'
			);
			expect(after).toEqual({ jobcenter: 'Jobcenter Odense', count: 5, average: 4.2 });
		}, 60_000);
	});
}

defineBookingSuite('PGlite', () => openTemporaryPglite('booking-test'));
const openPostgres = postgresForSuite('booking');
if (openPostgres) defineBookingSuite('PostgreSQL', openPostgres);
