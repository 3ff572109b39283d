/**
 * The CV's rules beyond its shape: which parts Jobnet requires before a CV can be searchable, how far she
 * has come, the date rules that need today's date, whether she may make the CV searchable, and exactly
 * what employers see when it is. Pure: `today` is passed in (`YYYY-MM-DD`, her local date).
 */
import type { FieldError } from '../validation';
import type { Cv } from './model';

/** The parts Jobnet requires for a searchable CV, in the order the editor shows them. */
export const requiredParts = ['contact', 'experience', 'education', 'jobWishes', 'terms'] as const;
export type RequiredPart = (typeof requiredParts)[number];

/** Parts that make a good CV but are not required; the progress shows them as suggestions. */
export const optionalParts = ['summary', 'skills', 'languages', 'certificates'] as const;
export type OptionalPart = (typeof optionalParts)[number];

const filled = (value: string) => value.trim() !== '';

/** A visible way to reach her: an e-mail or phone she has written and chosen to show. */
export function hasVisibleContact(cv: Cv): boolean {
	const { email, phone, showEmail, showPhone } = cv.contact;
	return (showEmail && filled(email)) || (showPhone && filled(phone));
}

const isDone: Record<RequiredPart | OptionalPart, (cv: Cv) => boolean> = {
	contact: (cv) => filled(cv.contact.name) && hasVisibleContact(cv),
	experience: (cv) => cv.experience.some((job) => filled(job.title)),
	education: (cv) => cv.education.some((entry) => filled(entry.title) || filled(entry.institution)),
	jobWishes: (cv) => cv.wishes.jobTitles.some(filled),
	// Terms of employment: working hours and at least one kind of employment.
	terms: (cv) => cv.wishes.hours !== null && cv.wishes.employment.length > 0,
	summary: (cv) => filled(cv.summary),
	skills: (cv) => cv.skills.some(filled),
	languages: (cv) => cv.languages.length > 0,
	certificates: (cv) => cv.certificates.length > 0
};

/** Required parts still missing for a searchable CV (empty when complete). */
export function missingParts(cv: Cv): RequiredPart[] {
	return requiredParts.filter((part) => !isDone[part](cv));
}

export interface Progress {
	/** Required parts done, of `requiredParts.length`. */
	done: number;
	total: number;
	/** 0–100, whole numbers: the required parts only, so 100 means "ready to be searchable". */
	percent: number;
	missing: RequiredPart[];
	/** Optional parts not yet written, to suggest. */
	suggestions: OptionalPart[];
}

export function progress(cv: Cv): Progress {
	const missing = missingParts(cv);
	const total = requiredParts.length;
	const done = total - missing.length;
	return {
		done,
		total,
		percent: Math.round((done / total) * 100),
		missing,
		suggestions: optionalParts.filter((part) => !isDone[part](cv))
	};
}

/** Months compare as text (`YYYY-MM`). */
const monthOf = (today: string) => today.slice(0, 7);

/**
 * Date rules that need today: an end not before its start, and nothing finished in the future. Fields
 * are named as the API names them (`experience.0.end`), messages in Danish.
 */
export function dateProblems(cv: Cv, today: string): FieldError[] {
	const now = monthOf(today);
	const problems: FieldError[] = [];
	const endBeforeStart = 'Slutdatoen kan ikke ligge før startdatoen';
	cv.experience.forEach((job, i) => {
		if (job.end !== null && job.end < job.start) {
			problems.push({ field: `experience.${i}.end`, message: endBeforeStart });
		} else if (job.end !== null && job.end > now) {
			problems.push({
				field: `experience.${i}.end`,
				message:
					'Et job der er slut, kan ikke slutte i fremtiden. Vælg "nuværende", hvis du stadig er der'
			});
		}
	});
	cv.education.forEach((entry, i) => {
		if (entry.end !== null && entry.end < entry.start) {
			problems.push({ field: `education.${i}.end`, message: endBeforeStart });
		} else if (entry.finished && entry.end !== null && entry.end > now) {
			problems.push({
				field: `education.${i}.end`,
				message: 'En afsluttet uddannelse kan ikke slutte i fremtiden'
			});
		} else if (entry.finished && entry.start > now) {
			problems.push({
				field: `education.${i}.start`,
				message: 'En afsluttet uddannelse kan ikke begynde i fremtiden'
			});
		}
	});
	cv.certificates.forEach((entry, i) => {
		if (entry.date !== null && entry.date > now) {
			problems.push({
				field: `certificates.${i}.date`,
				message: 'Datoen for et kursus eller certifikat kan ikke ligge i fremtiden'
			});
		}
	});
	return problems;
}

export type SearchableRefusal = 'sick-listed' | 'no-visible-contact' | 'incomplete';

export type SearchableVerdict =
	| { allowed: true }
	| { allowed: false; reason: SearchableRefusal; message: string; missing: RequiredPart[] };

/**
 * May the CV be searchable now? Jobnet refuses it without a visible e-mail or phone, and takes it out of
 * search while she is sick-listed. The editor translates `reason`; `message` is for the API's problem.
 */
export function mayBeSearchable(cv: Cv, context: { sickListed: boolean }): SearchableVerdict {
	const missing = missingParts(cv);
	if (context.sickListed) {
		return {
			allowed: false,
			reason: 'sick-listed',
			message: 'Dit CV kan ikke være søgbart, mens du er sygemeldt',
			missing
		};
	}
	if (!hasVisibleContact(cv)) {
		return {
			allowed: false,
			reason: 'no-visible-contact',
			message: 'Vis din e-mail eller dit telefonnummer, så arbejdsgivere kan kontakte dig',
			missing
		};
	}
	if (missing.length > 0) {
		return {
			allowed: false,
			reason: 'incomplete',
			message: 'Udfyld de dele af CV’et, der mangler, før det kan blive søgbart',
			missing
		};
	}
	return { allowed: true };
}

/** Searchable in fact: she asked for it, and it may be (not while sick-listed). */
export function isSearchable(cv: Cv, context: { sickListed: boolean }): boolean {
	return cv.searchable && mayBeSearchable(cv, context).allowed;
}

/**
 * Exactly what employers see when the CV is searchable: hidden employer names and hidden e-mail/phone
 * removed, and nothing employers have no business with (her choices about the app). The editor's
 * preview and any search index use this one function.
 */
export function employerView(cv: Cv) {
	const { contact } = cv;
	return {
		contact: {
			name: contact.name,
			email: contact.showEmail ? contact.email : '',
			phone: contact.showPhone ? contact.phone : '',
			postalCode: contact.postalCode,
			city: contact.city
		},
		summary: cv.summary,
		experience: cv.experience.map(({ hideEmployer, employer, ...job }) => ({
			...job,
			/** null: she hid the name; the preview says so, employers see no name. */
			employer: hideEmployer ? null : employer
		})),
		education: cv.education.map((entry) => ({ ...entry })),
		skills: [...cv.skills],
		languages: cv.languages.map((entry) => ({ ...entry })),
		drivingLicences: [...cv.drivingLicences],
		certificates: cv.certificates.map((entry) => ({ ...entry })),
		wishes: structuredClone(cv.wishes),
		referencesOnRequest: cv.referencesOnRequest
	};
}

export type EmployerView = ReturnType<typeof employerView>;
