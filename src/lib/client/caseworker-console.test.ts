import { describe, expect, it } from 'vitest';
import { isoWeek, mondayOf } from './caseworker-console.svelte';

describe('the console’s week', () => {
	it.each([
		['2026-12-05', '2026-11-30', 49],
		['2026-11-30', '2026-11-30', 49],
		['2027-01-01', '2026-12-28', 53],
		['2026-01-01', '2025-12-29', 1],
		['2026-03-29', '2026-03-23', 13]
	])('%s is in the week of Monday %s (week %i)', (date, monday, week) => {
		expect(mondayOf(date)).toBe(monday);
		expect(isoWeek(date)).toBe(week);
	});
});
