/**
 * Slots on the server: the free slots of a citizen's jobcentre, the nearest alternatives when the
 * one she chose is gone, and the caseworker's publishing and withdrawing. Whether two things may
 * hold the same time is the database's decision (exclusion constraints); this module asks and words
 * the answer.
 */
import { and, asc, eq, gte, isNull, lt, ne, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
	BOOKING_LEAD_MINUTES,
	nearestSlots,
	slotProblems,
	slotSpan,
	type Channel,
	type Slot
} from '../../domain/booking';
import type { CaseworkerSlot } from '../../domain/booking/console';
import { addDays, localDateOf, localDateTimeToUtc } from '../../domain/local-time';
import type { Database } from '../db';
import { meetings, slots, users, type User } from '../db/schema';
import { HttpProblem, validationProblem } from '../http';
import { isConflictError } from './constraint';
import { jobcenterAddress } from './jobcenters';

/** The longest window one list answers, in days: a month. */
export const MAX_WINDOW_DAYS = 31;
/** How many free slots a 409 offers instead. */
export const ALTERNATIVE_COUNT = 5;

type SlotRow = typeof slots.$inferSelect;

export function toSlot(row: SlotRow, jobcenter: string | null): Slot {
	return {
		id: row.id,
		startsAt: row.startsAt.toISOString(),
		endsAt: row.endsAt.toISOString(),
		minutes: Math.round((row.endsAt.getTime() - row.startsAt.getTime()) / 60_000),
		channels: row.channels as Channel[],
		location: row.location,
		jobcenter
	};
}

/** A local-date window `[from, to]` as UTC instants; 400 naming the field when it is wrong. */
export function windowOf(
	from: string | undefined,
	to: string | undefined,
	defaultDays: number,
	now: Date,
	/** The query's names for the two ends, so a problem names the field she sent. */
	fields = { from: 'from', to: 'to' }
): { from: Date; to: Date } {
	const first = from ?? localDateOf(now);
	// Year 9999 plus a few days is past what dates (and local-time.ts) can name.
	if (first > '9900-01-01')
		throw validationProblem([
			{ field: fields.from, message: 'Dagen er for langt ude i fremtiden' }
		]);
	const last = to ?? addDays(first, defaultDays - 1);
	if (last < first) {
		throw validationProblem([
			{ field: fields.to, message: 'Skal være samme dag som from eller senere' }
		]);
	}
	if (last > addDays(first, MAX_WINDOW_DAYS - 1)) {
		throw validationProblem([
			{ field: fields.to, message: `Højst ${MAX_WINDOW_DAYS} dage ad gangen` }
		]);
	}
	return {
		from: localDateTimeToUtc(first, '00:00'),
		to: localDateTimeToUtc(addDays(last, 1), '00:00')
	};
}

/** No active (not cancelled) meeting holds the slot. */
const unbooked = sql`not exists (select 1 from ${meetings} where ${meetings.slotId} = ${slots.id} and ${meetings.status} <> 'cancelled')`;

const caseworker = alias(users, 'caseworker');

/**
 * Free slots of the jobcentre of `municipalityCode`, earliest first: published, not withdrawn, not
 * booked, starting at least BOOKING_LEAD_MINUTES from now, offering the channel if one is asked.
 * One slot per start time: she books a time at her jobcentre, not a caseworker, and a large
 * jobcentre has dozens of caseworkers free at 09:00. Her own caseworker's slot is the one offered
 * when it is free (`preferCaseworker`).
 */
export async function findFreeSlots(
	db: Database,
	municipalityCode: string | null,
	options: {
		from: Date;
		to: Date;
		channel?: Channel;
		now: Date;
		limit?: number;
		preferCaseworker?: string | null;
	}
): Promise<Slot[]> {
	if (!municipalityCode) return [];
	const earliest = new Date(options.now.getTime() + BOOKING_LEAD_MINUTES * 60_000);
	const conditions: SQL[] = [
		eq(caseworker.municipalityCode, municipalityCode),
		eq(caseworker.role, 'caseworker'),
		isNull(slots.withdrawnAt),
		gte(slots.startsAt, earliest > options.from ? earliest : options.from),
		lt(slots.startsAt, options.to),
		unbooked
	];
	if (options.channel) conditions.push(sql`${options.channel} = any(${slots.channels})`);
	const order: SQL[] = [asc(slots.startsAt)];
	if (options.preferCaseworker) {
		order.push(sql`(${slots.caseworkerId} = ${options.preferCaseworker}) desc`);
	}
	order.push(asc(slots.id));
	const rows = await db
		.selectDistinctOn([slots.startsAt], { slot: slots, jobcenter: caseworker.jobcenter })
		.from(slots)
		.innerJoin(caseworker, eq(caseworker.id, slots.caseworkerId))
		.where(and(...conditions))
		.orderBy(...order)
		.limit(options.limit ?? 1000);
	return rows.map((row) => toSlot(row.slot, row.jobcenter));
}

