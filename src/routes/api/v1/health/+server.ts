import { health } from '$lib/domain/api/operations';
import { publicQuery } from '$lib/server/api-route';
import { json } from '$lib/server/http';
import { getRuntime } from '$lib/server/runtime';
import { appVersion } from '$lib/server/version';
import { sql } from 'drizzle-orm';

export const GET = publicQuery(health, async ({ db }) => {
	const { kind } = await getRuntime();
	await db.execute(sql`select 1`);
	return json({ status: 'ok', db: kind, version: appVersion });
});
