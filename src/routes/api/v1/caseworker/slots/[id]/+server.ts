import { withdrawSlot } from '$lib/domain/api/booking';
import { caseworkerMutation } from '$lib/server/api-route';
import { withdrawSlot as withdraw } from '$lib/server/booking/console';
import { json } from '$lib/server/http';

export const DELETE = caseworkerMutation(withdrawSlot, async ({ db, user, params }) =>
	json(await withdraw(db, user, params.id!))
);
