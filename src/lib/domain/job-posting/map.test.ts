import { describe, expect, it } from 'vitest';
import { isJobPostingType } from './json-ld';
import { mapJobPosting } from './map';
import { errorsOf, fullRecord, job, map, minimalRecord, now, withChanges } from './test-records';

describe('a complete record', () => {
	it('maps every field', () => {
		expect(job(fullRecord())).toEqual({
			externalId: 'Region Midtjylland:RM-4411',
			title: 'Sygeplejerske til Akutafdelingen & Traumecenter',
			employer: 'Aarhus Universitetshospital',
			description:
				'Om jobbet\n\nVi søger en sygeplejerske.\nStart 1. januar.\n\n• Autorisation\n• Godt humør\n\nLøn > 30.000 kr.',
			occupationCode: '2221',
			occupationTitle: 'Sygeplejerske',
			municipalityCode: '751',
			postalCode: '8200',
			city: 'Aarhus N',
			hours: 'full',
			weeklyHours: 37,
			employmentType: 'permanent',
			postedAt: new Date('2026-11-02T07:00:00.000Z'),
			deadline: '2026-12-06',
			applyUrl: 'https://www.auh.dk/job/4411',
			applyEmail: 'job@auh.rm.dk',
			contactName: 'Hanne Kjær',
			contactPhone: '+45 78 45 00 00',
			hourlyWageKr: 218 // 35,000 / 160.33
		});
	});
});

describe('a minimal record', () => {
	it('gets the documented defaults', () => {
		expect(job(minimalRecord())).toEqual({
			externalId: 'min-1',
			title: 'Rengøringsassistent',
			employer: 'Rent ApS',
			description: 'Rengøring af kontorer.',
			occupationCode: '9112',
			occupationTitle: 'Rengøring og anden medhjælp',
			municipalityCode: '630',
			postalCode: '7100',
			city: 'Vejle',
			hours: 'full',
			weeklyHours: 37,
			employmentType: 'permanent',
			postedAt: new Date('2026-11-09T23:00:00.000Z'), // Danish midnight (CET)
			deadline: null,
			applyUrl: 'https://rent.dk/job/1',
			applyEmail: null,
			contactName: null,
			contactPhone: null,
			hourlyWageKr: null
		});
	});
});

describe('JSON-LD framing', () => {
	it('accepts schema.org contexts in their usual spellings', () => {
		for (const context of [
			'https://schema.org',
			'http://schema.org/',
			['https://schema.org', { da: 'http://example.org/' }],
			{ '@vocab': 'https://schema.org/' }
		]) {
			expect(map(withChanges({ '@context': context })).ok).toBe(true);
		}
	});

	it('refuses another vocabulary', () => {
		expect(errorsOf(withChanges({ '@context': 'https://example.org/jobs' }))['@context']).toBe(
			'forventede https://schema.org, fik "https://example.org/jobs"'
		);
	});

	it('inherits the container context', () => {
		const result = mapJobPosting(minimalRecord(), { now, context: 'https://example.org' });
		expect(result.ok).toBe(false);
	});

	it('requires @type JobPosting', () => {
		expect(errorsOf(withChanges({ '@type': undefined }))['@type']).toBe(
			'mangler (forventede JobPosting)'
		);
		expect(errorsOf(withChanges({ '@type': 'Organization' }))['@type']).toBe(
			'forventede JobPosting, fik "Organization"'
		);
		expect(isJobPostingType(['Thing', 'https://schema.org/JobPosting'])).toBe(true);
		expect(isJobPostingType('schema:JobPosting')).toBe(true);
		expect(isJobPostingType('Job')).toBe(false);
	});

	it('refuses what is not an object', () => {
		for (const value of [null, 'JobPosting', 42, [minimalRecord()]]) {
			const result = map(value);
			expect(result.ok).toBe(false);
			if (!result.ok) expect(result.errors[0]?.message).toMatch(/forventede et JSON-objekt/);
		}
	});

	it('reports every fault of a record, not only the first', () => {
		const errors = errorsOf({ '@type': 'JobPosting' });
		expect(Object.keys(errors).sort()).toEqual([
			'datePosted',
			'description',
			'hiringOrganization.name',
			'identifier',
			'jobLocation',
			'occupationalCategory',
			'title',
			'url'
		]);
	});
});
