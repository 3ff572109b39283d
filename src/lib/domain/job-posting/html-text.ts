/**
 * HTML → plain text, as `description` and the short fields need it: block elements become
 * paragraphs, `<br>` a line break, `<li>` a line "• …", script/style are dropped, entities are
 * decoded once. Linear on hostile input (unclosed comments, scripts, quotes).
 */
const namedEntities: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
	shy: '',
	aelig: 'æ',
	AElig: 'Æ',
	oslash: 'ø',
	Oslash: 'Ø',
	aring: 'å',
	Aring: 'Å',
	auml: 'ä',
	Auml: 'Ä',
	ouml: 'ö',
	Ouml: 'Ö',
	uuml: 'ü',
	Uuml: 'Ü',
	eacute: 'é',
	Eacute: 'É',
	egrave: 'è',
	aacute: 'á',
	oacute: 'ó',
	iacute: 'í',
	szlig: 'ß',
	ndash: '–',
	mdash: '—',
	hellip: '…',
	bull: '•',
	middot: '·',
	lsquo: '‘',
	rsquo: '’',
	sbquo: '‚',
	ldquo: '“',
	rdquo: '”',
	bdquo: '„',
	laquo: '«',
	raquo: '»',
	euro: '€',
	copy: '©',
	reg: '®',
	trade: '™',
	deg: '°',
	frac12: '½',
	times: '×',
	sect: '§'
};

/** Named and numeric entities; an unknown name stays as written, an invalid code point is U+FFFD. */
export function decodeEntities(text: string): string {
	return text.replace(
		/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/gi,
		(match, name: string) => {
			if (name.startsWith('#')) {
				const code =
					name[1] === 'x' || name[1] === 'X'
						? Number.parseInt(name.slice(2), 16)
						: Number.parseInt(name.slice(1), 10);
				const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
				return valid ? String.fromCodePoint(code) : '\ufffd';
			}
			return namedEntities[name] ?? match;
		}
	);
}

/**
 * The rest of a tag after its name: attributes, where quoted values may hold ">". No part may
 * cross a "<", so a failed match stops at the next tag and the scan stays linear.
 */
const ATTRS = `(?:[^<>"']|"[^"<]*"|'[^'<]*')*`;
const tag = (names: string) => new RegExp(`<(?:${names})\\b${ATTRS}>`, 'gi');
const TAG = tag('/?[a-z][a-z0-9-]*');
const HAS_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i;
const BREAK = tag('br');
const LIST_ITEM = tag('li');
const LIST_ITEM_END = tag('/li');
const CELL = tag('/?(?:td|th)');
const BLOCK = tag(
	'/?(?:p|div|h[1-6]|ul|ol|dl|dt|dd|table|thead|tbody|tfoot|tr|section|article|header|footer|main|aside|nav|blockquote|pre|hr|figure|figcaption|address|form|fieldset|details|summary|center)'
);
const DROPPED_OPEN = new RegExp(
	`<!--|<(script|style|template|noscript|head|title)\\b${ATTRS}>`,
	'gi'
);

/**
 * Removes comments and script/style/… elements with their content, in one linear pass (a lazy
 * regex would rescan the rest of the text for every unclosed one). Unclosed: only the opener goes.
 */
function dropHidden(html: string): string {
	const lower = html.toLowerCase();
	const unclosed = new Set<string>();
	let out = '';
	let pos = 0;
	DROPPED_OPEN.lastIndex = 0;
	for (let m = DROPPED_OPEN.exec(html); m; m = DROPPED_OPEN.exec(html)) {
		const name = m[1]?.toLowerCase();
		const closer = name === undefined ? '-->' : `</${name}`;
		const close = unclosed.has(closer) ? -1 : lower.indexOf(closer, DROPPED_OPEN.lastIndex);
		let end: number;
		if (close < 0) {
			unclosed.add(closer);
			end = DROPPED_OPEN.lastIndex;
		} else if (name === undefined) end = close + closer.length;
		else {
			const gt = html.indexOf('>', close);
			end = gt < 0 ? html.length : gt + 1;
		}
		out += html.slice(pos, m.index);
		pos = end;
		DROPPED_OPEN.lastIndex = end;
	}
	return out + html.slice(pos);
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Plain text in paragraphs: lines trimmed, runs of spaces collapsed, paragraphs split by one blank line. */
function tidy(text: string): string {
	return text
		.replace(/\r\n?/g, '\n')
		.replace(CONTROL, '')
		.replace(/[\t\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ')
		.split('\n')
		.map((line) => line.replace(/ {2,}/g, ' ').trim())
		.filter((line) => line !== '•')
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/**
 * HTML (as in JobPosting.description) → plain text with paragraphs separated by a blank line.
 * Text without tags keeps its own line breaks; text with tags follows HTML whitespace rules.
 */
export function htmlToText(input: string): string {
	let html = input;
	if (!HAS_TAG.test(html)) {
		const decoded = decodeEntities(html);
		if (!HAS_TAG.test(decoded)) return tidy(decoded);
		html = decoded; // HTML escaped once, as some feeds do
	}
	const text = dropHidden(html)
		.replace(/[ \t\r\n\f]+/g, ' ')
		.replace(BREAK, '\n')
		.replace(LIST_ITEM, '\n• ')
		.replace(LIST_ITEM_END, '')
		.replace(CELL, ' ')
		.replace(BLOCK, '\n\n')
		.replace(TAG, '');
	return tidy(decodeEntities(text));
}

/** A one-line text field: tags out, entities decoded, all whitespace one space. */
export function inlineText(input: string): string {
	return htmlToText(input).replace(/\s+/g, ' ').trim();
}
