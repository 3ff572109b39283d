/**
 * "Jeg ønsker en samtale": her conversation requests and their deadlines (domain/booking/deadline).
 * The jobcentre of her municipality must answer it; the caseworker console lists them by deadline.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import {
	conversationDeadline,
	type ConversationRequest,
	type ConversationRequestInput
} from '../../domain/booking';
import { conversationRequests as requestsEntity } from '../../domain/entities';
import { inChangeOrder } from '../change-order';
import type { Database } from '../db';
import { conversationRequests, users, type User } from '../db/schema';
import { syncedTable } from '../synced-table';

type Row = typeof conversationRequests.$inferSelect;

/** The jobcentre names of municipalities, from their caseworkers (one query for many rows). */
async function jobcentersOf(db: Database, rows: Row[]): Promise<Map<string, string>> {
	const codes = [...new Set(rows.map((row) => row.municipalityCode).filter((c) => c !== null))];
	if (codes.length === 0) return new Map();
	const found = await db
		.selectDistinct({ code: users.municipalityCode, jobcenter: users.jobcenter })
		.from(users)
		.where(eq(users.role, 'caseworker'));
	return new Map(
		found
			.filter((row) => row.code !== null && row.jobcenter !== null)
			.map((row) => [row.code!, row.jobcenter!])
	);
}

export function toRequest(row: Row, jobcenter: string | null): ConversationRequest {
	return {
		id: row.id,
		kind: row.kind,
		topic: row.topic as ConversationRequest['topic'],
		channel: row.channel,
		note: row.note,
		requestedAt: row.requestedAt.toISOString(),
		deadline: row.deadline,
		status: row.status,
		meetingId: row.meetingId,
		jobcenter
	};
}

export async function toRequests(db: Database, rows: Row[]): Promise<ConversationRequest[]> {
	const jobcenters = await jobcentersOf(db, rows);
	return rows.map((row) => toRequest(row, jobcenters.get(row.municipalityCode ?? '') ?? null));
}

export const conversationRequestsTable = syncedTable({
	definition: requestsEntity,
	table: conversationRequests,
	key: conversationRequests.id,
	owner: conversationRequests.userId,
	changeSeq: conversationRequests.changeSeq,
	toData: toRequests
});

export async function listRequests(db: Database, userId: string): Promise<ConversationRequest[]> {
	const rows = await db
		.select()
		.from(conversationRequests)
		.where(eq(conversationRequests.userId, userId))
		.orderBy(desc(conversationRequests.requestedAt))
		.limit(200);
	return toRequests(db, rows);
}

/**
 * Registers her request with its deadline. An open request of the same kind is answered instead of
 * a second one (one wish, one deadline); the same id again is a retry and answers the stored one.
 */
export async function createRequest(
	db: Database,
	user: User,
	input: ConversationRequestInput,
	now = new Date()
): Promise<{ request: ConversationRequest; created: boolean }> {
	return inChangeOrder(db, user.id, (tx) => createRequestIn(tx, user, input, now));
}

/**
 * `createRequest` inside a transaction that already holds her change lock (`inChangeOrder`): for a
 * write that registers a request as part of something else, such as the sick-leave fast track.
 */
export async function createRequestIn(
	tx: Database,
	user: User,
	input: ConversationRequestInput,
	now = new Date()
): Promise<{ request: ConversationRequest; created: boolean }> {
	const id = input.id ?? crypto.randomUUID();
	const [same] = await tx
		.select()
		.from(conversationRequests)
		.where(and(eq(conversationRequests.userId, user.id), eq(conversationRequests.id, id)));
	const [open] = same
		? [same]
		: await tx
				.select()
				.from(conversationRequests)
				.where(
					and(
						eq(conversationRequests.userId, user.id),
						eq(conversationRequests.kind, input.kind),
						eq(conversationRequests.status, 'open')
					)
				);
	if (open) return { request: (await toRequests(tx, [open]))[0]!, created: false };
	const [row] = await tx
		.insert(conversationRequests)
		.values({
			id,
			userId: user.id,
			kind: input.kind,
			topic: input.topic,
			channel: input.channel ?? null,
			note: input.note,
			municipalityCode: user.municipalityCode,
			requestedAt: now,
			deadline: conversationDeadline(now, input.kind)
		})
		.returning();
	return { request: (await toRequests(tx, [row!]))[0]!, created: true };
}

/**
 * Closes her open request `id` (nothing when it is booked, closed or not hers), in a transaction
 * holding her change lock: a fast-track report she withdraws takes the request it made with it.
 */
export async function closeOpenRequestIn(tx: Database, userId: string, id: string): Promise<void> {
	await tx
		.update(conversationRequests)
		.set({ status: 'closed', updatedAt: new Date(), changeSeq: sql`nextval('change_seq')` })
		.where(
			and(
				eq(conversationRequests.userId, userId),
				eq(conversationRequests.id, id),
				eq(conversationRequests.status, 'open')
			)
		);
}
