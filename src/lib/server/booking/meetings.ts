/**
 * The citizen's meetings: book, rebook, cancel, the calendar file and "Følte du dig hjulpet?".
 * A booking is one INSERT the database may refuse (exclusion constraints: one active meeting per
 * slot, no overlapping time for a caseworker), in the citizen's change order (delta feed). The
 * refusal is caught and answered 409 with the nearest free slots — on PGlite, on PostgreSQL and
 * across app processes alike, since no check lives in application code alone.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import {
	changeableUntil,
	mayChangeItself,
	mayGiveFeedback,
	type BookingInput,
	type Channel,
	type Meeting
} from '../../domain/booking';
import { eventCalendar } from '../../domain/calendar';
import { meetings as meetingsEntity } from '../../domain/entities';
import { localDateOf } from '../../domain/local-time';
import { inChangeOrder } from '../change-order';
import type { Database } from '../db';
import { conversationRequests, meetingFeedback, meetings, users, type User } from '../db/schema';
import { HttpProblem } from '../http';
import { syncedTable } from '../synced-table';
import { isConflictError } from './constraint';
import { alternativesTo, bookableSlot, slotTaken } from './slots';

type Row = typeof meetings.$inferSelect;
const notFound = meetingsEntity.operations.reschedule.notFound;

interface CaseworkerInfo {
	name: string;
	jobcenter: string | null;
	municipalityCode: string | null;
}

export function toMeeting(row: Row, caseworker: CaseworkerInfo | undefined): Meeting {
	return {
		id: row.id,
		slotId: row.slotId,
		kind: row.kind,
		status: row.status,
		startsAt: row.startsAt.toISOString(),
		endsAt: row.endsAt.toISOString(),
		channel: row.channel,
		topic: row.topic as Meeting['topic'],
		note: row.note,
		location: row.channel === 'in_person' ? row.location : null,
		jobcenter: caseworker?.jobcenter ?? null,
		caseworkerName: caseworker?.name ?? '',
		bring: row.bring,
		changeableUntil: row.changeableUntil.toISOString(),
		sequence: row.sequence,
		cancelReason: row.cancelReason,
		cancelledBy: row.cancelledBy,
		feedbackGiven: row.feedbackGivenAt !== null,
		requestId: row.requestId,
		createdAt: row.createdAt.toISOString(),
		updatedAt: row.updatedAt.toISOString()
	};
}

/** The caseworkers of `rows`, read once for all. */
export async function caseworkersOf(db: Database, rows: Row[]) {
	const ids = [...new Set(rows.map((row) => row.caseworkerId))];
	if (ids.length === 0) return new Map<string, CaseworkerInfo>();
	const found = await db
		.select({
			id: users.id,
			name: users.name,
			jobcenter: users.jobcenter,
			municipalityCode: users.municipalityCode
		})
		.from(users)
		.where(inArray(users.id, ids));
	return new Map(found.map((user) => [user.id, user]));
}

export async function toMeetings(db: Database, rows: Row[]): Promise<Meeting[]> {
	const caseworkers = await caseworkersOf(db, rows);
	return rows.map((row) => toMeeting(row, caseworkers.get(row.caseworkerId)));
}

export const meetingsTable = syncedTable({
	definition: meetingsEntity,
	table: meetings,
	key: meetings.id,
	owner: meetings.userId,
	changeSeq: meetings.changeSeq,
	toData: toMeetings
});

/** Her meetings, upcoming and past, in time order. */
export async function listMeetings(db: Database, userId: string): Promise<Meeting[]> {
	const rows = await db
		.select()
		.from(meetings)
		.where(eq(meetings.userId, userId))
		.orderBy(asc(meetings.startsAt), asc(meetings.id))
		.limit(500);
	return toMeetings(db, rows);
}

