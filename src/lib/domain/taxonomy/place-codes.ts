/**
 * Which municipality, region and postal codes exist, and the five regions' names: what parsing a
 * search link needs, without the full tables of `municipalities.ts` (names, towns, which codes
 * belong where: ~8 KB compressed), which the job search page loads only when it shows a place.
 *
 * `place-codes.json` is derived from `municipalities.json` and `postal-codes.json`;
 * `place-codes.test.ts` checks that it still matches them (regenerate it from there when the
 * taxonomy is rebuilt).
 */
import data from './place-codes.json';
import type { Region } from './municipalities';

/** The five regions, ordered by region code (Nordjylland, Midtjylland, Syddanmark, Hovedstaden, Sjælland). */
export const regions: readonly Region[] = data.regions;

const regionCodes = new Set(regions.map((r) => r.code));
const municipalityCodes = new Set(data.municipalities.split(' '));
const postalCodes = new Set(data.postalCodes.split(' '));

/** A municipality code as in the tables: three digits without leading zero, e.g. "751". */
export function isMunicipalityCode(code: string): boolean {
	return municipalityCodes.has(code);
}

export function isRegionCode(code: string): boolean {
	return regionCodes.has(code);
}

/** A four-digit postal code that `postalCodeInfo` knows (company codes and street codes too). */
export function isPostalCode(code: string): boolean {
	return postalCodes.has(code);
}
