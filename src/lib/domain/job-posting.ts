/**
 * schema.org `JobPosting` (JSON-LD, as employers publish it for search engines) → one row of the
 * `jobs` table. Pure: no I/O, and the only clock is the `now` passed in. `npm run import:jobs`
 * (src/lib/server/job-import.ts) streams files through this.
 *
 * Input shapes: one JobPosting object, an array of them, or an object with `@graph` (the graph's
 * nodes of another `@type`, e.g. Organization, are context, not records; a node reference
 * `{"@id": …}` to such a node is followed). A record inherits `@context` from its container.
 * Every record is checked completely, so one run names every fault; each fault is a `FieldError`
 * with the schema.org path (`jobLocation.address.postalCode`) and a plain-Danish reason.
 *
 * Mapping rules:
 * - `@context` (own or inherited), when present, must be schema.org (http or https, a string, in an
 *   array, or as `@vocab`). `@type` must be `JobPosting` (also `schema:JobPosting` or the full IRI;
 *   an array of types must contain it).
 * - Identity (→ external_id, the upsert key; at most 500 characters): `identifier` — a
 *   PropertyValue gives `name:value` (the name is the issuing system, which keeps two employers'
 *   ad numbers apart) or just `value` without a name; a plain string/number is used as it is —
 *   else an absolute `@id` (http(s)/urn), else `url`. Without any of them the record is invalid:
 *   there would be no way to update it later. A record whose identity already occurred earlier
 *   in the same file is invalid (the first one wins).
 * - Text: `title` (≤ 300 characters), `hiringOrganization.name` (or a plain string; ≤ 200) and
 *   the other short fields lose HTML tags, have entities decoded and whitespace collapsed.
 *   `description` (≤ 50,000 characters of text, ≤ 500,000 of input) is HTML turned into plain
 *   text: block elements (p, div, h1–h6, ul, table, …) become paragraphs separated by a blank
 *   line, `<br>` a line break, `<li>` a line "• …"; script/style are dropped. Text without tags is
 *   kept as it is (paragraphs by blank lines); HTML that was escaped once (`&lt;p&gt;`) is
 *   unescaped and then read as HTML. Language-tagged values (`{"@value","@language"}`) are read,
 *   Danish first.
 * - Place: the first `jobLocation` (Place or array) whose `address.postalCode` is a Danish postal
 *   code ("8000", 8000, "DK-8000"); its primary municipality gives municipality_code.
 *   `addressLocality` gives the city, else the postal district ("Aarhus C"). `addressCountry`, when
 *   given, must be Denmark (DK, DNK, Danmark, Denmark). A remote job without a Danish address is
 *   invalid: it cannot be placed in a municipality.
 * - `employmentType` (text or array; FULL_TIME, PART_TIME, TEMPORARY, CONTRACTOR, INTERN,
 *   PER_DIEM, VOLUNTEER, OTHER; case and "-"/" " for "_" don't matter) → employment type:
 *   INTERN → student; PER_DIEM, or TEMPORARY/CONTRACTOR with "vikar" in the title → substitute;
 *   TEMPORARY/CONTRACTOR → temporary; anything else (or missing) → permanent. Only VOLUNTEER
 *   (unpaid) or only unknown values → invalid.
 * - Hours: `workHours` is read when it states hours per week ("37 timer", "37,5 t/uge", "30-37
 *   hours" → the upper bound; per-day texts are not read); 1–60 or the record is invalid.
 *   PART_TIME → part (default 25 hours, invalid with ≥ 37 read); FULL_TIME → full (default 37,
 *   invalid with < 30 read); both or neither → part below 37 read hours, else full 37; INTERN
 *   without FULL_TIME/PART_TIME → part, default 15 hours.
 * - `datePosted` is required: a date (= Danish midnight), a date-time with offset, or one without
 *   (= Danish local time); not before 2000, not more than a day after `now`.
 * - `validThrough` → deadline, the Danish local date of that instant (a date stays as it is).
 *   Before the posting date → invalid. More than 365 days after it → no deadline ("løbende"): CMSes
 *   put far-future placeholders there. A deadline already passed is imported as it is, so a
 *   re-import that ends an ad takes effect.
 * - `baseSalary` (MonetaryAmount) → hourly wage, only when `currency` is DKK (otherwise, or
 *   without a currency or unit, the wage is left out — not an error). The amount is `value`, else
 *   `minValue` (what the employer promises), else `maxValue`; per `unitText` HOUR as it is, DAY
 *   ÷ 7.4, WEEK ÷ 37, MONTH ÷ 160.33, YEAR ÷ 1,924 (12 × 160.33), rounded to whole kroner. A
 *   result outside 50–2,000 kr. an hour is invalid.
 * - `occupationalCategory` is required (the job search filters and facets on it): a DISCO-08 /
 *   ISCO-08 code of 2–6 digits, as "2221", "2221 Sygeplejerske", "2221: …", a number, or a
 *   CategoryCode `{codeValue, name, inCodeSet}` (an `inCodeSet` other than ISCO/DISCO is invalid);
 *   an array → its first usable entry. The code's sub-major group (first two digits) must exist
 *   (finer levels are not in the taxonomy and are not checked). The occupation title is the given
 *   name, else the sub-major group's Danish title. Missing, O*NET or free text → invalid.
 * - Applying: applyUrl = `applicationContact.url`, else `url` (http/https only — anything else,
 *   e.g. `javascript:`, is invalid); applyEmail = `applicationContact.email` ("mailto:" removed);
 *   contactName/contactPhone = `applicationContact.name`/`.telephone`. At least one of URL, email
 *   and phone is required.
 */
