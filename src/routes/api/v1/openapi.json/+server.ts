import { apiRoute, json } from '$lib/server/http';
import { openApiDocument } from '$lib/server/openapi';
import { appVersion } from '$lib/server/version';

export const GET = apiRoute(() =>
	json(openApiDocument(appVersion), { headers: { 'cache-control': 'public, max-age=300' } })
);
