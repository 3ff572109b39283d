import { municipalities as operation } from '$lib/domain/api/operations';
import { municipalities } from '$lib/domain/taxonomy/municipalities';
import { publicQuery } from '$lib/server/api-route';
import { json } from '$lib/server/http';

export const GET = publicQuery(operation, () =>
	json({ items: municipalities }, { headers: { 'cache-control': 'public, max-age=86400' } })
);
