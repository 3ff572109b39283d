import { meetings } from '$lib/domain/entities';
import { citizenMutation } from '$lib/server/api-route';
import { cancelMeeting } from '$lib/server/booking/meetings';
import { json } from '$lib/server/http';

export const POST = citizenMutation(
	meetings.operations.cancel,
	async ({ db, user, params, body }) => json(await cancelMeeting(db, user, params.id!, body.reason))
);
