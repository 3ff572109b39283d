/** One JobPosting → a `jobs` row, composing the field modules; see index.ts for the rules. */
import type { FieldError } from '../validation';
import { mapApplying } from './applying';
import { mapEmployment } from './employment';
import { mapIdentity } from './identity';
import { isJobPostingType, isMissing, isObject, isSchemaOrgContext, quote } from './json-ld';
import { mapOccupation } from './occupation';
import { mapPlace } from './place';
import { mapPostingDates } from './posting-dates';
import { mapWage } from './salary';
import { lineText, mapDescription, mapEmployer } from './texts';
import { LIMITS, type Fail, type JobPostingResult, type MapOptions } from './types';

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
	const fail: Fail = (field, message) => errors.push({ field, message });

	// JSON-LD framing: `@context` (own or inherited), when present, must be schema.org; `@type`
	// must be JobPosting.
	const context = '@context' in r ? r['@context'] : options.context;
	if (context !== undefined && !isSchemaOrgContext(context)) {
		fail('@context', `forventede https://schema.org, fik ${quote(context)}`);
	}
	if (isMissing(r['@type'])) fail('@type', 'mangler (forventede JobPosting)');
	else if (!isJobPostingType(r['@type'])) {
		fail('@type', `forventede JobPosting, fik ${quote(r['@type'])}`);
	}

	// The fields in this order, so the faults are named in it too.
	const externalId = mapIdentity(r, options, fail);
	const title = lineText(r.title, 'title', 'titlen', LIMITS.title, true, fail);
	const description = mapDescription(r.description, fail);
	const employer = mapEmployer(r, options, fail);
	const place = mapPlace(r.jobLocation, options);
	if ('errors' in place) errors.push(...place.errors);
	const { employmentType, hours, weeklyHours } = mapEmployment(r, title, fail);
	const { postedAt, deadline } = mapPostingDates(r, options.now, fail);
	const hourlyWageKr = mapWage(r.baseSalary, options, fail);
	const occupation = mapOccupation(r.occupationalCategory, options);
	if ('errors' in occupation) errors.push(...occupation.errors);
	const { applyUrl, applyEmail, contactName, contactPhone } = mapApplying(r, options, fail);

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
