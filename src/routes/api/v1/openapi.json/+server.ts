import { openApi } from '$lib/domain/api/operations';
import { publicQuery } from '$lib/server/api-route';
import { json } from '$lib/server/http';
import { openApiDocument } from '$lib/server/openapi';
import { appVersion } from '$lib/server/version';

export const GET = publicQuery(openApi, () =>
	json(openApiDocument(appVersion), { headers: { 'cache-control': 'public, max-age=300' } })
);
