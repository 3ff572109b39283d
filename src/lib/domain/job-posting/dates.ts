/**
 * Dates as JobPostings give them: ISO 8601 dates and date-times, with or without an offset, read
 * as Danish local time when they have none. Local-time conversions go through small caches.
 */
import { localDateOf, localDateTimeToUtc } from '../local-time';

const DATE_TIME =
	/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

export type ParsedDate =
	| { kind: 'date'; date: string }
	| { kind: 'local'; date: string; time: string; extraMs: number }
	| { kind: 'instant'; ms: number };

/** ISO 8601 date or date-time (offset optional); null when it isn't one or the day doesn't exist. */
export function parseDateTime(text: string): ParsedDate | null {
	const m = DATE_TIME.exec(text.trim());
	if (!m) return null;
	const [, y, mo, d, hh, mm, ss, frac, zone] = m;
	const year = Number(y);
	const month = Number(mo);
	const day = Number(d);
	const check = new Date(Date.UTC(year, month - 1, day));
	if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
	const date = `${y}-${mo}-${d}`;
	if (hh === undefined || mm === undefined) return { kind: 'date', date };
	const hours = Number(hh);
	const minutes = Number(mm);
	const seconds = Number(ss ?? 0);
	if (hours > 23 || minutes > 59 || seconds > 59) return null;
	const extraMs = seconds * 1000 + Math.round(Number(frac ?? 0) * 1000);
	if (zone === undefined) return { kind: 'local', date, time: `${hh}:${mm}`, extraMs };
	let offsetMinutes = 0;
	if (zone.toUpperCase() !== 'Z') {
		const digits = zone.slice(1).replace(':', '');
		offsetMinutes =
			(zone.startsWith('-') ? -1 : 1) *
			(Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0));
	}
	const ms = Date.UTC(year, month - 1, day, hours, minutes) + extraMs - offsetMinutes * 60_000;
	return { kind: 'instant', ms };
}

/** Local-time conversions are costly (Intl); ads share dates and hours, so remember them. */
const midnightCache = new Map<string, number>();
const localDateCache = new Map<number, string>();

function cached<K, V>(cache: Map<K, V>, key: K, compute: () => V): V {
	let value = cache.get(key);
	if (value === undefined) {
		if (cache.size > 20_000) cache.clear();
		value = compute();
		cache.set(key, value);
	}
	return value;
}

export function instantOf(parsed: ParsedDate): Date {
	if (parsed.kind === 'instant') return new Date(parsed.ms);
	if (parsed.kind === 'date') {
		return new Date(
			cached(midnightCache, parsed.date, () => localDateTimeToUtc(parsed.date, '00:00').getTime())
		);
	}
	return new Date(localDateTimeToUtc(parsed.date, parsed.time).getTime() + parsed.extraMs);
}

/** The Danish calendar date of an instant (Copenhagen's offset is whole hours, so per UTC hour). */
function danishDateOf(ms: number): string {
	const hour = Math.floor(ms / 3_600_000);
	return cached(localDateCache, hour, () => localDateOf(new Date(hour * 3_600_000)));
}

export function localDateOfParsed(parsed: ParsedDate): string {
	return parsed.kind === 'instant' ? danishDateOf(parsed.ms) : parsed.date;
}