async function ownMeeting(db: Database, userId: string, id: string): Promise<Row> {
	const [row] = await db
		.select()
		.from(meetings)
		.where(and(eq(meetings.userId, userId), eq(meetings.id, id)));
	// Another citizen's meeting answers exactly like a missing one.
	if (!row) throw new HttpProblem(404, { detail: notFound });
	return row;
}

export async function getMeeting(db: Database, userId: string, id: string): Promise<Meeting> {
	const [meeting] = await toMeetings(db, [await ownMeeting(db, userId, id)]);
	return meeting!;
}

function channelProblem(channel: Channel) {
	return new HttpProblem(422, {
		detail: 'Tiden kan ikke bruges til den valgte form for samtale.',
		errors: [{ field: 'channel', message: `Tiden tilbyder ikke ${channel}` }]
	});
}

function tooLate(row: Row): HttpProblem {
	const summons = row.kind === 'summons';
	return new HttpProblem(422, {
		type: '/api/v1/problems/too-late',
		title: 'Det er for sent at ændre samtalen her',
		detail: summons
			? 'Fristen for selv at flytte indkaldelsen er overskredet. Ring til dit jobcenter.'
			: 'Samtalen kan kun ændres her indtil 24 timer før. Ring til dit jobcenter.',
		changeableUntil: row.changeableUntil.toISOString()
	});
}

/** Runs a write that the database may refuse for the slot; the refusal becomes a 409 with alternatives. */
async function guardSlot<T>(
	db: Database,
	user: User,
	target: { startsAt: Date; channel?: Channel },
	now: Date,
	write: () => Promise<T>
): Promise<T> {
	try {
		return await write();
	} catch (error) {
		if (!isConflictError(error)) throw error;
		throw slotTaken(
			'Tiden blev taget af en anden lige før dig. Her er de nærmeste ledige tider.',
			await alternativesTo(db, user.municipalityCode, target.startsAt, {
				...target,
				now,
				preferCaseworker: user.caseworkerId
			})
		);
	}
}

/**
 * Books a slot. The same meeting id again (a retry after the idempotency record expired) answers
 * with the stored meeting. A slot that is gone, withdrawn or too close answers 409 with alternatives.
 */
export async function bookMeeting(
	db: Database,
	user: User,
	input: BookingInput,
	now = new Date()
): Promise<{ meeting: Meeting; created: boolean }> {
	const id = input.id ?? crypto.randomUUID();
	const [existing] = await db
		.select()
		.from(meetings)
		.where(and(eq(meetings.userId, user.id), eq(meetings.id, id)));
	if (existing) return { meeting: (await toMeetings(db, [existing]))[0]!, created: false };
	const found = await bookableSlot(db, input.slotId, user.municipalityCode);
	const lead = now.getTime() + 60 * 60_000;
	if (!found || found.slot.startsAt.getTime() < lead) {
		const target = found?.slot.startsAt ?? now;
		throw slotTaken(
			found
				? 'Tiden er for tæt på til at booke her. Her er de nærmeste ledige tider.'
				: 'Tiden findes ikke længere. Her er de nærmeste ledige tider.',
			await alternativesTo(db, user.municipalityCode, target, { channel: input.channel, now })
		);
	}
	const { slot } = found;
	if (!(slot.channels as string[]).includes(input.channel)) throw channelProblem(input.channel);
	const row = await guardSlot(
		db,
		user,
		{ startsAt: slot.startsAt, channel: input.channel },
		now,
		() =>
			inChangeOrder(db, user.id, async (tx) => {
				const [inserted] = await tx
					.insert(meetings)
					.values({
						id,
						userId: user.id,
						caseworkerId: slot.caseworkerId,
						slotId: slot.id,
						startsAt: slot.startsAt,
						endsAt: slot.endsAt,
						channel: input.channel,
						topic: input.topic,
						note: input.note,
						location: slot.location,
						changeableUntil: new Date(changeableUntil(slot.startsAt.toISOString())),
						requestId: input.requestId ?? null
					})
					.returning();
				if (input.requestId) await markRequest(tx, user.id, input.requestId, 'booked', id);
				return inserted!;
			})
	);
	return { meeting: (await toMeetings(db, [row]))[0]!, created: true };
}

