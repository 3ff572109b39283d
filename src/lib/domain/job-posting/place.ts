/**
 * Place: the first `jobLocation` (Place or array) whose `address.postalCode` is a Danish postal
 * code ("8000", 8000, "DK-8000"); its primary municipality gives municipality_code.
 * `addressLocality` gives the city, else the postal district ("Aarhus C"). `addressCountry`, when
 * given, must be Denmark (DK, DNK, Danmark, Denmark). A remote job without a Danish address is
 * invalid: it cannot be placed in a municipality.
 */
import { normalizePostalCode, postalCodeInfo } from '../taxonomy/municipalities';
import type { FieldError } from '../validation';
import { inlineText } from './html-text';
import { isMissing, isObject, node, quote, rawText, type Json } from './json-ld';
import { LIMITS, type MapOptions, type Mapped } from './types';

export type Place = { municipalityCode: string; postalCode: string; city: string };

const COUNTRIES = new Set(['DK', 'DNK', 'DANMARK', 'DENMARK']);

export function mapPlace(value: unknown, options: MapOptions): Mapped<Place> {
	if (isMissing(value)) {
		return {
			errors: [
				{
					field: 'jobLocation',
					message:
						'arbejdsstedet mangler (et job uden dansk adresse kan ikke placeres i en kommune)'
				}
			]
		};
	}
	const candidates = Array.isArray(value) ? value : [value];
	let firstErrors: FieldError[] | null = null;
	for (const candidate of candidates) {
		const result = mapOnePlace(node(candidate, options), options);
		if (!('errors' in result)) return result;
		firstErrors ??= result.errors;
	}
	return { errors: firstErrors ?? [] };
}

function mapOnePlace(place: Json | null, options: MapOptions): Mapped<Place> {
	const error = (field: string, message: string) => ({ errors: [{ field, message }] });
	if (!place) return error('jobLocation', 'skal være et Place med en address');
	if (isMissing(place.address)) return error('jobLocation.address', 'adressen mangler');
	const address = node(place.address, options);
	if (!address) {
		return error('jobLocation.address', 'skal være en PostalAddress med postalCode');
	}
	const country = isObject(address.addressCountry)
		? rawText(address.addressCountry.name ?? address.addressCountry['@id'])
		: rawText(address.addressCountry);
	if (country !== null && country.trim() !== '' && !COUNTRIES.has(country.trim().toUpperCase())) {
		return error(
			'jobLocation.address.addressCountry',
			`kun job i Danmark kan importeres (fik ${quote(country.trim())})`
		);
	}
	if (isMissing(address.postalCode)) {
		return error('jobLocation.address.postalCode', 'postnummeret mangler');
	}
	const rawCode = rawText(address.postalCode)?.trim() ?? '';
	const code = normalizePostalCode(rawCode.replace(/^DK\s*-?\s*/i, ''));
	if (code === null) {
		return error(
			'jobLocation.address.postalCode',
			`${quote(rawCode || address.postalCode)} er ikke et dansk postnummer (fire cifre)`
		);
	}
	const info = postalCodeInfo(code);
	if (!info) return error('jobLocation.address.postalCode', `postnummeret ${code} findes ikke`);
	const locality = rawText(address.addressLocality);
	let city = locality === null ? '' : inlineText(locality);
	if (city.length > LIMITS.city) {
		return error('jobLocation.address.addressLocality', `bynavnet er over ${LIMITS.city} tegn`);
	}
	if (city === '') city = info.town;
	return { municipalityCode: info.municipalityCode, postalCode: code, city };
}
