import type { I18n } from '$lib/i18n/i18n.svelte';

interface Timed {
	startsAt: string;
	endsAt: string;
	caseworkerName?: string | null;
}

const minutes = (slot: Timed) =>
	Math.round((Date.parse(slot.endsAt) - Date.parse(slot.startsAt)) / 60_000);

/** "tirsdag 24. marts kl. 09.00" in Danish time. */
export function meetingTime(i18n: I18n, start: string): string {
	return i18n.dateTime(start, {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		hour: '2-digit',
		minute: '2-digit'
	});
}

/** A slot in a day's list: the time, its length and with whom. */
export function slotLabel(i18n: I18n, slot: Timed): string {
	const time = i18n.dateTime(slot.startsAt, { hour: '2-digit', minute: '2-digit' });
	return slot.caseworkerName
		? i18n.t('booking.slotTime', { time, minutes: minutes(slot), name: slot.caseworkerName })
		: i18n.t('booking.slotTimeShort', { time, minutes: minutes(slot) });
}
