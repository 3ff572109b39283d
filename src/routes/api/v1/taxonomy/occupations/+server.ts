import { occupations } from '$lib/domain/api/operations';
import { occupationGroups } from '$lib/domain/taxonomy/occupations';
import { publicQuery } from '$lib/server/api-route';
import { json } from '$lib/server/http';

export const GET = publicQuery(occupations, () =>
	json({ items: occupationGroups }, { headers: { 'cache-control': 'public, max-age=86400' } })
);
