import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import {
	closedDayName,
	easterSunday,
	isWorkingDay,
	nextWorkingDay,
	publicHolidays
} from './holidays';

/** The oracle's public holidays of Denmark in a year, as local dates. */
function oracle(year: number): string[] {
	return new Holidays('DK')
		.getHolidays(year)
		.filter((holiday) => holiday.type === 'public')
		.map((holiday) => holiday.date.slice(0, 10))
		.sort();
}

describe('Danish public holidays from the Easter date', () => {
	const years = [2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030];
	it.each(years)('%i matches date-holidays', (year) => {
		expect(publicHolidays(year).map((holiday) => holiday.date)).toEqual(oracle(year));
	});

	it.each([
		[2024, '2024-03-31'],
		[2025, '2025-04-20'],
		[2026, '2026-04-05'],
		[2027, '2027-03-28'],
		[2030, '2030-04-21'],
		[2038, '2038-04-25']
	])('Easter %i is %s', (year, date) => {
		expect(easterSunday(year)).toBe(date);
	});

	it('has no Store bededag from 2024', () => {
		expect(publicHolidays(2023).map((h) => h.name)).toContain('Store bededag');
		expect(publicHolidays(2024).map((h) => h.name)).not.toContain('Store bededag');
	});
});

describe('working days', () => {
	const table: [string, boolean, string | null][] = [
		['2026-04-02', false, 'Skærtorsdag'],
		['2026-04-06', false, '2. påskedag'],
		['2026-04-07', true, null],
		['2026-06-05', false, 'Grundlovsdag'],
		['2026-12-24', false, 'Juleaftensdag'],
		['2026-12-31', false, 'Nytårsaftensdag'],
		['2026-12-05', false, null], // a Saturday
		['2026-12-07', true, null]
	];
	it.each(table)('%s working day: %s (%s)', (date, working, name) => {
		expect(isWorkingDay(date)).toBe(working);
		expect(closedDayName(date)).toBe(name);
	});

	it('moves to the next working day over Easter and Christmas', () => {
		expect(nextWorkingDay('2026-04-02')).toBe('2026-04-07');
		expect(nextWorkingDay('2026-12-24')).toBe('2026-12-28');
		expect(nextWorkingDay('2026-12-31')).toBe('2027-01-04');
		expect(nextWorkingDay('2026-12-08')).toBe('2026-12-08');
	});
});

describe('the oracle stays out of the app', () => {
	it('no source file outside the tests imports date-holidays', () => {
		const offenders: string[] = [];
		const walk = (dir: string) => {
			for (const entry of readdirSync(dir, { withFileTypes: true })) {
				const path = join(dir, entry.name);
				if (entry.isDirectory()) walk(path);
				else if (!/\.test\.ts$/.test(entry.name) && /\.(ts|js|svelte)$/.test(entry.name)) {
					if (readFileSync(path, 'utf8').includes('date-holidays')) offenders.push(path);
				}
			}
		};
		walk('src');
		walk('service-worker');
		expect(offenders).toEqual([]);
	});
});
