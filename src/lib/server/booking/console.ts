/**
 * The caseworker console's reads and the meeting outcome. A citizen is read only through the access
 * policy's relation (server/access/policy.ts `mayReadCitizen`), gathered here from the database.
 */
import { and, asc, eq, gte, isNull, lt, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { isOverdue, FEEDBACK_MIN_ANSWERS, feedbackSummary } from '../../domain/booking';
import type {
	CaseworkerCitizen,
	CaseworkerMeeting,
	CaseworkerRequest,
	FeedbackReport
} from '../../domain/booking/console';
import { collectFacts } from '../../domain/duties/collect';
import { recordMeetingOutcome, withdrawSlot as withdrawOperation } from '../../domain/api/booking';
import { localDateOf } from '../../domain/local-time';
import { municipalityByCode } from '../../domain/taxonomy/municipalities';
import { mayReadCitizen, type Relation } from '../access/policy';
import { enforce } from '../access/problems';
import { actorOf } from '../api-route';
import { inChangeOrder } from '../change-order';
import type { Database } from '../db';
import {
	conversationRequests,
	joblogEntries,
	meetingFeedback,
	meetings,
	slots,
	users,
	type User
} from '../db/schema';
import { HttpProblem } from '../http';
import { getCv } from '../cv';
import { getSickLeave } from '../sick-leave';
import { listSickLeaveReports } from '../sick-leave-reports';
import { toMeeting, toMeetings } from './meetings';
import { toRequests } from './requests';
import { windowOf } from './slots';

const citizen = alias(users, 'citizen');

/** The caseworker's meetings on one local day, in time order, with the citizen's name. */
export async function meetingsOfDay(
	db: Database,
	caseworker: User,
	date: string
): Promise<CaseworkerMeeting[]> {
	const window = windowOf(date, date, 1, new Date(), { from: 'date', to: 'date' });
	const rows = await db
		.select({ meeting: meetings, name: citizen.name })
		.from(meetings)
		.innerJoin(citizen, eq(citizen.id, meetings.userId))
		.where(
			and(
				eq(meetings.caseworkerId, caseworker.id),
				gte(meetings.startsAt, window.from),
				lt(meetings.startsAt, window.to)
			)
		)
		.orderBy(asc(meetings.startsAt));
	return rows.map(({ meeting, name }) => ({
		...toMeeting(meeting, caseworker),
		citizen: { id: meeting.userId, name }
	}));
}

/** Held or no-show, by the caseworker whose meeting it is, once it has begun. */
export async function recordOutcome(
	db: Database,
	caseworker: User,
	id: string,
	status: 'held' | 'no_show',
	now = new Date()
): Promise<CaseworkerMeeting> {
	const [current] = await db
		.select({ meeting: meetings, name: citizen.name })
		.from(meetings)
		.innerJoin(citizen, eq(citizen.id, meetings.userId))
		.where(and(eq(meetings.id, id), eq(meetings.caseworkerId, caseworker.id)));
	if (!current) throw new HttpProblem(404, { detail: recordMeetingOutcome.notFound });
	const { meeting } = current;
	if (meeting.status === 'cancelled') {
		throw new HttpProblem(409, { detail: 'Samtalen er aflyst.' });
	}
	if (meeting.startsAt > now) {
		throw new HttpProblem(409, {
			detail: 'Samtalen er ikke begyndt endnu.',
			errors: [{ field: 'status', message: 'Kan først markeres, når samtalen er begyndt' }]
		});
	}
	const [row] = await inChangeOrder(db, meeting.userId, (tx) =>
		tx
			.update(meetings)
			.set({ status, updatedAt: new Date(), changeSeq: sql`nextval('change_seq')` })
			.where(and(eq(meetings.userId, meeting.userId), eq(meetings.id, id)))
			.returning()
	);
	return { ...toMeeting(row!, caseworker), citizen: { id: meeting.userId, name: current.name } };
}

/**
 * Withdraws one of the caseworker's slots. A meeting booked in it is cancelled by the jobcentre
 * (SEQUENCE + 1, so her calendar drops it) in her change order, so her phone learns of it.
 */
export async function withdrawSlot(
	db: Database,
	caseworker: User,
	slotId: string,
	now = new Date()
): Promise<{ slotId: string; cancelledMeetingId: string | null }> {
	return db.transaction(async (outer) => {
		const tx = outer as unknown as Database;
		const [slot] = await tx
			.update(slots)
			.set({ withdrawnAt: now })
			.where(
				and(eq(slots.id, slotId), eq(slots.caseworkerId, caseworker.id), isNull(slots.withdrawnAt))
			)
			.returning({ id: slots.id });
		if (!slot) throw new HttpProblem(404, { detail: withdrawOperation.notFound });
		const [booked] = await tx
			.select({ userId: meetings.userId, id: meetings.id, requestId: meetings.requestId })
			.from(meetings)
			.where(and(eq(meetings.slotId, slotId), eq(meetings.status, 'booked')));
		if (!booked) return { slotId, cancelledMeetingId: null };
		await inChangeOrder(tx, booked.userId, async (inner) => {
			await inner
				.update(meetings)
				.set({
					status: 'cancelled',
					cancelledBy: 'jobcenter',
					cancelReason: 'Jobcentret har aflyst tiden. Vælg en ny tid.',
					cancelledAt: now,
					sequence: sql`${meetings.sequence} + 1`,
					updatedAt: new Date(),
					changeSeq: sql`nextval('change_seq')`
				})
				.where(and(eq(meetings.userId, booked.userId), eq(meetings.id, booked.id)));
			if (booked.requestId) {
				await inner
					.update(conversationRequests)
					.set({
						status: 'open',
						meetingId: null,
						updatedAt: new Date(),
						changeSeq: sql`nextval('change_seq')`
					})
					.where(
						and(
							eq(conversationRequests.userId, booked.userId),
							eq(conversationRequests.id, booked.requestId)
						)
					);
			}
		});
		return { slotId, cancelledMeetingId: booked.id };
	});
}

/** Open requests at the caseworker's jobcentre, earliest deadline (so the overdue) first. */
export async function openRequests(
	db: Database,
	caseworker: User,
	now = new Date()
): Promise<CaseworkerRequest[]> {
	if (!caseworker.municipalityCode) return [];
	const rows = await db
		.select({ request: conversationRequests, name: citizen.name })
		.from(conversationRequests)
		.innerJoin(citizen, eq(citizen.id, conversationRequests.userId))
		.where(
			and(
				eq(conversationRequests.municipalityCode, caseworker.municipalityCode),
				eq(conversationRequests.status, 'open')
			)
		)
		.orderBy(asc(conversationRequests.deadline), asc(conversationRequests.requestedAt))
		.limit(500);
	const requests = await toRequests(
		db,
		rows.map((row) => row.request)
	);
	const today = localDateOf(now);
	return requests.map((request, index) => ({
		...request,
		citizen: { id: rows[index]!.request.userId, name: rows[index]!.name },
		overdue: isOverdue(request.deadline, today)
	}));
}

/** What ties this caseworker to the citizen, for the access policy. */
async function relationTo(db: Database, caseworker: User, target: User): Promise<Relation> {
	const yearAgo = new Date(Date.now() - 365 * 24 * 3_600_000);
	const [meeting] = await db
		.select({ id: meetings.id })
		.from(meetings)
		.where(
			and(
				eq(meetings.userId, target.id),
				eq(meetings.caseworkerId, caseworker.id),
				gte(meetings.startsAt, yearAgo)
			)
		)
		.limit(1);
	const [request] = caseworker.municipalityCode
		? await db
				.select({ id: conversationRequests.id })
				.from(conversationRequests)
				.where(
					and(
						eq(conversationRequests.userId, target.id),
						eq(conversationRequests.status, 'open'),
						eq(conversationRequests.municipalityCode, caseworker.municipalityCode)
					)
				)
				.limit(1)
		: [];
	return {
		assignedCaseworker: target.caseworkerId === caseworker.id,
		meetingWithCaseworker: meeting !== undefined,
		openRequestAtJobcenter: request !== undefined
	};
}

/**
 * A citizen as the caseworker may see her: only with a relation (else 404, as if she did not exist).
 * A small composed answer; the CV and sick-leave reports are added by their features.
 */
export async function citizenForCaseworker(
	db: Database,
	caseworker: User,
	citizenId: string,
	notFound: string,
	now = new Date()
): Promise<CaseworkerCitizen> {
	const [target] = await db
		.select()
		.from(users)
		.where(and(eq(users.id, citizenId), eq(users.role, 'citizen')));
	if (!target) throw new HttpProblem(404, { detail: notFound });
	enforce(mayReadCitizen(actorOf(caseworker), await relationTo(db, caseworker, target)), notFound);
	const municipality = target.municipalityCode
		? municipalityByCode(target.municipalityCode)
		: undefined;
	const [sickLeave, cv, reports, applications] = await Promise.all([
		getSickLeave(db, target.id),
		getCv(db, target.id),
		listSickLeaveReports(db, target.id),
		db
			.select({ appliedOn: joblogEntries.appliedOn })
			.from(joblogEntries)
			.where(eq(joblogEntries.userId, target.id))
	]);
	const meetingRows = await db
		.select()
		.from(meetings)
		.where(eq(meetings.userId, target.id))
		.orderBy(asc(meetings.startsAt))
		.limit(200);
	const requestRows = await db
		.select()
		.from(conversationRequests)
		.where(
			and(eq(conversationRequests.userId, target.id), eq(conversationRequests.status, 'open'))
		);
	const citizenMeetings = await toMeetings(db, meetingRows);
	const openRequests = await toRequests(db, requestRows);
	return {
		profile: {
			id: target.id,
			name: target.name,
			birthDate: target.birthDate,
			municipality: municipality ? { code: municipality.code, name: municipality.name } : null,
			benefitType: target.benefitType,
			targetGroup: target.targetGroup
		},
		sickLeave:
			sickLeave.version > 0
				? {
						document: sickLeave.document as Record<string, unknown>,
						updatedAt: sickLeave.updatedAt?.toISOString() ?? null
					}
				: null,
		meetings: citizenMeetings,
		openRequests,
		cv:
			cv.version > 0
				? { document: cv.document, updatedAt: cv.updatedAt?.toISOString() ?? null }
				: null,
		reports,
		// The same facts her phone collects (client/citizen-facts.ts), from the database instead.
		facts: collectFacts(
			{
				profile: target,
				applications,
				cv: cv.document,
				meetings: citizenMeetings,
				requests: openRequests,
				sickLeave: sickLeave.version > 0 ? sickLeave.document : null
			},
			now
		)
	};
}

/** "Følte du dig hjulpet?" per jobcentre in a month: no figure under FEEDBACK_MIN_ANSWERS answers. */
export async function feedbackReport(db: Database, month: string): Promise<FeedbackReport> {
	const jobcenters = await db
		.selectDistinct({ code: users.municipalityCode, name: users.jobcenter })
		.from(users)
		.where(and(eq(users.role, 'caseworker'), ne(users.jobcenter, '')))
		.orderBy(asc(users.jobcenter));
	// Counted in the database: the answers themselves never leave it.
	const counts = await db
		.select({
			code: meetingFeedback.municipalityCode,
			count: sql<number>`count(*)::int`,
			sum: sql<number>`sum(${meetingFeedback.score})::int`
		})
		.from(meetingFeedback)
		.where(eq(meetingFeedback.month, month))
		.groupBy(meetingFeedback.municipalityCode);
	return {
		month,
		minimumAnswers: FEEDBACK_MIN_ANSWERS,
		items: jobcenters
			.filter((jobcenter) => jobcenter.code !== null && jobcenter.name !== null)
			.map((jobcenter) => {
				const row = counts.find((count) => count.code === jobcenter.code);
				const summary = feedbackSummary(row?.count ?? 0, row?.sum ?? 0);
				return {
					jobcenter: jobcenter.name!,
					count: summary?.count ?? null,
					average: summary?.average ?? null
				};
			})
	};
}
