/**
 * `occupationalCategory` is required (the job search filters and facets on it): a DISCO-08 /
 * ISCO-08 code of 2–6 digits, as "2221", "2221 Sygeplejerske", "2221: …", a number, or a
 * CategoryCode `{codeValue, name, inCodeSet}` (an `inCodeSet` other than ISCO/DISCO is invalid);
 * an array → its first usable entry. The code's sub-major group (first two digits) must exist
 * (finer levels are not in the taxonomy and are not checked). The occupation title is the given
 * name, else the sub-major group's Danish title. Missing, O*NET or free text → invalid.
 */
import { subMajorGroupOf } from '../taxonomy/occupations';
import { inlineText } from './html-text';
import { isMissing, isObject, node, quote, rawText } from './json-ld';
import type { FieldError } from '../validation';
import { LIMITS, type MapOptions, type Mapped } from './types';

type Occupation = { code: string; title: string };

const OCCUPATION_TEXT = /^(\d{2,6})(?:(?:\s*[:–—-]\s+|\s+)(.+))?$/s;

export function mapOccupation(value: unknown, options: MapOptions): Mapped<Occupation> {
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

	function mapOneOccupation(item: unknown): Mapped<Occupation> {
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
