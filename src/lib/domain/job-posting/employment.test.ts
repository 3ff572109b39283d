import { describe, expect, it } from 'vitest';
import { readWeeklyHours } from './hours';
import { errorsOf, job, withChanges } from './test-records';

describe('employment type and hours', () => {
	const terms = (changes: Record<string, unknown>) => {
		const row = job(withChanges(changes));
		return [row.employmentType, row.hours, row.weeklyHours];
	};

	it('maps schema.org employment types', () => {
		expect(terms({ employmentType: 'FULL_TIME' })).toEqual(['permanent', 'full', 37]);
		expect(terms({ employmentType: 'PART_TIME' })).toEqual(['permanent', 'part', 25]);
		expect(terms({ employmentType: ['TEMPORARY', 'FULL_TIME'] })).toEqual([
			'temporary',
			'full',
			37
		]);
		expect(terms({ employmentType: 'CONTRACTOR' })).toEqual(['temporary', 'full', 37]);
		expect(terms({ employmentType: 'PER_DIEM' })).toEqual(['substitute', 'full', 37]);
		expect(terms({ employmentType: 'TEMPORARY', title: 'Barselsvikar til 3. klasse' })).toEqual([
			'substitute',
			'full',
			37
		]);
		expect(terms({ employmentType: 'INTERN' })).toEqual(['student', 'part', 15]);
		expect(terms({ employmentType: ['INTERN', 'FULL_TIME'] })).toEqual(['student', 'full', 37]);
		expect(terms({ employmentType: 'OTHER' })).toEqual(['permanent', 'full', 37]);
		expect(terms({ employmentType: ['part-time', 'Full Time', 'SOMETHING'] })).toEqual([
			'permanent',
			'full',
			37
		]);
	});

	it('refuses unknown and volunteer-only types', () => {
		expect(errorsOf(withChanges({ employmentType: 'Fastansættelse' })).employmentType).toMatch(
			/^ukendt værdi "Fastansættelse" \(brug FULL_TIME/
		);
		expect(errorsOf(withChanges({ employmentType: 'VOLUNTEER' })).employmentType).toMatch(
			/VOLUNTEER/
		);
		expect(terms({ employmentType: ['VOLUNTEER', 'PART_TIME'] })).toEqual([
			'permanent',
			'part',
			25
		]);
	});

	it('reads weekly hours from workHours', () => {
		expect(terms({ employmentType: 'PART_TIME', workHours: '30 timer om ugen' })).toEqual([
			'permanent',
			'part',
			30
		]);
		expect(terms({ employmentType: 'FULL_TIME', workHours: '32-37 t/uge' })).toEqual([
			'permanent',
			'full',
			37
		]);
		expect(terms({ workHours: '20 hours per week' })).toEqual(['permanent', 'part', 20]);
		expect(terms({ workHours: '37' })).toEqual(['permanent', 'full', 37]);
		expect(terms({ workHours: 'Dagvagt, 8.00-15.30' })).toEqual(['permanent', 'full', 37]);
		expect(terms({ employmentType: 'PART_TIME', workHours: '7,4 timer dagligt' })).toEqual([
			'permanent',
			'part',
			25
		]);
		expect(readWeeklyHours('37,5 timer')).toBe(37.5);
		expect(readWeeklyHours('25 til 30 timer')).toBe(30);
		expect(readWeeklyHours('Fuldtid')).toBeNull();
	});

	it('refuses absurd or contradictory hours', () => {
		expect(errorsOf(withChanges({ workHours: '90 timer' })).workHours).toBe(
			'90 timer om ugen er urimeligt (1–60)'
		);
		expect(
			errorsOf(withChanges({ employmentType: 'PART_TIME', workHours: '37 timer' })).workHours
		).toBe('37 timer om ugen passer ikke med deltid (PART_TIME)');
		expect(
			errorsOf(withChanges({ employmentType: 'FULL_TIME', workHours: '15 timer' })).workHours
		).toBe('15 timer om ugen passer ikke med fuldtid (FULL_TIME)');
	});
});
