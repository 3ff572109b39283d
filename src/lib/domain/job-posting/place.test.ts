import { describe, expect, it } from 'vitest';
import { errorsOf, job, withChanges } from './test-records';

describe('place', () => {
	const at = (address: unknown, extra: Record<string, unknown> = {}) =>
		withChanges({ jobLocation: { '@type': 'Place', address, ...extra } });

	it('maps the postal code to its primary municipality and district', () => {
		const row = job(at({ postalCode: 8000 }));
		expect([row.postalCode, row.city, row.municipalityCode]).toEqual(['8000', 'Aarhus C', '751']);
		expect(job(at({ postalCode: 'DK-2300' })).city).toBe('København S');
		expect(job(at({ postalCode: '1050' })).municipalityCode).toBe('101');
		expect(job(at({ postalCode: '2000', addressLocality: 'Frederiksberg' })).city).toBe(
			'Frederiksberg'
		);
	});

	it('names a postal code that does not exist', () => {
		expect(errorsOf(at({ postalCode: '9999' }))['jobLocation.address.postalCode']).toBe(
			'postnummeret 9999 findes ikke'
		);
		expect(errorsOf(at({ postalCode: 'SE-11122' }))['jobLocation.address.postalCode']).toBe(
			'"SE-11122" er ikke et dansk postnummer (fire cifre)'
		);
		expect(errorsOf(at({ addressLocality: 'Vejle' }))['jobLocation.address.postalCode']).toBe(
			'postnummeret mangler'
		);
	});

	it('refuses other countries, a text address and a missing place', () => {
		expect(
			errorsOf(at({ postalCode: '8000', addressCountry: 'SE' }))[
				'jobLocation.address.addressCountry'
			]
		).toBe('kun job i Danmark kan importeres (fik "SE")');
		expect(job(at({ postalCode: '8000', addressCountry: { name: 'Danmark' } })).postalCode).toBe(
			'8000'
		);
		expect(errorsOf(at('Vestergade 1, 8000 Aarhus C'))['jobLocation.address']).toBe(
			'skal være en PostalAddress med postalCode'
		);
		expect(errorsOf(withChanges({ jobLocation: undefined })).jobLocation).toMatch(
			/arbejdsstedet mangler/
		);
		expect(
			errorsOf(withChanges({ jobLocation: undefined, jobLocationType: 'TELECOMMUTE' })).jobLocation
		).toMatch(/kan ikke placeres i en kommune/);
	});

	it('uses the first location with a Danish postal code', () => {
		const jobLocation = [
			{ address: { postalCode: '11122', addressCountry: 'SE' } },
			{ address: { postalCode: '5000' } }
		];
		expect(job(withChanges({ jobLocation })).postalCode).toBe('5000');
		expect(
			errorsOf(withChanges({ jobLocation: [{ address: { postalCode: '9999' } }] }))[
				'jobLocation.address.postalCode'
			]
		).toBe('postnummeret 9999 findes ikke');
	});
});
