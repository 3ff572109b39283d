/**
 * Text: `title` (≤ 300 characters), `hiringOrganization.name` (or a plain string; ≤ 200) and
 * the other short fields lose HTML tags, have entities decoded and whitespace collapsed.
 * `description` (≤ 50,000 characters of text, ≤ 500,000 of input) is HTML turned into plain
 * text: block elements (p, div, h1–h6, ul, table, …) become paragraphs separated by a blank
 * line, `<br>` a line break, `<li>` a line "• …"; script/style are dropped. Text without tags is
 * kept as it is (paragraphs by blank lines); HTML that was escaped once (`&lt;p&gt;`) is
 * unescaped and then read as HTML. Language-tagged values (`{"@value","@language"}`) are read,
 * Danish first.
 */
import { htmlToText, inlineText } from './html-text';
import { danish, isMissing, node, rawText, type Json } from './json-ld';
import { LIMITS, type Fail, type MapOptions } from './types';

/** A required or optional one-line text field. */
export function lineText(
	value: unknown,
	field: string,
	what: string,
	max: number,
	required: boolean,
	fail: Fail
): string | null {
	if (isMissing(value)) {
		if (required) fail(field, `${what} mangler`);
		return null;
	}
	const raw = rawText(value);
	if (raw === null) {
		fail(field, `${what} skal være tekst`);
		return null;
	}
	// Far too long before cleaning: don't spend the work of reading its HTML.
	if (raw.length > max * 20) {
		fail(field, `${what} er over ${danish.format(max)} tegn (${danish.format(raw.length)})`);
		return null;
	}
	const clean = inlineText(raw);
	if (clean === '') {
		if (required) fail(field, `${what} mangler`);
		return null;
	}
	if (clean.length > max) {
		fail(field, `${what} er over ${danish.format(max)} tegn (${danish.format(clean.length)})`);
		return null;
	}
	return clean;
}

export function mapDescription(value: unknown, fail: Fail): string | null {
	if (isMissing(value)) {
		fail('description', 'beskrivelsen mangler');
		return null;
	}
	const raw = rawText(value);
	if (raw === null) {
		fail('description', 'beskrivelsen skal være tekst eller HTML');
		return null;
	}
	if (raw.length > LIMITS.descriptionInput) {
		fail(
			'description',
			`beskrivelsen er over ${danish.format(LIMITS.descriptionInput)} tegn (${danish.format(raw.length)})`
		);
		return null;
	}
	const description = htmlToText(raw);
	if (description === '') {
		fail('description', 'beskrivelsen mangler');
		return null;
	}
	if (description.length > LIMITS.description) {
		fail(
			'description',
			`beskrivelsen er over ${danish.format(LIMITS.description)} tegn (${danish.format(description.length)})`
		);
		return null;
	}
	return description;
}

/** The employer: an Organization's (or Person's) name, or a plain string. */
export function mapEmployer(r: Json, options: MapOptions, fail: Fail): string | null {
	const organization = node(r.hiringOrganization, options);
	return lineText(
		organization ? organization.name : r.hiringOrganization,
		'hiringOrganization.name',
		'arbejdsgiverens navn',
		LIMITS.employer,
		true,
		fail
	);
}
