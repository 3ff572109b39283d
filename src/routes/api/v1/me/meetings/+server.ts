import { meetings } from '$lib/domain/entities';
import { citizenMutation, citizenQuery } from '$lib/server/api-route';
import { bookMeeting, listMeetings } from '$lib/server/booking/meetings';
import { json } from '$lib/server/http';

export const GET = citizenQuery(meetings.operations.list, async ({ db, user }) =>
	json(
		{ items: await listMeetings(db, user.id) },
		{ headers: { 'cache-control': 'private, no-store' } }
	)
);

export const POST = citizenMutation(meetings.operations.book, async ({ db, user, body }) => {
	const { meeting, created } = await bookMeeting(db, user, body);
	return json(meeting, {
		status: created ? 201 : 200,
		headers: { location: `${meetings.path}/${meeting.id}` }
	});
});
