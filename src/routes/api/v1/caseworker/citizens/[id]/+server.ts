import { caseworkerCitizen } from '$lib/domain/api/booking';
import { caseworkerQuery } from '$lib/server/api-route';
import { citizenForCaseworker } from '$lib/server/booking/console';
import { json } from '$lib/server/http';

/** Only through the access policy's relation (a meeting, an open request, assigned): else 404. */
export const GET = caseworkerQuery(caseworkerCitizen, async ({ db, user, params }) =>
	json(await citizenForCaseworker(db, user, params.id!, caseworkerCitizen.notFound), {
		headers: { 'cache-control': 'private, no-store' }
	})
);
