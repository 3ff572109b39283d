import { toJsonResume } from '$lib/domain/cv/json-resume';
import { cv } from '$lib/domain/entities';
import { citizenMutation, citizenQuery } from '$lib/server/api-route';
import { checkCvIfMatch, cvResource, getCv, saveCv } from '$lib/server/cv';
import { etagOf } from '$lib/server/etag';
import { json, parseOrThrow } from '$lib/server/http';

export const GET = citizenQuery(cv.operations.get, async ({ db, user, event }) => {
	const { format } = parseOrThrow(
		cv.operations.get.query,
		Object.fromEntries(event.url.searchParams)
	);
	const stored = await getCv(db, user.id);
	const headers = { etag: etagOf(stored.version), 'cache-control': 'private, no-cache' };
	if (format === 'jsonresume') {
		// Another representation of the same version: a weak ETag, so it never meets If-Match.
		return json(toJsonResume(stored.document), {
			headers: { ...headers, etag: `W/"jsonresume-v${stored.version}"` }
		});
	}
	return json(cvResource(stored), { headers });
});

export const PUT = citizenMutation(cv.operations.put, async ({ db, user, body, request }) => {
	const current = await getCv(db, user.id);
	checkCvIfMatch(request, current);
	const saved = await saveCv(db, user.id, body, current.version);
	return json(cvResource(saved), { headers: { etag: etagOf(saved.version) } });
});