import { addDays, localDateOf, localDateTimeToUtc } from './local-time';
import { normalizePostalCode, postalCodeInfo } from './taxonomy/municipalities';
import { subMajorGroupOf } from './taxonomy/occupations';
import type { FieldError } from './validation';

/** The columns of a `jobs` row that an ad determines (the importer adds `id`). */
export interface JobPostingRow {
	externalId: string;
	title: string;
	employer: string;
	description: string;
	occupationCode: string;
	occupationTitle: string;
	municipalityCode: string;
	postalCode: string;
	city: string;
	hours: 'full' | 'part';
	weeklyHours: number;
	employmentType: 'permanent' | 'temporary' | 'substitute' | 'student';
	postedAt: Date;
	deadline: string | null;
	applyUrl: string | null;
	applyEmail: string | null;
	contactName: string | null;
	contactPhone: string | null;
	hourlyWageKr: number | null;
}

export type JobPostingResult =
	{ ok: true; job: JobPostingRow } | { ok: false; errors: FieldError[] };

/** Where a record stood: the line (1-based) and, inside an array or `@graph`, its position (1-based). */
export interface SourceLocation {
	line: number | null;
	index: number | null;
}

/** One record to map, with what it inherits from its container. */
export interface SourceRecord {
	record: unknown;
	location: SourceLocation;
	/** `@context` of the container, when the record has none of its own */
	context?: unknown;
	/** the container's `@graph` nodes by `@id`, to follow node references */
	nodes?: ReadonlyMap<string, Record<string, unknown>>;
	/** set when the container itself is at fault (e.g. a `@graph` without any JobPosting) */
	problem?: FieldError;
}

export interface MapOptions {
	now: Date;
	context?: unknown;
	nodes?: ReadonlyMap<string, Record<string, unknown>>;
}

export const LIMITS = {
	externalId: 500,
	title: 300,
	employer: 200,
	description: 50_000,
	descriptionInput: 500_000,
	occupationTitle: 200,
	city: 100,
	url: 2_000,
	email: 254,
	contactName: 200,
	weeklyHours: [1, 60],
	hourlyWageKr: [50, 2_000],
	deadlineDays: 365
} as const;

const FULL_TIME_HOURS = 37;
const PART_TIME_HOURS = 25;
const STUDENT_HOURS = 15;
/** Hours per month of a 37-hour week (37 × 52 / 12), the usual Danish divisor. */
const HOURS_PER_MONTH = 160.33;
const HOURS_PER = {
	HOUR: 1,
	DAY: 7.4,
	WEEK: 37,
	MONTH: HOURS_PER_MONTH,
	YEAR: HOURS_PER_MONTH * 12
};
const DAY_MS = 86_400_000;

const danish = new Intl.NumberFormat('da-DK');

// Reading JSON-LD values --------------------------------------------------------------------------

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMissing(value: unknown): boolean {
	return (
		value === undefined ||
		value === null ||
		(typeof value === 'string' && value.trim() === '') ||
		(Array.isArray(value) && value.length === 0)
	);
}

