import { cvVersion, versionNumber } from '$lib/domain/cv/operations';
import { citizenQuery } from '$lib/server/api-route';
import { getCvVersion } from '$lib/server/cv';
import { json } from '$lib/server/http';

export const GET = citizenQuery(cvVersion, async ({ db, user, params }) =>
	json(await getCvVersion(db, user.id, versionNumber(params.n ?? '')), {
		headers: { 'cache-control': 'private, no-cache' }
	})
);
