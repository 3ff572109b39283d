import { describe, expect, it } from 'vitest';
import lookup from './postal-codes.json';
import { municipalities, postalCodeInfo, regions as allRegions } from './municipalities';
import { isMunicipalityCode, isPostalCode, isRegionCode, regions } from './place-codes';

describe('place codes (the small copy the search link parser uses)', () => {
	it('has the regions of the full tables, in the same order', () => {
		expect(regions).toEqual(allRegions);
	});

	it('knows exactly the municipality codes of the full tables', () => {
		for (const m of municipalities) expect(isMunicipalityCode(m.code), m.code).toBe(true);
		expect(isMunicipalityCode('0751')).toBe(false);
		expect(isMunicipalityCode('999')).toBe(false);
		expect(isRegionCode('1084')).toBe(true);
		expect(isRegionCode('1086')).toBe(false);
	});

	it('knows exactly the postal codes postalCodeInfo knows', () => {
		const candidates = new Set([...Object.keys(lookup), '0000', '0999', '1049', '9999', '3700']);
		for (let code = 0; code <= 9999; code += 7) candidates.add(String(code).padStart(4, '0'));
		for (const code of candidates) {
			expect(isPostalCode(code), code).toBe(postalCodeInfo(code) !== undefined);
		}
	});
});