/** A value as plain text: strings, numbers, `{"@value": …}`; from an array the Danish (or first) one. */
function rawText(value: unknown): string | null {
	if (typeof value === 'string') return value;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (isObject(value) && '@value' in value) return rawText(value['@value']);
	if (Array.isArray(value)) {
		const danishValue = value.find(
			(v) => isObject(v) && typeof v['@language'] === 'string' && /^da\b/i.test(v['@language'])
		);
		for (const candidate of danishValue === undefined ? value : [danishValue, ...value]) {
			const text = rawText(candidate);
			if (text !== null && text.trim() !== '') return text;
		}
	}
	return null;
}

/** An object, following a node reference `{"@id": …}` into the container's `@graph`. */
function node(value: unknown, options: MapOptions): Json | null {
	const first = Array.isArray(value) ? value[0] : value;
	if (!isObject(first)) return null;
	const id = first['@id'];
	if (typeof id === 'string' && Object.keys(first).length === 1)
		return options.nodes?.get(id) ?? first;
	return first;
}

function quote(value: unknown): string {
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
}

/** "7,5" / "7.5" / "32.500,00" / "32,500.00" / 185 → number; null when it isn't one. */
export function parseNumber(value: unknown): number | null {
	if (typeof value === 'number') return Number.isFinite(value) ? value : null;
	if (typeof value !== 'string') return null;
	let s = value.trim().replace(/\s/g, '');
	if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
	else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
	else s = s.replace(',', '.');
	if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
	return Number(s);
}

// HTML → text ------------------------------------------------------------------------------------

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
function inlineText(input: string): string {
	return htmlToText(input).replace(/\s+/g, ' ').trim();
}

// Dates ------------------------------------------------------------------------------------------

const DATE_TIME =
	/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

type ParsedDate =
	| { kind: 'date'; date: string }
	| { kind: 'local'; date: string; time: string; extraMs: number }
	| { kind: 'instant'; ms: number };

/** ISO 8601 date or date-time (offset optional); null when it isn't one or the day doesn't exist. */
export function parseDateTime(text: string): ParsedDate | null {
	const m = DATE_TIME.exec(text.trim());
	if (!m) return null;
	const [, y, mo, d, hh, mm, ss, frac, zone] = m;
	const year = Number(y);
	const month = Number(mo);
	const day = Number(d);
	const check = new Date(Date.UTC(year, month - 1, day));
	if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
	const date = `${y}-${mo}-${d}`;
	if (hh === undefined || mm === undefined) return { kind: 'date', date };
	const hours = Number(hh);
	const minutes = Number(mm);
	const seconds = Number(ss ?? 0);
	if (hours > 23 || minutes > 59 || seconds > 59) return null;
	const extraMs = seconds * 1000 + Math.round(Number(frac ?? 0) * 1000);
	if (zone === undefined) return { kind: 'local', date, time: `${hh}:${mm}`, extraMs };
	let offsetMinutes = 0;
	if (zone.toUpperCase() !== 'Z') {
		const digits = zone.slice(1).replace(':', '');
		offsetMinutes =
			(zone.startsWith('-') ? -1 : 1) *
			(Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0));
	}
	const ms = Date.UTC(year, month - 1, day, hours, minutes) + extraMs - offsetMinutes * 60_000;
	return { kind: 'instant', ms };
}

/** Local-time conversions are costly (Intl); ads share dates and hours, so remember them. */
const midnightCache = new Map<string, number>();
const localDateCache = new Map<number, string>();

function cached<K, V>(cache: Map<K, V>, key: K, compute: () => V): V {
	let value = cache.get(key);
	if (value === undefined) {
		if (cache.size > 20_000) cache.clear();
		value = compute();
		cache.set(key, value);
	}
	return value;
}

function instantOf(parsed: ParsedDate): Date {
	if (parsed.kind === 'instant') return new Date(parsed.ms);
	if (parsed.kind === 'date') {
		return new Date(
			cached(midnightCache, parsed.date, () => localDateTimeToUtc(parsed.date, '00:00').getTime())
		);
	}
	return new Date(localDateTimeToUtc(parsed.date, parsed.time).getTime() + parsed.extraMs);
}

/** The Danish calendar date of an instant (Copenhagen's offset is whole hours, so per UTC hour). */
function danishDateOf(ms: number): string {
	const hour = Math.floor(ms / 3_600_000);
	return cached(localDateCache, hour, () => localDateOf(new Date(hour * 3_600_000)));
}

