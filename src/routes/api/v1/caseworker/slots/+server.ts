import { caseworkerSlots, publishSlot } from '$lib/domain/api/booking';
import { caseworkerSlotQuerySchema } from '$lib/domain/booking/console';
import { addDays, isoWeekday, todayLocal } from '$lib/domain/local-time';
import { caseworkerMutation, caseworkerQuery } from '$lib/server/api-route';
import {
	caseworkerSlots as listSlots,
	publishSlot as publish,
	windowOf
} from '$lib/server/booking/slots';
import { json, parseOrThrow } from '$lib/server/http';

export const GET = caseworkerQuery(caseworkerSlots, async ({ db, user, event }) => {
	const query = parseOrThrow(caseworkerSlotQuerySchema, Object.fromEntries(event.url.searchParams));
	const today = todayLocal();
	// Without dates: this week's Monday and the two weeks from it.
	const monday = addDays(today, 1 - isoWeekday(today));
	const now = new Date();
	const window = windowOf(query.from ?? (query.to ? undefined : monday), query.to, 14, now);
	return json(
		{ items: await listSlots(db, user, window) },
		{ headers: { 'cache-control': 'private, no-store' } }
	);
});

export const POST = caseworkerMutation(publishSlot, async ({ db, user, body }) =>
	json(await publish(db, user, body, new Date()), { status: 201 })
);