/** Moves her conversation request along with its meeting (booked, or open again on a cancel). */
async function markRequest(
	tx: Database,
	userId: string,
	requestId: string,
	status: 'open' | 'booked',
	meetingId: string | null
) {
	await tx
		.update(conversationRequests)
		.set({ status, meetingId, updatedAt: new Date(), changeSeq: sql`nextval('change_seq')` })
		.where(and(eq(conversationRequests.userId, userId), eq(conversationRequests.id, requestId)));
}

/** Rebooks to another slot: the same meeting (id, calendar UID), SEQUENCE one higher. */
export async function rescheduleMeeting(
	db: Database,
	user: User,
	id: string,
	input: { slotId: string; channel?: Channel },
	now = new Date()
): Promise<Meeting> {
	const current = await ownMeeting(db, user.id, id);
	if (
		!mayChangeItself({ ...current, changeableUntil: current.changeableUntil.toISOString() }, now)
	) {
		if (current.status !== 'booked') {
			throw new HttpProblem(409, {
				detail: 'Samtalen er aflyst eller afholdt og kan ikke flyttes.'
			});
		}
		throw tooLate(current);
	}
	const channel = input.channel ?? current.channel;
	if (input.slotId === current.slotId && channel === current.channel) {
		return (await toMeetings(db, [current]))[0]!;
	}
	const found = await bookableSlot(db, input.slotId, user.municipalityCode);
	if (!found || found.slot.startsAt.getTime() < now.getTime() + 60 * 60_000) {
		throw slotTaken(
			'Tiden findes ikke længere. Her er de nærmeste ledige tider.',
			await alternativesTo(db, user.municipalityCode, found?.slot.startsAt ?? current.startsAt, {
				channel,
				now
			})
		);
	}
	const { slot } = found;
	if (!(slot.channels as string[]).includes(channel)) throw channelProblem(channel);
	const row = await guardSlot(db, user, { startsAt: slot.startsAt, channel }, now, () =>
		inChangeOrder(db, user.id, async (tx) => {
			const [updated] = await tx
				.update(meetings)
				.set({
					slotId: slot.id,
					caseworkerId: slot.caseworkerId,
					startsAt: slot.startsAt,
					endsAt: slot.endsAt,
					channel,
					location: slot.location,
					// An indkaldelse keeps the jobcentre's limit; her own booking gets 24 hours before.
					...(current.kind === 'booked'
						? { changeableUntil: new Date(changeableUntil(slot.startsAt.toISOString())) }
						: {}),
					sequence: sql`${meetings.sequence} + 1`,
					updatedAt: new Date(),
					changeSeq: sql`nextval('change_seq')`
				})
				.where(
					and(eq(meetings.userId, user.id), eq(meetings.id, id), eq(meetings.status, 'booked'))
				)
				.returning();
			return updated;
		})
	);
	if (!row) throw new HttpProblem(409, { detail: 'Samtalen er ændret imens. Prøv igen.' });
	return (await toMeetings(db, [row]))[0]!;
}

