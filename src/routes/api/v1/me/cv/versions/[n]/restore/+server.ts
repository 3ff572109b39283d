import { cvRestore, versionNumber } from '$lib/domain/cv/operations';
import { citizenMutation } from '$lib/server/api-route';
import { cvResource, restoreCvVersion } from '$lib/server/cv';
import { etagOf } from '$lib/server/etag';
import { json } from '$lib/server/http';

export const POST = citizenMutation(cvRestore, async ({ db, user, params }) => {
	const saved = await restoreCvVersion(db, user.id, versionNumber(params.n ?? ''));
	return json(cvResource(saved), { headers: { etag: etagOf(saved.version) } });
});
