import { municipalities } from '$lib/domain/taxonomy/municipalities';
import { apiRoute, json } from '$lib/server/http';

export const GET = apiRoute(() =>
	json({ items: municipalities }, { headers: { 'cache-control': 'public, max-age=86400' } })
);
