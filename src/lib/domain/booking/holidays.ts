/**
 * Danish public holidays (helligdage), computed from the Easter date so nothing needs updating each
 * year, and the days a jobcentre is closed besides them. Pure arithmetic on local dates
 * (`YYYY-MM-DD` strings): the same answer in the browser and on the server, in any time zone.
 */
import { addDays, isoWeekday } from '../local-time';

export interface Holiday {
	date: string;
	name: string;
}

/** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	const day = ((h + l - 7 * m + 114) % 31) + 1;
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The public holidays of Denmark in `year`. Store bededag was a holiday until 2023 (abolished by
 * lov nr. 131 af 28. februar 2023, from 2024).
 */
export function publicHolidays(year: number): Holiday[] {
	const easter = easterSunday(year);
	const fromEaster = (days: number, name: string) => ({ date: addDays(easter, days), name });
	const fixed = (monthDay: string, name: string) => ({ date: `${year}-${monthDay}`, name });
	const holidays: Holiday[] = [
		fixed('01-01', 'Nytårsdag'),
		fromEaster(-3, 'Skærtorsdag'),
		fromEaster(-2, 'Langfredag'),
		fromEaster(0, 'Påskedag'),
		fromEaster(1, '2. påskedag'),
		...(year <= 2023 ? [fromEaster(26, 'Store bededag')] : []),
		fromEaster(39, 'Kristi himmelfartsdag'),
		fromEaster(49, 'Pinsedag'),
		fromEaster(50, '2. pinsedag'),
		fixed('12-25', 'Juledag'),
		fixed('12-26', '2. juledag')
	];
	return holidays.sort((x, y) => x.date.localeCompare(y.date));
}

/**
 * Days the jobcentre is closed although they are not public holidays: Grundlovsdag, juleaftensdag
 * and nytårsaftensdag. They are days off for public employees by agreement, and the same days
 * retsplejeloven § 148 treats as holidays when a deadline falls on them.
 */
export function otherClosedDays(year: number): Holiday[] {
	return [
		{ date: `${year}-06-05`, name: 'Grundlovsdag' },
		{ date: `${year}-12-24`, name: 'Juleaftensdag' },
		{ date: `${year}-12-31`, name: 'Nytårsaftensdag' }
	];
}

const closedCache = new Map<number, Map<string, string>>();

function closedDaysOf(year: number): Map<string, string> {
	let days = closedCache.get(year);
	if (!days) {
		days = new Map(
			[...publicHolidays(year), ...otherClosedDays(year)].map((day) => [day.date, day.name])
		);
		closedCache.set(year, days);
	}
	return days;
}

/** The name of the holiday or closing day on `date`, or null on an ordinary day (weekends too). */
export function closedDayName(date: string): string | null {
	return closedDaysOf(Number(date.slice(0, 4))).get(date) ?? null;
}

/** Monday to Friday and not a holiday or closing day: a day the jobcentre holds meetings. */
export function isWorkingDay(date: string): boolean {
	return isoWeekday(date) <= 5 && closedDayName(date) === null;
}

/** `date` itself when it is a working day, else the first working day after it. */
export function nextWorkingDay(date: string): string {
	let day = date;
	while (!isWorkingDay(day)) day = addDays(day, 1);
	return day;
}
