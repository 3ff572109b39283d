import { meetings } from '$lib/domain/entities';
import { citizenMutation } from '$lib/server/api-route';
import { rescheduleMeeting } from '$lib/server/booking/meetings';
import { json } from '$lib/server/http';

export const POST = citizenMutation(
	meetings.operations.reschedule,
	async ({ db, user, params, body }) => json(await rescheduleMeeting(db, user, params.id!, body))
);
