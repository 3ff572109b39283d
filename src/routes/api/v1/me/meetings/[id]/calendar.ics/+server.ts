import { CALENDAR_CONTENT_TYPE } from '$lib/domain/calendar';
import { meetings } from '$lib/domain/entities';
import { citizenQuery } from '$lib/server/api-route';
import { getMeeting, meetingCalendar } from '$lib/server/booking/meetings';

/** Her meeting as a calendar file: personal, so never cached anywhere (`no-store`). */
export const GET = citizenQuery(meetings.operations.calendar, async ({ db, user, params }) => {
	const meeting = await getMeeting(db, user.id, params.id!);
	return new Response(meetingCalendar(meeting), {
		headers: {
			'content-type': CALENDAR_CONTENT_TYPE,
			'content-disposition': 'attachment; filename="samtale.ics"',
			'cache-control': 'no-store'
		}
	});
});