function localDateOfParsed(parsed: ParsedDate): string {
	return parsed.kind === 'instant' ? danishDateOf(parsed.ms) : parsed.date;
}

// Hours ------------------------------------------------------------------------------------------

const HOURS_TEXT =
	/(\d{1,3}(?:[.,]\d+)?)(?:\s*(?:-|–|til|to)\s*(\d{1,3}(?:[.,]\d+)?))?\s*(?:timer|time|t\.?(?=\s|\/|$)|hours?|hrs?\.?|h\b)/i;
const PER_DAY = /\b(?:dag|dagen|dagligt|daglig|daily|day|per dag|pr\.? dag)\b/i;

/** Weekly hours stated in `workHours` ("37 timer om ugen", "30-37 t/uge" → 37); null when none is. */
export function readWeeklyHours(text: string): number | null {
	const s = text.trim();
	if (/^\d{1,3}(?:[.,]\d+)?$/.test(s)) return parseNumber(s);
	if (PER_DAY.test(s)) return null;
	const m = HOURS_TEXT.exec(s);
	if (!m) return null;
	const low = parseNumber(m[1]);
	const high = m[2] === undefined ? null : parseNumber(m[2]);
	return high ?? low;
}

// Mapping ----------------------------------------------------------------------------------------

const SCHEMA_ORG = /^https?:\/\/schema\.org\/?$/i;
const JOB_POSTING_TYPES = new Set([
	'JobPosting',
	'schema:JobPosting',
	'http://schema.org/JobPosting',
	'https://schema.org/JobPosting'
]);

function isSchemaOrgContext(context: unknown): boolean {
	if (typeof context === 'string') return SCHEMA_ORG.test(context.trim());
	if (Array.isArray(context)) return context.some(isSchemaOrgContext);
	if (isObject(context)) {
		const vocab = context['@vocab'];
		return typeof vocab === 'string' && SCHEMA_ORG.test(vocab.trim());
	}
	return false;
}

/** `@type` is JobPosting (or an array containing it). */
export function isJobPostingType(type: unknown): boolean {
	if (typeof type === 'string') return JOB_POSTING_TYPES.has(type.trim());
	return Array.isArray(type) && type.some(isJobPostingType);
}

const EMPLOYMENT_TYPES = new Set([
	'FULL_TIME',
	'PART_TIME',
	'TEMPORARY',
	'CONTRACTOR',
	'INTERN',
	'PER_DIEM',
	'VOLUNTEER',
	'OTHER'
]);
const COUNTRIES = new Set(['DK', 'DNK', 'DANMARK', 'DENMARK']);

function httpUrl(text: string): URL | null {
	try {
		const url = new URL(text.trim());
		return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
	} catch {
		return null;
	}
}

