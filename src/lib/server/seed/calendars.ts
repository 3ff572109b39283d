/**
 * The demo caseworkers' calendars: weekday slots (no holidays or closing days) for the next eight
 * weeks at Copenhagen office hours, an indkaldelse for anna, a past meeting of hers that lars can
 * mark as held (so "Følte du dig hjulpet?" can be shown), and last month's feedback answers for the
 * console (Aarhus above the five-answer threshold, Odense below it).
 */
import { and, eq } from 'drizzle-orm';
import { changeableUntil, isWorkingDay } from '../../domain/booking';
import { addDays, isoWeekday, localDateOf, localDateTimeToUtc } from '../../domain/local-time';
import type { Database } from '../db';
import { meetingFeedback, meetings, slots, users } from '../db/schema';
import { jobcenterAddress } from '../booking/jobcenters';

const SLOT_TIMES = ['09:00', '09:45', '10:30', '11:15', '12:30', '13:15', '14:00'];
const SLOT_MINUTES = 40;
const CALENDAR_WEEKS = 8;
const INSERT_BATCH = 1_000;

type SlotInsert = typeof slots.$inferInsert;

function slotAt(caseworker: { id: string; jobcenter: string | null }, date: string, time: string) {
	const startsAt = localDateTimeToUtc(date, time);
	return {
		id: crypto.randomUUID(),
		caseworkerId: caseworker.id,
		startsAt,
		endsAt: new Date(startsAt.getTime() + SLOT_MINUTES * 60_000),
		location: jobcenterAddress(caseworker.jobcenter)
	} satisfies SlotInsert;
}

/** The nth working day after `date` (1 = the next one). */
function workingDayAfter(date: string, n: number): string {
	let day = date;
	for (let found = 0; found < n;) {
		day = addDays(day, 1);
		if (isWorkingDay(day)) found++;
	}
	return day;
}

function workingDayBefore(date: string): string {
	let day = addDays(date, -1);
	while (!isWorkingDay(day)) day = addDays(day, -1);
	return day;
}

export async function seedCaseworkerCalendars(db: Database, now: Date): Promise<number> {
	const caseworkers = await db
		.select({ id: users.id, jobcenter: users.jobcenter, subject: users.subject })
		.from(users)
		.where(eq(users.role, 'caseworker'));
	const today = localDateOf(now);
	const rows: SlotInsert[] = [];
	for (const caseworker of caseworkers) {
		for (let day = 1; day <= CALENDAR_WEEKS * 7; day++) {
			const date = addDays(today, day);
			if (isoWeekday(date) > 5 || !isWorkingDay(date)) continue;
			for (const time of SLOT_TIMES) rows.push(slotAt(caseworker, date, time));
		}
	}
	for (let i = 0; i < rows.length; i += INSERT_BATCH) {
		await db
			.insert(slots)
			.values(rows.slice(i, i + INSERT_BATCH))
			.onConflictDoNothing();
	}
	const lars = caseworkers.find((c) => c.subject === 'demo-lars');
	const [anna] = await db.select().from(users).where(eq(users.subject, 'demo-anna'));
	if (lars && anna) await seedAnnasMeetings(db, lars, anna.id, today);
	await seedFeedback(db, today);
	return rows.length + 1;
}

async function seedAnnasMeetings(
	db: Database,
	lars: { id: string; jobcenter: string | null },
	annaId: string,
	today: string
) {
	// The indkaldelse: the third working day ahead at 10:30, in a slot of lars's calendar.
	const summonsDay = workingDayAfter(today, 3);
	const summonsStart = localDateTimeToUtc(summonsDay, '10:30');
	const [summonsSlot] = await db
		.select({ id: slots.id, endsAt: slots.endsAt, location: slots.location })
		.from(slots)
		.where(and(eq(slots.caseworkerId, lars.id), eq(slots.startsAt, summonsStart)));
	if (summonsSlot) {
		await db.insert(meetings).values({
			id: crypto.randomUUID(),
			userId: annaId,
			caseworkerId: lars.id,
			slotId: summonsSlot.id,
			kind: 'summons',
			startsAt: summonsStart,
			endsAt: summonsSlot.endsAt,
			channel: 'in_person',
			topic: 'jobsøgning',
			note: '',
			location: summonsSlot.location,
			bring: 'Dit CV, din joblog og NemID/MitID. Har du fået et jobtilbud, så tag det med.',
			// She may move it herself until two days before (the letter says so).
			changeableUntil: new Date(changeableUntil(summonsStart.toISOString(), 48))
		});
	}
	// A meeting of hers yesterday (the last working day) that lars has not yet marked.
	const past = slotAt(lars, workingDayBefore(today), '13:15');
	await db.insert(slots).values(past).onConflictDoNothing();
	await db.insert(meetings).values({
		id: crypto.randomUUID(),
		userId: annaId,
		caseworkerId: lars.id,
		slotId: past.id,
		startsAt: past.startsAt,
		endsAt: past.endsAt,
		channel: 'phone',
		topic: 'uddannelse',
		note: 'Jeg vil gerne tale om et kursus i truckkørsel.',
		location: past.location,
		changeableUntil: new Date(changeableUntil(past.startsAt.toISOString()))
	});
}

async function seedFeedback(db: Database, today: string) {
	const lastMonth = addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7);
	const aarhus = [5, 4, 4, 5, 3, 4, 5].map((score) => ({
		municipalityCode: '751',
		month: lastMonth,
		score,
		comment: ''
	}));
	const odense = [4, 5, 2].map((score) => ({
		municipalityCode: '461',
		month: lastMonth,
		score,
		comment: ''
	}));
	await db.insert(meetingFeedback).values([...aarhus, ...odense]);
}
