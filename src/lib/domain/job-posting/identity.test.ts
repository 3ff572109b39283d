import { describe, expect, it } from 'vitest';
import { errorsOf, job, withChanges } from './test-records';

describe('identity', () => {
	it('uses identifier: PropertyValue name:value, value alone, a string or a number', () => {
		const id = (identifier: unknown) => job(withChanges({ identifier })).externalId;
		expect(id({ '@type': 'PropertyValue', name: 'SDU', value: 'x-1' })).toBe('SDU:x-1');
		expect(id({ '@type': 'PropertyValue', value: 'x-1' })).toBe('x-1');
		expect(id('  abc-7 ')).toBe('abc-7');
		expect(id(12_345)).toBe('12345');
		expect(id([{ value: 'first' }, { value: 'second' }])).toBe('first');
	});

	it('falls back to an absolute @id, then to url', () => {
		const noId = withChanges({ identifier: undefined });
		expect(job({ ...noId, '@id': 'https://firma.dk/job/9#posting' }).externalId).toBe(
			'https://firma.dk/job/9#posting'
		);
		expect(job({ ...noId, '@id': '#job' }).externalId).toBe('https://rent.dk/job/1');
	});

	it('refuses a record with no identity at all', () => {
		expect(errorsOf(withChanges({ identifier: undefined, url: undefined })).identifier).toBe(
			'annoncen har intet id (angiv identifier eller url)'
		);
		expect(errorsOf(withChanges({ identifier: { '@type': 'PropertyValue', name: 'x' } }))).toEqual(
			expect.objectContaining({ 'identifier.value': 'annoncens id mangler' })
		);
		expect(errorsOf(withChanges({ identifier: 'x'.repeat(501) })).identifier).toMatch(/500 tegn/);
	});
});
