import { describe, expect, it } from 'vitest';
import { parseDateTime } from './dates';
import { errorsOf, job, withChanges } from './test-records';

describe('dates', () => {
	it('reads dates and date-times, with and without offset', () => {
		const posted = (datePosted: string) => job(withChanges({ datePosted })).postedAt.toISOString();
		expect(posted('2026-07-01')).toBe('2026-06-30T22:00:00.000Z'); // CEST midnight
		expect(posted('2026-11-10T09:30')).toBe('2026-11-10T08:30:00.000Z');
		expect(posted('2026-11-10T09:30:15.5')).toBe('2026-11-10T08:30:15.500Z');
		expect(posted('2026-11-10T09:30:00Z')).toBe('2026-11-10T09:30:00.000Z');
		expect(posted('2026-11-10T09:30:00-0500')).toBe('2026-11-10T14:30:00.000Z');
		expect(parseDateTime('2026-02-30')).toBeNull();
		expect(parseDateTime('2026-11-10T25:00')).toBeNull();
	});

	it('requires a plausible datePosted', () => {
		expect(errorsOf(withChanges({ datePosted: undefined })).datePosted).toBe(
			'opslagsdatoen mangler'
		);
		expect(errorsOf(withChanges({ datePosted: '10/11/2026' })).datePosted).toBe(
			'ugyldig dato "10/11/2026" (brug ÅÅÅÅ-MM-DD)'
		);
		expect(errorsOf(withChanges({ datePosted: '1999-12-31' })).datePosted).toBe(
			'opslagsdatoen 1999-12-31 er før år 2000'
		);
		expect(errorsOf(withChanges({ datePosted: '2026-11-24' })).datePosted).toBe(
			'opslagsdatoen 2026-11-24 ligger i fremtiden'
		);
		expect(job(withChanges({ datePosted: '2026-11-23' })).postedAt).toBeInstanceOf(Date);
	});

	it('turns validThrough into the Danish local date', () => {
		const deadline = (validThrough: string) => job(withChanges({ validThrough })).deadline;
		expect(deadline('2026-11-30')).toBe('2026-11-30');
		expect(deadline('2026-11-30T23:30:00Z')).toBe('2026-12-01');
		expect(deadline('2026-11-30T23:59:59+01:00')).toBe('2026-11-30');
		expect(deadline('2026-11-10T12:00')).toBe('2026-11-10');
		expect(deadline('2027-11-10')).toBe('2027-11-10'); // 365 days after posting
		expect(deadline('2027-11-11')).toBeNull(); // a far-future placeholder: "løbende"
	});

	it('imports a deadline that has passed, refuses one before the posting date', () => {
		expect(
			job(withChanges({ datePosted: '2025-01-01', validThrough: '2025-02-01' })).deadline
		).toBe('2025-02-01');
		expect(errorsOf(withChanges({ validThrough: '2026-11-09' })).validThrough).toBe(
			'ansøgningsfristen 2026-11-09 ligger før opslagsdatoen 2026-11-10'
		);
		expect(errorsOf(withChanges({ validThrough: 'snarest' })).validThrough).toBe(
			'ugyldig dato "snarest" (brug ÅÅÅÅ-MM-DD)'
		);
	});
});
