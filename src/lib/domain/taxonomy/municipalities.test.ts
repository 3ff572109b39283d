import { describe, expect, it } from 'vitest';
import {
	municipalities,
	municipalitiesForPostalCode,
	municipalityByCode,
	municipalityForPostalCode,
	normalizePostalCode,
	officialMunicipalityName,
	pickablePostalCodes,
	postalCodeInfo,
	regions
} from './municipalities';

describe('municipalities', () => {
	it('has exactly the 98 municipalities with unique codes', () => {
		expect(municipalities).toHaveLength(98);
		expect(new Set(municipalities.map((m) => m.code)).size).toBe(98);
		expect(new Set(municipalities.map((m) => m.name)).size).toBe(98);
	});

	it('has 5 regions', () => {
		expect(regions).toHaveLength(5);
		expect(regions.map((r) => r.name)).toEqual([
			'Region Nordjylland',
			'Region Midtjylland',
			'Region Syddanmark',
			'Region Hovedstaden',
			'Region Sjælland'
		]);
		for (const m of municipalities) expect(regions).toContainEqual(m.region);
	});

	it('leaves Christiansø out', () => {
		expect(municipalityByCode('411')).toBeUndefined();
		expect(municipalities.some((m) => /christiansø/i.test(m.name))).toBe(false);
		expect(municipalityForPostalCode('3760')?.name).toBe('Bornholm');
	});

	it('gives every municipality at least one pickable postal code', () => {
		for (const m of municipalities) {
			expect(
				m.postalCodes.some((p) => p.pickable),
				m.name
			).toBe(true);
		}
	});

	it('strips " Kommune" and keeps Danish collation order', () => {
		for (const m of municipalities) expect(m.name).not.toMatch(/Kommune$/);
		const names = municipalities.map((m) => m.name);
		expect([...names].sort((a, b) => a.localeCompare(b, 'da'))).toEqual(names);
		expect(names.at(-1)).toBe('Aarhus');
		expect(officialMunicipalityName(municipalityByCode('101')!)).toBe('Københavns Kommune');
		expect(officialMunicipalityName(municipalityByCode('751')!)).toBe('Aarhus Kommune');
	});

	it.each([
		['8000', '751', 'Aarhus'],
		['5000', '461', 'Odense'],
		['1050', '101', 'København'],
		['9000', '851', 'Aalborg'],
		['2000', '147', 'Frederiksberg'],
		['2770', '185', 'Tårnby'],
		['0783', '101', 'København']
	])('maps postal code %s to %s %s', (postal, code, name) => {
		const m = municipalityForPostalCode(postal);
		expect(m?.code).toBe(code);
		expect(m?.name).toBe(name);
	});

	it('hides company and street-level codes from pickers but keeps them for lookup', () => {
		expect(postalCodeInfo('0783')).toMatchObject({ town: 'Facility', pickable: false });
		expect(postalCodeInfo('1050')).toMatchObject({ town: 'København K', pickable: false });
		expect(postalCodeInfo('1000')).toMatchObject({ town: 'København K', pickable: true });
		expect(postalCodeInfo('8000')).toMatchObject({ town: 'Aarhus C', pickable: true });
		expect(pickablePostalCodes.every((p) => p.pickable && Number(p.code) >= 1000)).toBe(true);
		const codes = pickablePostalCodes.map((p) => p.code);
		expect(new Set(codes).size).toBe(codes.length);
	});

	it('lists shared postal codes under every municipality, primary first', () => {
		const names = municipalitiesForPostalCode('2800').map((m) => m.name);
		expect(names[0]).toBe('Lyngby-Taarbæk');
		expect(names).toContain('Gentofte');
		expect(municipalitiesForPostalCode('12345')).toEqual([]);
	});

	it('normalises postal code input', () => {
		expect(normalizePostalCode(' 8000 ')).toBe('8000');
		expect(normalizePostalCode(800)).toBe('0800');
		expect(normalizePostalCode('80a0')).toBeNull();
		expect(municipalityByCode('0751')?.name).toBe('Aarhus');
	});
});
