import { describe, expect, it } from 'vitest';
import { countByMonth, groupByWeek, isoWeekOf } from './joblog-weeks';

describe('ISO weeks', () => {
	it('numbers weeks as the Danish calendar does, across year ends', () => {
		expect(isoWeekOf('2026-11-22')).toEqual({
			year: 2026,
			week: 47,
			start: '2026-11-16',
			end: '2026-11-22'
		});
		expect(isoWeekOf('2026-11-23').week).toBe(48);
		// 1 January 2027 is a Friday: it belongs to week 53 of 2026.
		expect(isoWeekOf('2027-01-01')).toMatchObject({ year: 2026, week: 53 });
		// 31 December 2024 is a Tuesday in week 1 of 2025.
		expect(isoWeekOf('2024-12-31')).toMatchObject({ year: 2025, week: 1 });
	});
});

describe('joblog by week', () => {
	const entry = (appliedOn: string) => ({ appliedOn });

	it('groups newest week first and shows empty weeks up to today', () => {
		const groups = groupByWeek(
			[entry('2026-11-02'), entry('2026-11-04'), entry('2026-11-17')],
			'2026-11-22'
		);
		expect(groups.map((group) => [group.week, group.entries.length])).toEqual([
			[47, 1],
			[46, 0],
			[45, 2]
		]);
		expect(groups[2]!.entries.map((e) => e.appliedOn)).toEqual(['2026-11-04', '2026-11-02']);
	});

	it('has no weeks without entries at all, and counts per month', () => {
		expect(groupByWeek([], '2026-11-22')).toEqual([]);
		expect(countByMonth([entry('2026-10-30'), entry('2026-11-02'), entry('2026-11-04')])).toEqual([
			['2026-11', 2],
			['2026-10', 1]
		]);
	});
});
