/**
 * Records for the mapping's tests: a complete JobPosting, the least one needs, and helpers that
 * map a record or name its faults by field. Not a test file itself, no test framework in it.
 */
import { mapJobPosting } from './map';
import type { JobPostingResult, JobPostingRow } from './types';

export const now = new Date('2026-11-22T10:00:00.000Z');

/** A complete JobPosting as an employer's CMS would publish it. */
export function fullRecord(): Record<string, unknown> {
	return {
		'@context': 'https://schema.org/',
		'@type': 'JobPosting',
		identifier: { '@type': 'PropertyValue', name: 'Region Midtjylland', value: 'RM-4411' },
		title: 'Sygeplejerske til Akutafdelingen &amp; Traumecenter',
		description:
			'<h2>Om jobbet</h2><p>Vi søger en <strong>sygeplejerske</strong>.<br>Start 1. januar.</p>' +
			'<ul><li>Autorisation</li><li>Godt humør</li></ul><p>Løn &gt; 30.000 kr.</p>',
		datePosted: '2026-11-02T08:00:00+01:00',
		validThrough: '2026-12-06T23:59:00+01:00',
		employmentType: 'FULL_TIME',
		workHours: '37 timer om ugen',
		hiringOrganization: { '@type': 'Organization', name: 'Aarhus Universitetshospital' },
		jobLocation: {
			'@type': 'Place',
			address: {
				'@type': 'PostalAddress',
				streetAddress: 'Palle Juul-Jensens Boulevard 99',
				addressLocality: 'Aarhus N',
				postalCode: '8200',
				addressCountry: 'DK'
			}
		},
		baseSalary: {
			'@type': 'MonetaryAmount',
			currency: 'DKK',
			value: { '@type': 'QuantitativeValue', value: 35_000, unitText: 'MONTH' }
		},
		occupationalCategory: '2221 Sygeplejerske',
		applicationContact: {
			'@type': 'ContactPoint',
			name: 'Hanne Kjær',
			email: 'mailto:job@auh.rm.dk',
			telephone: '+45 78 45 00 00'
		},
		url: 'https://www.auh.dk/job/4411'
	};
}

/** The least a record needs. */
export function minimalRecord(): Record<string, unknown> {
	return {
		'@type': 'JobPosting',
		identifier: 'min-1',
		title: 'Rengøringsassistent',
		description: 'Rengøring af kontorer.',
		datePosted: '2026-11-10',
		hiringOrganization: 'Rent ApS',
		jobLocation: { address: { postalCode: '7100' } },
		occupationalCategory: '9112',
		url: 'https://rent.dk/job/1'
	};
}

export function map(record: unknown): JobPostingResult {
	return mapJobPosting(record, { now });
}

export function job(record: unknown): JobPostingRow {
	const result = map(record);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.job;
}

export function errorsOf(record: unknown): Record<string, string> {
	const result = map(record);
	if (result.ok) throw new Error('expected the record to be invalid');
	return Object.fromEntries(result.errors.map((e) => [e.field, e.message]));
}

export function withChanges(changes: Record<string, unknown>, base = minimalRecord()) {
	const record: Record<string, unknown> = { ...base, ...changes };
	for (const [key, value] of Object.entries(changes)) if (value === undefined) delete record[key];
	return record;
}
