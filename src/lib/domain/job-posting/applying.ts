/**
 * Applying: applyUrl = `applicationContact.url`, else `url` (http/https only — anything else,
 * e.g. `javascript:`, is invalid); applyEmail = `applicationContact.email` ("mailto:" removed);
 * contactName/contactPhone = `applicationContact.name`/`.telephone`. At least one of URL, email
 * and phone is required.
 */
import { danish, httpUrl, isMissing, node, quote, rawText, type Json } from './json-ld';
import { lineText } from './texts';
import { LIMITS, type Fail, type JobPostingRow, type MapOptions } from './types';

type Applying = Pick<JobPostingRow, 'applyUrl' | 'applyEmail' | 'contactName' | 'contactPhone'>;

export function mapApplying(r: Json, options: MapOptions, report: Fail): Applying {
	// A faulty url, email or phone is named by itself; "no way to apply" would only repeat it.
	let faulty = false;
	const fail: Fail = (field, message) => {
		faulty = true;
		report(field, message);
	};
	const contact = node(r.applicationContact, options);
	let applyUrl: string | null = null;
	const urlSource =
		contact && !isMissing(contact.url)
			? { field: 'applicationContact.url', value: contact.url }
			: !isMissing(r.url)
				? { field: 'url', value: r.url }
				: null;
	if (urlSource) {
		const urlText = rawText(urlSource.value);
		const url = urlText === null ? null : httpUrl(urlText);
		if (urlText === null) fail(urlSource.field, 'adressen skal være tekst');
		else if (!url) fail(urlSource.field, `${quote(urlText)} er ikke en http(s)-adresse`);
		else if (url.href.length > LIMITS.url) {
			fail(urlSource.field, `adressen er over ${danish.format(LIMITS.url)} tegn`);
		} else applyUrl = url.href;
	}
	let applyEmail: string | null = null;
	if (contact && !isMissing(contact.email)) {
		const email = (rawText(contact.email) ?? '').trim().replace(/^mailto:/i, '');
		if (!/^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:.]+$/.test(email)) {
			fail('applicationContact.email', `${quote(email)} er ikke en e-mailadresse`);
		} else if (email.length > LIMITS.email) {
			fail('applicationContact.email', `e-mailadressen er over ${LIMITS.email} tegn`);
		} else applyEmail = email;
	}
	let contactPhone: string | null = null;
	if (contact && !isMissing(contact.telephone)) {
		const phone = (rawText(contact.telephone) ?? '')
			.trim()
			.replace(/^tel:/i, '')
			.replace(/\s+/g, ' ');
		const digits = phone.replace(/\D/g, '').length;
		if (!/^\+?[\d ()./-]{6,30}$/.test(phone) || digits < 6 || digits > 15) {
			fail('applicationContact.telephone', `${quote(phone)} er ikke et telefonnummer`);
		} else contactPhone = phone;
	}
	const contactName = contact
		? lineText(
				contact.name,
				'applicationContact.name',
				'kontaktpersonens navn',
				LIMITS.contactName,
				false,
				fail
			)
		: null;
	if (applyUrl === null && applyEmail === null && contactPhone === null && !faulty) {
		report(
			'url',
			'der står ikke, hvordan man søger (angiv url, applicationContact.email eller applicationContact.telephone)'
		);
	}
	return { applyUrl, applyEmail, contactName, contactPhone };
}
