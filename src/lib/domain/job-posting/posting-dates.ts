/**
 * - `datePosted` is required: a date (= Danish midnight), a date-time with offset, or one without
 *   (= Danish local time); not before 2000, not more than a day after `now`.
 * - `validThrough` → deadline, the Danish local date of that instant (a date stays as it is).
 *   Before the posting date → invalid. More than 365 days after it → no deadline ("løbende"): CMSes
 *   put far-future placeholders there. A deadline already passed is imported as it is, so a
 *   re-import that ends an ad takes effect.
 */
import { addDays } from '../local-time';
import { instantOf, localDateOfParsed, parseDateTime } from './dates';
import { isMissing, quote, rawText, type Json } from './json-ld';
import { LIMITS, type Fail } from './types';

const DAY_MS = 86_400_000;

export function mapPostingDates(
	r: Json,
	now: Date,
	fail: Fail
): { postedAt: Date | null; deadline: string | null } {
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
			} else if (instant.getTime() > now.getTime() + DAY_MS) {
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
	return { postedAt, deadline };
}
