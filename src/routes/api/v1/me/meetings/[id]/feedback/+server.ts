import { meetings } from '$lib/domain/entities';
import { citizenMutation } from '$lib/server/api-route';
import { giveFeedback } from '$lib/server/booking/meetings';
import { json } from '$lib/server/http';

export const POST = citizenMutation(
	meetings.operations.feedback,
	async ({ db, user, params, body }) => {
		await giveFeedback(db, user, params.id!, body);
		return json({ meetingId: params.id!, received: true }, { status: 201 });
	}
);
