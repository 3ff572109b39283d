import { recordMeetingOutcome } from '$lib/domain/api/booking';
import { caseworkerMutation } from '$lib/server/api-route';
import { recordOutcome } from '$lib/server/booking/console';
import { json } from '$lib/server/http';

export const PATCH = caseworkerMutation(recordMeetingOutcome, async ({ db, user, params, body }) =>
	json(await recordOutcome(db, user, params.id!, body.status))
);
