import { freeSlots } from '$lib/domain/api/booking';
import { slotQuerySchema } from '$lib/domain/booking';
import { citizenQuery } from '$lib/server/api-route';
import { findFreeSlots, windowOf } from '$lib/server/booking/slots';
import { json, parseOrThrow } from '$lib/server/http';

/** Free slots of her jobcentre; personal (her jobcentre), so never in a shared cache. */
export const GET = citizenQuery(freeSlots, async ({ db, user, event }) => {
	const query = parseOrThrow(slotQuerySchema, Object.fromEntries(event.url.searchParams));
	const now = new Date();
	const window = windowOf(query.from, query.to, 14, now);
	const items = await findFreeSlots(db, user.municipalityCode, {
		...window,
		channel: query.channel,
		now,
		preferCaseworker: user.caseworkerId
	});
	return json({ items }, { headers: { 'cache-control': 'private, no-store' } });
});
