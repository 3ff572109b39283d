import { describe, expect, it } from 'vitest';
import { errorsOf, job, withChanges } from './test-records';

describe('texts', () => {
	it('refuses a missing, non-text or absurdly long title', () => {
		expect(errorsOf(withChanges({ title: undefined })).title).toBe('titlen mangler');
		expect(errorsOf(withChanges({ title: '  <b> </b> ' })).title).toBe('titlen mangler');
		expect(errorsOf(withChanges({ title: { name: 'x' } })).title).toBe('titlen skal være tekst');
		expect(errorsOf(withChanges({ title: 'a'.repeat(301) })).title).toBe(
			'titlen er over 300 tegn (301)'
		);
		expect(errorsOf(withChanges({ title: 'a'.repeat(10_000) })).title).toBe(
			'titlen er over 300 tegn (10.000)'
		);
	});

	it('reads language-tagged values, Danish first', () => {
		const title = [
			{ '@value': 'Nurse', '@language': 'en' },
			{ '@value': 'Sygeplejerske', '@language': 'da' }
		];
		expect(job(withChanges({ title })).title).toBe('Sygeplejerske');
		expect(job(withChanges({ title: { '@value': 'Tømrer' } })).title).toBe('Tømrer');
	});

	it('refuses a missing or too long description', () => {
		expect(errorsOf(withChanges({ description: undefined })).description).toBe(
			'beskrivelsen mangler'
		);
		expect(errorsOf(withChanges({ description: '<p> </p>' })).description).toBe(
			'beskrivelsen mangler'
		);
		expect(errorsOf(withChanges({ description: 'x'.repeat(50_001) })).description).toBe(
			'beskrivelsen er over 50.000 tegn (50.001)'
		);
		expect(errorsOf(withChanges({ description: 'x'.repeat(500_001) })).description).toBe(
			'beskrivelsen er over 500.000 tegn (500.001)'
		);
		expect(job(withChanges({ description: 'x'.repeat(50_000) })).description).toHaveLength(50_000);
	});

	it('takes the employer from an Organization, a Person or a plain string', () => {
		expect(job(withChanges({ hiringOrganization: { name: 'A/S Ø' } })).employer).toBe('A/S Ø');
		expect(
			job(withChanges({ hiringOrganization: { '@type': 'Person', name: 'Jens Hansen' } })).employer
		).toBe('Jens Hansen');
		expect(
			errorsOf(withChanges({ hiringOrganization: { '@type': 'Organization' } }))[
				'hiringOrganization.name'
			]
		).toBe('arbejdsgiverens navn mangler');
		expect(
			errorsOf(withChanges({ hiringOrganization: 'x'.repeat(201) }))['hiringOrganization.name']
		).toBe('arbejdsgiverens navn er over 200 tegn (201)');
	});
});
