import { describe, expect, it } from 'vitest';
import { errorsOf, job, withChanges } from './test-records';

describe('applying', () => {
	it('prefers applicationContact.url to url', () => {
		const row = job(
			withChanges({ applicationContact: { url: 'https://jobs.example.dk/apply/1' } })
		);
		expect(row.applyUrl).toBe('https://jobs.example.dk/apply/1');
	});

	it('accepts email or phone alone', () => {
		const row = job(withChanges({ url: undefined, applicationContact: { email: 'job@rent.dk' } }));
		expect([row.applyUrl, row.applyEmail]).toEqual([null, 'job@rent.dk']);
		expect(
			job(withChanges({ url: undefined, applicationContact: { telephone: 'tel:+4570101010' } }))
				.contactPhone
		).toBe('+4570101010');
	});

	it('refuses non-http URLs, bad emails and bad phone numbers', () => {
		expect(errorsOf(withChanges({ url: 'javascript:alert(1)' })).url).toBe(
			'"javascript:alert(1)" er ikke en http(s)-adresse'
		);
		expect(
			errorsOf(withChanges({ applicationContact: { url: 'ftp://x.dk/job' } }))[
				'applicationContact.url'
			]
		).toBe('"ftp://x.dk/job" er ikke en http(s)-adresse');
		expect(
			errorsOf(withChanges({ applicationContact: { email: 'job at rent.dk' } }))[
				'applicationContact.email'
			]
		).toBe('"job at rent.dk" er ikke en e-mailadresse');
		expect(
			errorsOf(withChanges({ applicationContact: { telephone: 'ring til Jens' } }))[
				'applicationContact.telephone'
			]
		).toBe('"ring til Jens" er ikke et telefonnummer');
	});

	it('requires a way to apply', () => {
		expect(errorsOf(withChanges({ identifier: 'x', url: undefined })).url).toMatch(
			/^der står ikke, hvordan man søger/
		);
	});
});
