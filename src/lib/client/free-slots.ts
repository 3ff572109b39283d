/**
 * Free slots of her jobcentre: asked online and kept on the phone (they are not personal), so that
 * offline she can still pick one of those she last saw; the booking is then confirmed on sync.
 */
import { z } from 'zod';
import { freeSlots } from '../domain/api/booking';
import { addDays, localDateOf } from '../domain/local-time';
import { RIGHT_DAYS } from '../domain/meeting-lists';
import { slotViewSchema, type SlotView } from './booking-shapes';
import { keepSlots, keptSlots } from './booking-store';
import type { UserDb } from './db';

export const SLOTS_PATH = freeSlots.path;
/** How far ahead she is shown slots: the 10-day right and some days after it. */
export const SLOT_DAYS_AHEAD = RIGHT_DAYS + 11;

const slotListSchema = z.union([
	z.object({ items: z.array(z.unknown()) }).loose(),
	z.array(z.unknown())
]);

export interface FreeSlots {
	slots: SlotView[];
	/** `online`: just asked; `kept`: the copy from `fetchedAt`; `none`: offline, nothing kept. */
	source: 'online' | 'kept' | 'none';
	fetchedAt: string | null;
}

export async function fetchFreeSlots(
	db: UserDb | null,
	now: Date | number,
	fetcher: typeof fetch = (input, init) => globalThis.fetch(input, init)
): Promise<FreeSlots> {
	const at = new Date(now);
	const from = localDateOf(at);
	const to = addDays(from, SLOT_DAYS_AHEAD);
	try {
		const response = await fetcher(`${SLOTS_PATH}?from=${from}&to=${to}`, {
			headers: { accept: 'application/json' },
			credentials: 'same-origin'
		});
		if (!response.ok) throw new Error(`GET ${SLOTS_PATH}: ${response.status}`);
		const parsed = slotListSchema.parse(await response.json());
		const raw = Array.isArray(parsed) ? parsed : parsed.items;
		const slots = raw.flatMap((slot) => {
			const one = slotViewSchema.safeParse(slot);
			return one.success ? [one.data] : [];
		});
		const fetchedAt = at.toISOString();
		if (db) await keepSlots(db, slots, fetchedAt);
		return { slots, source: 'online', fetchedAt };
	} catch {
		const kept = db ? await keptSlots(db) : null;
		return kept
			? { slots: kept.slots, source: 'kept', fetchedAt: kept.fetchedAt }
			: { slots: [], source: 'none', fetchedAt: null };
	}
}