/** Maps one record; every fault is reported, not just the first. */
export function mapJobPosting(input: unknown, options: MapOptions): JobPostingResult {
	if (!isObject(input)) {
		return {
			ok: false,
			errors: [{ field: '', message: 'forventede et JSON-objekt (en JobPosting)' }]
		};
	}
	const r = input;
	const errors: FieldError[] = [];
	const fail = (field: string, message: string) => errors.push({ field, message });

	/** A required or optional one-line text field. */
	const text = (
		value: unknown,
		field: string,
		what: string,
		max: number,
		required: boolean
	): string | null => {
		if (isMissing(value)) {
			if (required) fail(field, `${what} mangler`);
			return null;
		}
		const raw = rawText(value);
		if (raw === null) {
			fail(field, `${what} skal være tekst`);
			return null;
		}
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
	};

	// JSON-LD framing
	const context = '@context' in r ? r['@context'] : options.context;
	if (context !== undefined && !isSchemaOrgContext(context)) {
		fail('@context', `forventede https://schema.org, fik ${quote(context)}`);
	}
	if (isMissing(r['@type'])) fail('@type', 'mangler (forventede JobPosting)');
	else if (!isJobPostingType(r['@type'])) {
		fail('@type', `forventede JobPosting, fik ${quote(r['@type'])}`);
	}

	// Identity
	let externalId: string | null = null;
	const identifier = Array.isArray(r.identifier) ? r.identifier[0] : r.identifier;
	const atId = typeof r['@id'] === 'string' ? r['@id'].trim() : '';
	const pageUrl = typeof r.url === 'string' ? httpUrl(r.url) : null;
	if (!isMissing(identifier)) {
		const property = node(identifier, options);
		if (property && !('@value' in property)) {
			const value = rawText(property.value)?.trim();
			const name = rawText(property.name)?.trim();
			if (!value) fail('identifier.value', 'annoncens id mangler');
			else externalId = name ? `${name}:${value}` : value;
		} else {
			const value = rawText(identifier)?.trim();
			if (!value) fail('identifier', 'annoncens id skal være tekst eller en PropertyValue');
			else externalId = value;
		}
	} else if (/^(?:https?|urn):\S+$/i.test(atId)) {
		externalId = atId;
	} else if (pageUrl) {
		externalId = pageUrl.href;
	} else {
		fail('identifier', 'annoncen har intet id (angiv identifier eller url)');
	}
	if (externalId !== null && externalId.length > LIMITS.externalId) {
		fail('identifier', `id'et er over ${LIMITS.externalId} tegn`);
	}

	// Texts
	const title = text(r.title, 'title', 'titlen', LIMITS.title, true);
	let description: string | null = null;
	if (isMissing(r.description)) fail('description', 'beskrivelsen mangler');
	else {
		const raw = rawText(r.description);
		if (raw === null) fail('description', 'beskrivelsen skal være tekst eller HTML');
		else if (raw.length > LIMITS.descriptionInput) {
			fail(
				'description',
				`beskrivelsen er over ${danish.format(LIMITS.descriptionInput)} tegn (${danish.format(raw.length)})`
			);
		} else {
			description = htmlToText(raw);
			if (description === '') {
				fail('description', 'beskrivelsen mangler');
				description = null;
			} else if (description.length > LIMITS.description) {
				fail(
					'description',
					`beskrivelsen er over ${danish.format(LIMITS.description)} tegn (${danish.format(description.length)})`
				);
				description = null;
			}
		}
	}

	const organization = node(r.hiringOrganization, options);
	const employer = text(
		organization ? organization.name : r.hiringOrganization,
		'hiringOrganization.name',
		'arbejdsgiverens navn',
		LIMITS.employer,
		true
	);

	// Place
	const place = mapPlace(r.jobLocation, options);
	if ('errors' in place) errors.push(...place.errors);

	// Employment type and hours
	const types = new Set<string>();
	const unknownTypes: string[] = [];
	if (!isMissing(r.employmentType)) {
		for (const value of Array.isArray(r.employmentType) ? r.employmentType : [r.employmentType]) {
			const raw = rawText(value);
			const type =
				raw
					?.trim()
					.toUpperCase()
					.replace(/[\s-]+/g, '_') ?? '';
			if (EMPLOYMENT_TYPES.has(type)) types.add(type);
			else unknownTypes.push(raw ?? JSON.stringify(value));
		}
		if (types.size === 0) {
			fail(
				'employmentType',
				`ukendt værdi ${quote(unknownTypes[0])} (brug FULL_TIME, PART_TIME, TEMPORARY, CONTRACTOR, INTERN, PER_DIEM eller OTHER)`
			);
		} else if (types.size === 1 && types.has('VOLUNTEER')) {
			fail('employmentType', 'frivilligt, ulønnet arbejde (VOLUNTEER) importeres ikke som job');
		}
	}
	const full = types.has('FULL_TIME');
	const part = types.has('PART_TIME');
	const employmentType: JobPostingRow['employmentType'] = types.has('INTERN')
		? 'student'
		: types.has('PER_DIEM') ||
			  ((types.has('TEMPORARY') || types.has('CONTRACTOR')) && /vikar/i.test(title ?? ''))
			? 'substitute'
			: types.has('TEMPORARY') || types.has('CONTRACTOR')
				? 'temporary'
				: 'permanent';

	let statedHours: number | null = null;
	if (!isMissing(r.workHours)) {
		const raw = rawText(r.workHours);
		if (raw === null) fail('workHours', 'arbejdstiden skal være tekst');
		else {
			const read = readWeeklyHours(raw);
			if (read !== null) {
				const rounded = Math.round(read);
				const [min, max] = LIMITS.weeklyHours;
				if (rounded < min || rounded > max) {
					fail('workHours', `${danish.format(read)} timer om ugen er urimeligt (${min}–${max})`);
				} else statedHours = rounded;
			}
		}
	}
	let hours: JobPostingRow['hours'];
	let weeklyHours: number;
	if (part && !full) {
		hours = 'part';
		weeklyHours = statedHours ?? PART_TIME_HOURS;
		if (statedHours !== null && statedHours >= FULL_TIME_HOURS) {
			fail('workHours', `${statedHours} timer om ugen passer ikke med deltid (PART_TIME)`);
		}
	} else if (full && !part) {
		hours = 'full';
		weeklyHours = statedHours ?? FULL_TIME_HOURS;
		if (statedHours !== null && statedHours < 30) {
			fail('workHours', `${statedHours} timer om ugen passer ikke med fuldtid (FULL_TIME)`);
		}
	} else if (statedHours !== null) {
		hours = statedHours < FULL_TIME_HOURS ? 'part' : 'full';
		weeklyHours = statedHours;
	} else if (employmentType === 'student' && !full) {
		hours = 'part';
		weeklyHours = STUDENT_HOURS;
	} else {
		hours = 'full';
		weeklyHours = FULL_TIME_HOURS;
	}

	// Dates
	let postedAt: Date | null = null;
	let postedDate: string | null = null;
	if (isMissing(r.datePosted)) fail('datePosted', 'opslagsdatoen mangler');
	else {
		const raw = rawText(r.datePosted) ?? '';
		const parsed = parseDateTime(raw);
		if (!parsed) fail('datePosted', `ugyldig dato ${quote(raw)} (brug ÅÅÅÅ-MM-DD)`);
		else {
			const instant = instantOf(parsed);
			if (instant.getUTCFullYear() < 2000) {
				fail('datePosted', `opslagsdatoen ${raw.trim()} er før år 2000`);
			} else if (instant.getTime() > options.now.getTime() + DAY_MS) {
				fail('datePosted', `opslagsdatoen ${raw.trim()} ligger i fremtiden`);
			} else {
				postedAt = instant;
				postedDate = localDateOfParsed(parsed);
			}
		}
	}
	let deadline: string | null = null;
	if (!isMissing(r.validThrough)) {
		const raw = rawText(r.validThrough) ?? '';
		const parsed = parseDateTime(raw);
		if (!parsed) fail('validThrough', `ugyldig dato ${quote(raw)} (brug ÅÅÅÅ-MM-DD)`);
		else {
			const date = localDateOfParsed(parsed);
			if (postedDate !== null && date < postedDate) {
				fail('validThrough', `ansøgningsfristen ${date} ligger før opslagsdatoen ${postedDate}`);
			} else if (postedDate === null || date <= addDays(postedDate, LIMITS.deadlineDays)) {
				deadline = date;
			}
		}
	}

	// Wage
	const hourlyWageKr = mapWage(r.baseSalary, options, fail);

	// Occupation
	const occupation = mapOccupation(r.occupationalCategory, options);
	if ('errors' in occupation) errors.push(...occupation.errors);

	// Applying
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
		? text(
				contact.name,
				'applicationContact.name',
				'kontaktpersonens navn',
				LIMITS.contactName,
				false
			)
		: null;
	if (
		applyUrl === null &&
		applyEmail === null &&
		contactPhone === null &&
		!errors.some((e) => e.field === 'url' || e.field.startsWith('applicationContact.'))
	) {
		fail(
			'url',
			'der står ikke, hvordan man søger (angiv url, applicationContact.email eller applicationContact.telephone)'
		);
	}

	if (
		errors.length > 0 ||
		externalId === null ||
		title === null ||
		description === null ||
		employer === null ||
		'errors' in place ||
		'errors' in occupation ||
		postedAt === null
	) {
		return { ok: false, errors };
	}
	return {
		ok: true,
		job: {
			externalId,
			title,
			employer,
			description,
			occupationCode: occupation.code,
			occupationTitle: occupation.title,
			municipalityCode: place.municipalityCode,
			postalCode: place.postalCode,
			city: place.city,
			hours,
			weeklyHours,
			employmentType,
			postedAt,
			deadline,
			applyUrl,
			applyEmail,
			contactName,
			contactPhone,
			hourlyWageKr
		}
	};
}

