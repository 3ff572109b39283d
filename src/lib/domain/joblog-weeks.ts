import { addDays, isoWeekday } from './local-time';

export interface IsoWeek {
	year: number;
	week: number;
	/** Monday and Sunday of the week, as local dates. */
	start: string;
	end: string;
}

/** The ISO 8601 week of a local date (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeekOf(localDate: string): IsoWeek {
	const start = addDays(localDate, 1 - isoWeekday(localDate));
	const thursday = addDays(start, 3);
	const year = Number(thursday.slice(0, 4));
	const firstThursday = firstThursdayOf(year);
	const week = Math.round(daysBetween(firstThursday, thursday) / 7) + 1;
	return { year, week, start, end: addDays(start, 6) };
}

function firstThursdayOf(year: number): string {
	const januaryFourth = `${year}-01-04`;
	return addDays(januaryFourth, 4 - isoWeekday(januaryFourth));
}

function daysBetween(from: string, to: string): number {
	const utc = (date: string) =>
		Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
	return Math.round((utc(to) - utc(from)) / 86_400_000);
}

export interface WeekGroup<T> extends IsoWeek {
	entries: T[];
}

/**
 * Groups entries by ISO week, newest week first, and includes the empty weeks between the first
 * entry and `today`: dagpenge recipients must log at least one application a week, so a gap is shown.
 */
export function groupByWeek<T extends { appliedOn: string }>(
	entries: readonly T[],
	today: string
): WeekGroup<T>[] {
	if (entries.length === 0) return [];
	const sorted = [...entries].sort((a, b) => b.appliedOn.localeCompare(a.appliedOn));
	const oldest = sorted.at(-1)!.appliedOn;
	const newest = sorted[0]!.appliedOn > today ? sorted[0]!.appliedOn : today;
	const groups: WeekGroup<T>[] = [];
	for (let monday = isoWeekOf(newest).start; monday >= isoWeekOf(oldest).start;) {
		const week = isoWeekOf(monday);
		groups.push({
			...week,
			entries: sorted.filter(
				(entry) => entry.appliedOn >= week.start && entry.appliedOn <= week.end
			)
		});
		monday = addDays(monday, -7);
	}
	return groups;
}

/** Applications per calendar month (`YYYY-MM`), newest month first. */
export function countByMonth(entries: readonly { appliedOn: string }[]): [string, number][] {
	const counts = new Map<string, number>();
	for (const entry of entries) {
		const month = entry.appliedOn.slice(0, 7);
		counts.set(month, (counts.get(month) ?? 0) + 1);
	}
	return [...counts].sort((a, b) => b[0].localeCompare(a[0]));
}
