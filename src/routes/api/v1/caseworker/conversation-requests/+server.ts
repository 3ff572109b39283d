import { caseworkerRequests } from '$lib/domain/api/booking';
import { caseworkerQuery } from '$lib/server/api-route';
import { openRequests } from '$lib/server/booking/console';
import { json } from '$lib/server/http';

export const GET = caseworkerQuery(caseworkerRequests, async ({ db, user }) =>
	json(
		{ items: await openRequests(db, user) },
		{ headers: { 'cache-control': 'private, no-store' } }
	)
);
