import { caseworkerMeetings } from '$lib/domain/api/booking';
import { meetingDayQuerySchema } from '$lib/domain/booking/console';
import { todayLocal } from '$lib/domain/local-time';
import { caseworkerQuery } from '$lib/server/api-route';
import { meetingsOfDay } from '$lib/server/booking/console';
import { json, parseOrThrow } from '$lib/server/http';

export const GET = caseworkerQuery(caseworkerMeetings, async ({ db, user, event }) => {
	const query = parseOrThrow(meetingDayQuerySchema, Object.fromEntries(event.url.searchParams));
	return json(
		{ items: await meetingsOfDay(db, user, query.date ?? todayLocal()) },
		{ headers: { 'cache-control': 'private, no-store' } }
	);
});