type Place = { municipalityCode: string; postalCode: string; city: string };

function mapPlace(value: unknown, options: MapOptions): Place | { errors: FieldError[] } {
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

function mapOnePlace(place: Json | null, options: MapOptions): Place | { errors: FieldError[] } {
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

function mapWage(
	value: unknown,
	options: MapOptions,
	fail: (field: string, message: string) => void
): number | null {
	const salary = node(value, options);
	if (!salary) return null;
	const currency = rawText(salary.currency)?.trim().toUpperCase();
	if (currency !== 'DKK') return null;
	const amountNode = isObject(salary.value) ? node(salary.value, options) : null;
	const source = amountNode ?? salary;
	const unit = rawText(source.unitText ?? salary.unitText)
		?.trim()
		.toUpperCase() as keyof typeof HOURS_PER | undefined;
	if (unit === undefined || !(unit in HOURS_PER)) return null;
	const field = amountNode ? 'baseSalary.value' : 'baseSalary';
	const rawAmount = amountNode
		? [amountNode.value, amountNode.minValue, amountNode.maxValue].find((v) => !isMissing(v))
		: salary.value;
	if (rawAmount === undefined || isMissing(rawAmount)) return null;
	const amount = parseNumber(rawAmount);
	if (amount === null) {
		fail(field, `${quote(rawAmount)} er ikke et beløb`);
		return null;
	}
	const hourly = Math.round(amount / HOURS_PER[unit]);
	const [min, max] = LIMITS.hourlyWageKr;
	if (hourly < min || hourly > max) {
		fail(
			field,
			`lønnen svarer til ${danish.format(hourly)} kr. i timen; forventede ${danish.format(min)}–${danish.format(max)} kr.`
		);
		return null;
	}
	return hourly;
}

const OCCUPATION_TEXT = /^(\d{2,6})(?:(?:\s*[:–—-]\s+|\s+)(.+))?$/s;

function mapOccupation(
	value: unknown,
	options: MapOptions
): { code: string; title: string } | { errors: FieldError[] } {
	const field = 'occupationalCategory';
	const error = (message: string) => ({ errors: [{ field, message }] });
	if (isMissing(value)) {
		return error('stillingskategorien mangler (en DISCO-08-kode, fx "2221 Sygeplejerske")');
	}
	const candidates = Array.isArray(value) ? value : [value];
	let first: { errors: FieldError[] } | null = null;
	for (const candidate of candidates) {
		const result = mapOneOccupation(node(candidate, options) ?? candidate);
		if (!('errors' in result)) return result;
		first ??= result;
	}
	return first ?? error('stillingskategorien mangler');

	function mapOneOccupation(
		item: unknown
	): { code: string; title: string } | { errors: FieldError[] } {
		let code: string;
		let name: string | null = null;
		if (isObject(item) && !('@value' in item)) {
			const codeSet = isObject(item.inCodeSet)
				? rawText(item.inCodeSet.name ?? item.inCodeSet['@id'])
				: rawText(item.inCodeSet);
			if (codeSet !== null && !/isco|disco/i.test(codeSet)) {
				return error(`kun DISCO-08/ISCO-08 kan bruges (fik kodesættet ${quote(codeSet)})`);
			}
			code = rawText(item.codeValue)?.trim() ?? '';
			name = rawText(item.name);
			if (code === '') return error('codeValue mangler (en DISCO-08-kode, fx "2221")');
		} else {
			const raw = rawText(item)?.trim() ?? '';
			const m = OCCUPATION_TEXT.exec(raw);
			if (!m) {
				return error(`forventede en DISCO-08-kode, fx "2221 Sygeplejerske" (fik ${quote(raw)})`);
			}
			code = m[1] as string;
			name = m[2] ?? null;
		}
		if (!/^\d{2,6}$/.test(code)) {
			return error(`${quote(code)} er ikke en DISCO-08-kode (2–6 cifre)`);
		}
		const group = subMajorGroupOf(code);
		if (!group) return error(`DISCO-08-gruppen ${code.slice(0, 2)} findes ikke`);
		const title = name === null ? '' : inlineText(name);
		if (title.length > LIMITS.occupationTitle) {
			return error(`stillingsbetegnelsen er over ${LIMITS.occupationTitle} tegn`);
		}
		return { code, title: title || group.title.da };
	}
}

// Containers and files ---------------------------------------------------------------------------

/**
 * The records in a parsed JSON value: itself, an array's elements, or a `@graph`'s JobPosting
 * nodes. `line` is where the value stands; `elementLines[i]` (when known) where element i stands.
 */
export function recordsIn(
	value: unknown,
	line: number | null,
	elementLines: readonly number[] = []
): SourceRecord[] {
	if (Array.isArray(value)) {
		return value.flatMap((element, i) => {
			const at = elementLines[i] ?? line;
			if (isObject(element) && '@graph' in element) return graphRecords(element, at, i + 1);
			return [{ record: element, location: { line: at, index: i + 1 } }];
		});
	}
	if (isObject(value) && '@graph' in value) return graphRecords(value, line, null, elementLines);
	return [{ record: value, location: { line, index: null } }];
}

function graphRecords(
	container: Json,
	line: number | null,
	index: number | null,
	elementLines: readonly number[] = []
): SourceRecord[] {
	const graph = container['@graph'];
	const graphNodes = Array.isArray(graph) ? graph : [graph];
	const nodes = new Map<string, Json>();
	for (const n of graphNodes) {
		if (isObject(n) && typeof n['@id'] === 'string') nodes.set(n['@id'], n);
	}
	const records: SourceRecord[] = [];
	graphNodes.forEach((n, i) => {
		if (!isObject(n) || !isJobPostingType(n['@type'])) return;
		records.push({
			record: n,
			location: { line: elementLines[i] ?? line, index: index ?? i + 1 },
			context: container['@context'],
			nodes
		});
	});
	if (records.length === 0) {
		records.push({
			record: container,
			location: { line, index },
			problem: { field: '@graph', message: 'indeholder ingen JobPosting' }
		});
	}
	return records;
}

/** Maps a record from `recordsIn`, with what it inherits from its container. */
export function mapSourceRecord(source: SourceRecord, now: Date): JobPostingResult {
	if (source.problem) return { ok: false, errors: [source.problem] };
	return mapJobPosting(source.record, { now, context: source.context, nodes: source.nodes });
}

/**
 * 1-based line numbers of the elements of a JSON text's record list — the root array, or the
 * root object's `@graph` array — in one pass, without building anything. Assumes valid JSON.
 */
export function elementLines(text: string): number[] {
	const lines: number[] = [];
	let line = 1;
	let depth = 0;
	let root: 'array' | 'object' | null = null;
	let trackDepth = -1;
	let expectElement = false;
	let keyStart = -1;
	let keyEnd = -1;
	let key: string | null = null;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 10) {
			line++;
			continue;
		}
		if (c === 32 || c === 9 || c === 13 || c === 0xfeff) continue;
		if (expectElement && depth === trackDepth) {
			expectElement = false;
			if (c !== 93) lines.push(line);
		}
		if (c === 34) {
			const start = i;
			for (i++; i < text.length; i++) {
				const d = text.charCodeAt(i);
				if (d === 92) i++;
				else if (d === 34) break;
			}
			if (root === 'object' && depth === 1) {
				keyStart = start;
				keyEnd = i;
			}
			continue;
		}
		if (c === 123 || c === 91) {
			if (depth === 0) {
				root = c === 91 ? 'array' : 'object';
				if (root === 'array') {
					trackDepth = 1;
					expectElement = true;
				}
			} else if (depth === 1 && root === 'object' && c === 91 && key === '@graph') {
				trackDepth = 2;
				expectElement = true;
			}
			depth++;
		} else if (c === 125 || c === 93) {
			depth--;
			if (depth < trackDepth) trackDepth = -1;
		} else if (c === 44) {
			if (depth === trackDepth) expectElement = true;
		} else if (c === 58 && root === 'object' && depth === 1 && keyStart >= 0) {
			key = JSON.parse(text.slice(keyStart, keyEnd + 1)) as string;
		}
	}
	return lines;
}

/** "linje 7", "linje 34 (post 3)" or "post 3": where a problem is, as the report says it. */
export function describeLocation(location: SourceLocation): string {
	if (location.line !== null && location.index !== null) {
		return `linje ${location.line} (post ${location.index})`;
	}
	if (location.line !== null) return `linje ${location.line}`;
	if (location.index !== null) return `post ${location.index}`;
	return 'filen';
}

/** One report line: "linje 7: jobLocation.address.postalCode: postnummeret 9999 findes ikke". */
export function formatProblem(location: SourceLocation, error: FieldError): string {
	return `${describeLocation(location)}: ${error.field ? `${error.field}: ` : ''}${error.message}`;
}
