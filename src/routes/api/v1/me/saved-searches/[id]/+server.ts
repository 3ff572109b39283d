import { savedSearches } from '$lib/domain/entities';
import { citizenMutation } from '$lib/server/api-route';
import { deleteSavedSearch } from '$lib/server/saved-searches';

export const DELETE = citizenMutation(
	savedSearches.operations.remove,
	async ({ db, user, params }) => {
		await deleteSavedSearch(db, user.id, params.id!);
		return new Response(null, { status: 204 });
	}
);