/** Cancels her own booking with a reason; the slot is free again at once. */
export async function cancelMeeting(
	db: Database,
	user: User,
	id: string,
	reason: string,
	now = new Date()
): Promise<Meeting> {
	const current = await ownMeeting(db, user.id, id);
	if (current.status === 'cancelled') return (await toMeetings(db, [current]))[0]!;
	if (current.status !== 'booked') {
		throw new HttpProblem(409, { detail: 'Samtalen er afholdt og kan ikke aflyses.' });
	}
	if (current.kind === 'summons') {
		throw new HttpProblem(422, {
			type: '/api/v1/problems/summons',
			detail:
				'En indkaldelse kan ikke aflyses her. Flyt den til en anden tid, eller ring til dit jobcenter.'
		});
	}
	if (
		!mayChangeItself({ ...current, changeableUntil: current.changeableUntil.toISOString() }, now)
	) {
		throw tooLate(current);
	}
	const row = await inChangeOrder(db, user.id, async (tx) => {
		const [updated] = await tx
			.update(meetings)
			.set({
				status: 'cancelled',
				cancelReason: reason,
				cancelledBy: 'citizen',
				cancelledAt: now,
				sequence: sql`${meetings.sequence} + 1`,
				updatedAt: new Date(),
				changeSeq: sql`nextval('change_seq')`
			})
			.where(and(eq(meetings.userId, user.id), eq(meetings.id, id), eq(meetings.status, 'booked')))
			.returning();
		if (updated?.requestId) await markRequest(tx, user.id, updated.requestId, 'open', null);
		return updated;
	});
	if (!row) throw new HttpProblem(409, { detail: 'Samtalen er ændret imens. Prøv igen.' });
	return (await toMeetings(db, [row]))[0]!;
}

const channelWords: Record<Channel, string> = {
	in_person: 'fremmøde',
	phone: 'telefon',
	video: 'video'
};

/** The meeting as an iCalendar file (domain/calendar): PUBLISH, or CANCEL once cancelled. */
export function meetingCalendar(meeting: Meeting): string {
	const where = meeting.jobcenter ?? 'jobcentret';
	const lines = [
		`Emne: ${meeting.topic}`,
		`Form: ${channelWords[meeting.channel]}`,
		meeting.bring ? `Medbring: ${meeting.bring}` : null
	].filter((line): line is string => line !== null);
	return eventCalendar({
		uid: `${meeting.id}@virtuelt-jobunivers`,
		sequence: meeting.sequence,
		time: {
			kind: 'instant',
			start: meeting.startsAt,
			minutes: Math.round(
				(new Date(meeting.endsAt).getTime() - new Date(meeting.startsAt).getTime()) / 60_000
			)
		},
		summary: `Samtale med ${where}`,
		description: lines.join('\n'),
		location: meeting.location ?? (meeting.channel === 'phone' ? 'Telefon' : 'Video'),
		cancelled: meeting.status === 'cancelled',
		remindMinutesBefore: 24 * 60
	});
}

/**
 * Stores "Følte du dig hjulpet?" once, after a held meeting. The answer is kept apart from her (per
 * jobcentre and month only); the meeting only remembers that she answered.
 */
export async function giveFeedback(
	db: Database,
	user: User,
	id: string,
	input: { score: number; comment: string }
): Promise<void> {
	const current = await ownMeeting(db, user.id, id);
	if (
		!mayGiveFeedback({ status: current.status, feedbackGiven: current.feedbackGivenAt !== null })
	) {
		throw new HttpProblem(409, {
			detail:
				current.feedbackGivenAt !== null
					? 'Du har allerede svaret. Tak!'
					: 'Du kan svare, når samtalen er afholdt.'
		});
	}
	const [caseworker] = await db
		.select({ municipalityCode: users.municipalityCode })
		.from(users)
		.where(eq(users.id, current.caseworkerId));
	await inChangeOrder(db, user.id, async (tx) => {
		const [marked] = await tx
			.update(meetings)
			.set({
				feedbackGivenAt: new Date(),
				updatedAt: new Date(),
				changeSeq: sql`nextval('change_seq')`
			})
			.where(
				and(
					eq(meetings.userId, user.id),
					eq(meetings.id, id),
					sql`${meetings.feedbackGivenAt} is null`
				)
			)
			.returning({ id: meetings.id });
		if (!marked) throw new HttpProblem(409, { detail: 'Du har allerede svaret. Tak!' });
		await tx.insert(meetingFeedback).values({
			municipalityCode: caseworker?.municipalityCode ?? '',
			month: localDateOf(current.startsAt).slice(0, 7),
			score: input.score,
			comment: input.comment
		});
	});
}