/** The free slots nearest in time to `target` (the one she lost), within two weeks either side. */
export async function alternativesTo(
	db: Database,
	municipalityCode: string | null,
	target: Date,
	options: { channel?: Channel; now: Date; preferCaseworker?: string | null }
): Promise<Slot[]> {
	const span = 14 * 24 * 3_600_000;
	const candidates = await findFreeSlots(db, municipalityCode, {
		from: new Date(Math.max(target.getTime() - span, options.now.getTime())),
		to: new Date(target.getTime() + span),
		channel: options.channel,
		now: options.now,
		preferCaseworker: options.preferCaseworker,
		limit: 500
	});
	return nearestSlots(candidates, target.toISOString(), ALTERNATIVE_COUNT);
}

/** The 409 of a slot she cannot have, with what she can take instead. */
export function slotTaken(detail: string, alternatives: Slot[]): HttpProblem {
	return new HttpProblem(409, {
		type: '/api/v1/problems/slot-taken',
		title: 'Tiden er ikke længere ledig',
		detail,
		alternatives
	});
}

/** A slot she may book: published at her jobcentre and not withdrawn. Undefined otherwise. */
export async function bookableSlot(db: Database, slotId: string, municipalityCode: string | null) {
	if (!municipalityCode) return undefined;
	const [row] = await db
		.select({ slot: slots, jobcenter: caseworker.jobcenter })
		.from(slots)
		.innerJoin(caseworker, eq(caseworker.id, slots.caseworkerId))
		.where(
			and(
				eq(slots.id, slotId),
				isNull(slots.withdrawnAt),
				eq(caseworker.municipalityCode, municipalityCode)
			)
		);
	return row;
}

/** The caseworker's own slots in a window, each with the active meeting in it and her name. */
export async function caseworkerSlots(
	db: Database,
	caseworkerUser: User,
	window: { from: Date; to: Date }
): Promise<CaseworkerSlot[]> {
	const citizen = alias(users, 'citizen');
	const rows = await db
		.select({ slot: slots, meeting: meetings, citizenName: citizen.name })
		.from(slots)
		.leftJoin(meetings, and(eq(meetings.slotId, slots.id), ne(meetings.status, 'cancelled')))
		.leftJoin(citizen, eq(citizen.id, meetings.userId))
		.where(
			and(
				eq(slots.caseworkerId, caseworkerUser.id),
				isNull(slots.withdrawnAt),
				gte(slots.startsAt, window.from),
				lt(slots.startsAt, window.to)
			)
		)
		.orderBy(asc(slots.startsAt));
	return rows.map(({ slot, meeting, citizenName }) => ({
		...toSlot(slot, caseworkerUser.jobcenter),
		withdrawn: false,
		meeting: meeting
			? {
					id: meeting.id,
					citizen: { id: meeting.userId, name: citizenName ?? '' },
					topic: meeting.topic,
					channel: meeting.channel,
					status: meeting.status
				}
			: null
	}));
}

export interface PublishInput {
	date: string;
	time: string;
	minutes: number;
	channels: Channel[];
	location?: string;
}

/**
 * Publishes a slot: the domain's rules first (a 400 naming the field), then the database's (an
 * overlap with another of the caseworker's slots: 409).
 */
export async function publishSlot(
	db: Database,
	caseworkerUser: User,
	input: PublishInput,
	now: Date
): Promise<CaseworkerSlot> {
	const problems = slotProblems(input, now);
	if (problems.length > 0) throw validationProblem(problems);
	const span = slotSpan(input);
	try {
		const [row] = await db.transaction(async (tx) =>
			tx
				.insert(slots)
				.values({
					caseworkerId: caseworkerUser.id,
					startsAt: new Date(span.startsAt),
					endsAt: new Date(span.endsAt),
					channels: input.channels,
					location: input.location ?? jobcenterAddress(caseworkerUser.jobcenter)
				})
				.returning()
		);
		return { ...toSlot(row!, caseworkerUser.jobcenter), withdrawn: false, meeting: null };
	} catch (error) {
		if (!isConflictError(error)) throw error;
		throw new HttpProblem(409, {
			type: '/api/v1/problems/slot-overlap',
			title: 'Tiden overlapper',
			detail: 'Du har allerede en tid, der overlapper denne.',
			errors: [{ field: 'time', message: 'Overlapper en af dine andre tider' }]
		});
	}
}
