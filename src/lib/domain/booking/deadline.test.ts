import { describe, expect, it } from 'vitest';
import { localDateTimeToUtc } from '../local-time';
import { conversationDeadline, isOverdue, type RequestKind } from './deadline';

describe('the 10-day right: request (Copenhagen time) → deadline', () => {
	const table: [string, string, string, RequestKind, string][] = [
		['an ordinary Tuesday', '2026-11-03', '10:00', 'standard', '2026-11-13'],
		['lands on a Saturday → Monday', '2026-11-04', '10:00', 'standard', '2026-11-16'],
		['lands on a Sunday → Monday', '2026-11-05', '12:00', 'standard', '2026-11-16'],
		['late evening still counts as that day', '2026-11-03', '23:30', 'standard', '2026-11-13'],
		['lands on Skærtorsdag → after Easter', '2026-03-23', '09:00', 'standard', '2026-04-07'],
		['lands on Kristi himmelfart → Friday', '2026-05-04', '09:00', 'standard', '2026-05-15'],
		['lands on Grundlovsdag (a Friday) → Monday', '2026-05-26', '09:00', 'standard', '2026-06-08'],
		['lands on juleaften → after Christmas', '2026-12-14', '09:00', 'standard', '2026-12-28'],
		['lands on nytårsaften → after New Year', '2026-12-21', '09:00', 'standard', '2027-01-04'],
		['fast track: 2 weeks', '2026-11-03', '10:00', 'fastTrack', '2026-11-17'],
		['fast track over Christmas', '2026-12-10', '10:00', 'fastTrack', '2026-12-28']
	];
	it.each(table)('%s', (_case, date, time, kind, deadline) => {
		expect(conversationDeadline(localDateTimeToUtc(date, time), kind)).toBe(deadline);
	});

	it('counts the local date, not the UTC one (00:30 in Copenhagen is the day before in UTC)', () => {
		const justAfterMidnight = localDateTimeToUtc('2026-11-04', '00:30');
		expect(justAfterMidnight.toISOString().slice(0, 10)).toBe('2026-11-03');
		expect(conversationDeadline(justAfterMidnight)).toBe('2026-11-16');
	});

	it('is overdue only after the deadline day', () => {
		expect(isOverdue('2026-11-13', '2026-11-13')).toBe(false);
		expect(isOverdue('2026-11-13', '2026-11-14')).toBe(true);
	});
});
