import { describe, expect, it } from 'vitest';
import { isSickListed, sickListedIfKnown } from './sick-listed';

const full = (date: string, withdrawnAt: string | null = null) =>
	({ kind: 'fullReturn', date, reportedOn: date, withdrawnAt }) as const;

describe('sick-listed on a day', () => {
	it.each([
		// [first day, reports, today, sick-listed]
		[null, [], '2026-12-05', false],
		['2026-12-10', [], '2026-12-05', false],
		['2026-11-16', [], '2026-12-05', true],
		['2026-11-16', [full('2026-12-07')], '2026-12-05', true],
		['2026-11-16', [full('2026-12-07')], '2026-12-07', false],
		['2026-11-16', [full('2026-12-01', '2026-12-01T10:00:00Z')], '2026-12-05', true],
		// A return from an earlier leave does not end this one.
		['2026-11-16', [full('2026-03-01')], '2026-12-05', true],
		[
			'2026-11-16',
			[{ kind: 'partialReturn', reportedOn: '2026-12-01', withdrawnAt: null }],
			'2026-12-05',
			true
		]
	] as const)('first day %s, %o, on %s: %s', (firstAbsenceDay, reports, today, expected) => {
		expect(isSickListed({ firstAbsenceDay }, reports, today)).toBe(expected);
	});
});

describe('sick-listed as far as her sick leave tells', () => {
	it.each([
		// [status, reports, sick-listed; null: unknown, the profile decides]
		[null, [], null],
		[{ firstAbsenceDay: null }, [], null],
		[{ firstAbsenceDay: '2026-11-16' }, [], true],
		[{ firstAbsenceDay: '2026-11-16' }, [full('2026-12-01')], false],
		[{ firstAbsenceDay: '2026-12-10' }, [], false],
		// A full return by today ends it even without a first day; a withdrawn or later one does not.
		[{ firstAbsenceDay: null }, [full('2026-12-01')], false],
		[null, [full('2026-12-01', '2026-12-01T09:00:00Z')], null],
		[null, [full('2026-12-09')], null]
	] as const)('%o, %o: %s', (status, reports, expected) => {
		expect(sickListedIfKnown(status, reports, '2026-12-05')).toBe(expected);
	});
});
