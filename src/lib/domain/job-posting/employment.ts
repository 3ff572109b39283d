/**
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
 */
import { readWeeklyHours } from './hours';
import { danish, isMissing, quote, rawText, type Json } from './json-ld';
import { LIMITS, type Fail, type JobPostingRow } from './types';

const FULL_TIME_HOURS = 37;
const PART_TIME_HOURS = 25;
const STUDENT_HOURS = 15;

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

type Employment = Pick<JobPostingRow, 'employmentType' | 'hours' | 'weeklyHours'>;

/** Employment type and hours; `title` tells a substitute ("vikar") from a temporary job. */
export function mapEmployment(r: Json, title: string | null, fail: Fail): Employment {
	const types = readTypes(r.employmentType, fail);
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

	const statedHours = readStatedHours(r.workHours, fail);
	if (part && !full) {
		if (statedHours !== null && statedHours >= FULL_TIME_HOURS) {
			fail('workHours', `${statedHours} timer om ugen passer ikke med deltid (PART_TIME)`);
		}
		return { employmentType, hours: 'part', weeklyHours: statedHours ?? PART_TIME_HOURS };
	}
	if (full && !part) {
		if (statedHours !== null && statedHours < 30) {
			fail('workHours', `${statedHours} timer om ugen passer ikke med fuldtid (FULL_TIME)`);
		}
		return { employmentType, hours: 'full', weeklyHours: statedHours ?? FULL_TIME_HOURS };
	}
	if (statedHours !== null) {
		const hours = statedHours < FULL_TIME_HOURS ? 'part' : 'full';
		return { employmentType, hours, weeklyHours: statedHours };
	}
	if (employmentType === 'student' && !full) {
		return { employmentType, hours: 'part', weeklyHours: STUDENT_HOURS };
	}
	return { employmentType, hours: 'full', weeklyHours: FULL_TIME_HOURS };
}

/** The known schema.org types given; faults when none is known or the job is unpaid. */
function readTypes(value: unknown, fail: Fail): Set<string> {
	const types = new Set<string>();
	if (isMissing(value)) return types;
	const unknownTypes: string[] = [];
	for (const item of Array.isArray(value) ? value : [value]) {
		const raw = rawText(item);
		const type =
			raw
				?.trim()
				.toUpperCase()
				.replace(/[\s-]+/g, '_') ?? '';
		if (EMPLOYMENT_TYPES.has(type)) types.add(type);
		else unknownTypes.push(raw ?? JSON.stringify(item));
	}
	if (types.size === 0) {
		fail(
			'employmentType',
			`ukendt værdi ${quote(unknownTypes[0])} (brug FULL_TIME, PART_TIME, TEMPORARY, CONTRACTOR, INTERN, PER_DIEM eller OTHER)`
		);
	} else if (types.size === 1 && types.has('VOLUNTEER')) {
		fail('employmentType', 'frivilligt, ulønnet arbejde (VOLUNTEER) importeres ikke som job');
	}
	return types;
}

/** Whole weekly hours from `workHours`, when it states them within the limits. */
function readStatedHours(value: unknown, fail: Fail): number | null {
	if (isMissing(value)) return null;
	const raw = rawText(value);
	if (raw === null) {
		fail('workHours', 'arbejdstiden skal være tekst');
		return null;
	}
	const read = readWeeklyHours(raw);
	if (read === null) return null;
	const rounded = Math.round(read);
	const [min, max] = LIMITS.weeklyHours;
	if (rounded < min || rounded > max) {
		fail('workHours', `${danish.format(read)} timer om ugen er urimeligt (${min}–${max})`);
		return null;
	}
	return rounded;
}
