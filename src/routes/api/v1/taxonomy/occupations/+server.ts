import { occupationGroups } from '$lib/domain/taxonomy/occupations';
import { apiRoute, json } from '$lib/server/http';

export const GET = apiRoute(() =>
	json({ items: occupationGroups }, { headers: { 'cache-control': 'public, max-age=86400' } })
);
