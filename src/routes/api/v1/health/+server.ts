import { apiRoute, json } from '$lib/server/http';
import { getRuntime } from '$lib/server/runtime';
import { appVersion } from '$lib/server/version';
import { sql } from 'drizzle-orm';

export const GET = apiRoute(async () => {
	const { db, kind } = await getRuntime();
	await db.execute(sql`select 1`);
	return json({ status: 'ok', db: kind, version: appVersion });
});
