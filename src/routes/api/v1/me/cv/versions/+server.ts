import { cvVersions } from '$lib/domain/cv/operations';
import { citizenQuery } from '$lib/server/api-route';
import { listCvVersions } from '$lib/server/cv';
import { json } from '$lib/server/http';

export const GET = citizenQuery(cvVersions, async ({ db, user }) =>
	json(
		{ versions: await listCvVersions(db, user.id) },
		{ headers: { 'cache-control': 'private, no-cache' } }
	)
);
