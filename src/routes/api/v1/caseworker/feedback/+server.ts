import { feedbackReport } from '$lib/domain/api/booking';
import { feedbackQuerySchema } from '$lib/domain/booking/console';
import { todayLocal } from '$lib/domain/local-time';
import { caseworkerQuery } from '$lib/server/api-route';
import { feedbackReport as report } from '$lib/server/booking/console';
import { json, parseOrThrow } from '$lib/server/http';

export const GET = caseworkerQuery(feedbackReport, async ({ db, event }) => {
	const query = parseOrThrow(feedbackQuerySchema, Object.fromEntries(event.url.searchParams));
	return json(await report(db, query.month ?? todayLocal().slice(0, 7)), {
		headers: { 'cache-control': 'private, no-store' }
	});
});
