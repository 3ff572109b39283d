/** Weekly hours as `workHours` states them; per-day texts are not read. */
import { parseNumber } from './json-ld';

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
