import { describe, expect, it } from 'vitest';
import { joblogEntryInputSchema, joblogEntryPatchSchema } from './joblog';
import { savedSearchInputSchema } from './saved-search-input';
import { emptySickLeaveStatus, sickLeaveStatusSchema } from './sick-leave';
import { fieldErrors, isInstant, isLocalDate, isStorableText } from './validation';

describe('free text a citizen writes', () => {
	it('accepts ordinary text, line breaks, tabs and emoji', () => {
		for (const ok of ['Pædagog', 'linje 1\nlinje 2\r\n\tindrykket', 'Godt 👍', '']) {
			expect(isStorableText(ok)).toBe(true);
		}
	});

	it('refuses NUL, other control characters and lone surrogates', () => {
		for (const bad of [
			'a\u0000b',
			'\u0007',
			'\u001b[31m',
			'x\u007f',
			'\ud800',
			'a\udc00b',
			'\ud83d'
		]) {
			expect(isStorableText(bad)).toBe(false);
		}
	});

	it('is used by every schema with free text, naming the field', () => {
		const entry = {
			appliedOn: '2026-11-02',
			jobTitle: 'Pædagog',
			employer: 'Aarhus Kommune',
			method: 'advertised'
		};
		for (const field of ['jobTitle', 'employer', 'note'] as const) {
			const result = joblogEntryInputSchema.safeParse({ ...entry, [field]: 'a\u0000b' });
			expect(result.success && field).toBe(false);
			if (!result.success) expect(fieldErrors(result.error).map((e) => e.field)).toEqual([field]);
			expect(joblogEntryPatchSchema.safeParse({ [field]: 'x\ud800' }).success).toBe(false);
		}
		const search = {
			id: '0b8f6c8e-3c1a-4c57-9f0e-4b5b2b8d1a11',
			name: 'x\u0000',
			query: 'v=1&q=kok'
		};
		expect(savedSearchInputSchema.safeParse(search).success).toBe(false);
		for (const note of ['stress\u0000', 'søvn\ud800']) {
			const result = sickLeaveStatusSchema.safeParse({ ...emptySickLeaveStatus(), note });
			expect(result.success).toBe(false);
			if (!result.success) expect(fieldErrors(result.error)[0]?.field).toBe('note');
		}
	});
});

describe('dates', () => {
	it('accepts real days from 1900', () => {
		for (const ok of ['1900-01-01', '2024-02-29', '2026-12-31', '9999-12-31']) {
			expect(isLocalDate(ok)).toBe(true);
		}
	});

	it('refuses impossible days, year 0 and years before 1900', () => {
		for (const bad of [
			'0000-01-01',
			'1899-12-31',
			'2026-02-30',
			'2026-99-99',
			'2025-02-29',
			'2026-1-1',
			''
		]) {
			expect(isLocalDate(bad)).toBe(false);
		}
	});

	it('checks instants the same way', () => {
		expect(isInstant('2026-03-01T09:30:00Z')).toBe(true);
		expect(isInstant('2026-03-01T09:30:00.123456Z')).toBe(true);
		for (const bad of [
			'0000-01-01T00:00:00Z',
			'2026-02-30T00:00:00Z',
			'2026-99-99T00:00:00.000000Z',
			'2026-03-01T24:00:00Z'
		]) {
			expect(isInstant(bad)).toBe(false);
		}
	});

	it('is what appliedOn, expectedReturn and lastSeenAt are checked with', () => {
		const entry = { appliedOn: '0000-01-01', jobTitle: 'Kok', employer: 'Kro', method: 'other' };
		const result = joblogEntryInputSchema.safeParse(entry);
		expect(result.success).toBe(false);
		if (!result.success) expect(fieldErrors(result.error)[0]?.field).toBe('appliedOn');
		const sick = { ...emptySickLeaveStatus(), expectedReturn: '0000-02-29' };
		expect(sickLeaveStatusSchema.safeParse(sick).success).toBe(false);
		const search = {
			id: '0b8f6c8e-3c1a-4c57-9f0e-4b5b2b8d1a11',
			name: 'Kok',
			query: 'v=1&q=kok',
			lastSeenAt: '0000-01-01T00:00:00Z'
		};
		const saved = savedSearchInputSchema.safeParse(search);
		expect(saved.success).toBe(false);
		if (!saved.success) expect(fieldErrors(saved.error)[0]?.field).toBe('lastSeenAt');
	});
});

describe('one message per field', () => {
	it('reports a bad date or text once, with the first problem', () => {
		const entry = { appliedOn: '2026-99-99', jobTitle: '', employer: 'Kro', method: 'other' };
		const result = joblogEntryInputSchema.safeParse(entry);
		expect(result.success).toBe(false);
		if (!result.success) {
			expect(fieldErrors(result.error).map((e) => e.field)).toEqual(['appliedOn', 'jobTitle']);
		}
	});
});
