import { conversationRequests } from '$lib/domain/entities';
import { citizenMutation, citizenQuery } from '$lib/server/api-route';
import { createRequest, listRequests } from '$lib/server/booking/requests';
import { json } from '$lib/server/http';

export const GET = citizenQuery(conversationRequests.operations.list, async ({ db, user }) =>
	json(
		{ items: await listRequests(db, user.id) },
		{ headers: { 'cache-control': 'private, no-store' } }
	)
);

export const POST = citizenMutation(
	conversationRequests.operations.create,
	async ({ db, user, body }) => {
		const { request, created } = await createRequest(db, user, body);
		return json(request, { status: created ? 201 : 200 });
	}
);
