/** Europe/Copenhagen is the time zone of every booking; instants are stored in UTC. */
export const APP_TIME_ZONE = 'Europe/Copenhagen';

const localDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Formatters per time zone, made once: building an Intl.DateTimeFormat costs far more than
 * formatting with one, and these run per search, per ad and per booking slot.
 */
const wallClockFormats = new Map<string, Intl.DateTimeFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function formatterFor(
	cache: Map<string, Intl.DateTimeFormat>,
	locale: string,
	timeZone: string,
	options: () => Intl.DateTimeFormatOptions
): Intl.DateTimeFormat {
	let format = cache.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat(locale, options());
		cache.set(timeZone, format);
	}
	return format;
}

/** Offset in minutes of `timeZone` from UTC at `instant` (e.g. 60 for CET, 120 for CEST). */
export function zoneOffsetMinutes(instant: Date, timeZone = APP_TIME_ZONE): number {
	const parts = formatterFor(wallClockFormats, 'en-US', timeZone, () => ({
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit'
	})).formatToParts(instant);
	const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
	const asUtc = Date.UTC(
		get('year'),
		get('month') - 1,
		get('day'),
		get('hour'),
		get('minute'),
		get('second')
	);
	return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The UTC instant of a wall-clock time in `timeZone`. Local dates stay strings (never `new Date('YYYY-MM-DD')`,
 * which parses as UTC midnight and shifts the day in other zones).
 */
export function localDateTimeToUtc(
	localDate: string,
	time: string,
	timeZone = APP_TIME_ZONE
): Date {
	const match = localDatePattern.exec(localDate);
	const timeMatch = /^(\d{2}):(\d{2})$/.exec(time);
	if (!match || !timeMatch) throw new RangeError(`Invalid local date/time ${localDate} ${time}`);
	const naiveUtc = Date.UTC(
		Number(match[1]),
		Number(match[2]) - 1,
		Number(match[3]),
		Number(timeMatch[1]),
		Number(timeMatch[2])
	);
	const firstGuess = naiveUtc - zoneOffsetMinutes(new Date(naiveUtc), timeZone) * 60_000;
	return new Date(naiveUtc - zoneOffsetMinutes(new Date(firstGuess), timeZone) * 60_000);
}

/** The local calendar date (`YYYY-MM-DD`) of an instant in `timeZone`. */
export function localDateOf(instant: Date, timeZone = APP_TIME_ZONE): string {
	return formatterFor(dateFormats, 'en-CA', timeZone, () => ({
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	})).format(instant);
}

/** Adds whole days to a local date string, independent of the machine's time zone. */
export function addDays(localDate: string, days: number): string {
	const match = localDatePattern.exec(localDate);
	if (!match) throw new RangeError(`Invalid local date ${localDate}`);
	const utc = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days));
	return utc.toISOString().slice(0, 10);
}

/** ISO weekday of a local date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(localDate: string): number {
	const match = localDatePattern.exec(localDate);
	if (!match) throw new RangeError(`Invalid local date ${localDate}`);
	const day = new Date(
		Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
	).getUTCDay();
	return day === 0 ? 7 : day;
}

/** Today's date in Denmark, `YYYY-MM-DD`. */
export function todayLocal(): string {
	return localDateOf(new Date());
}

/** The current instant as an ISO string (UTC). */
export function nowIso(): string {
	return new Date().toISOString();
}

/** Whole years from a local birth date to a local date (both `YYYY-MM-DD`). */
export function ageOn(birthDate: string, today: string): number {
	const birth = localDatePattern.exec(birthDate);
	const now = localDatePattern.exec(today);
	if (!birth || !now) throw new RangeError(`Invalid local date ${birthDate} or ${today}`);
	const years = Number(now[1]) - Number(birth[1]);
	// Born on 29 February: the birthday is 1 March in other years ("03-01" > "02-28").
	const hadBirthday = `${now[2]}-${now[3]}` >= `${birth[2]}-${birth[3]}`;
	return hadBirthday ? years : years - 1;
}
