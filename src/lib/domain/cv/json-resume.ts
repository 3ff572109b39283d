/**
 * The CV as JSON Resume (schema v1.0.0, https://jsonresume.org/schema): the export other CV tools read,
 * and the file the app's own PDF carries inside it. What JSON Resume has no field for (entry ids, hidden
 * employer names, CEFR levels, driving licences, job wishes…) travels in `x-jobunivers` objects — the
 * schema allows extra properties on `basics`, on every entry and in `meta` — so our own export re-imports
 * to the same CV, while other tools simply ignore them. The import is in `json-resume-import.ts`.
 */
import type { Cv, CvWishes, DrivingLicence } from './model';

export const JSON_RESUME_SCHEMA_URL =
	'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';

/** The key of our extension objects inside a JSON Resume. */
export const EXTENSION = 'x-jobunivers';

/** The reference line JSON Resume readers show for "referencer gives på forespørgsel". */
export const REFERENCES_ON_REQUEST = {
	da: 'Referencer gives på forespørgsel',
	en: 'References available on request'
} as const;

/** How a native language is written in `fluency`, per PDF language. */
export const NATIVE_FLUENCY = { da: 'Modersmål', en: 'Native speaker' } as const;

export interface JsonResumeWork {
	name?: string;
	position?: string;
	startDate?: string;
	endDate?: string;
	summary?: string;
	[EXTENSION]?: { id: string; hideEmployer: boolean };
}

export interface JsonResumeEducation {
	institution?: string;
	area?: string;
	startDate?: string;
	endDate?: string;
	[EXTENSION]?: { id: string; finished: boolean; description: string };
}

export interface JsonResumeLanguage {
	language?: string;
	fluency?: string;
	[EXTENSION]?: { id: string; level: string; native: boolean };
}

export interface JsonResumeCertificate {
	name?: string;
	issuer?: string;
	/** JSON Resume wants a full date (`format: date`); the CV knows the month, so the 1st. */
	date?: string;
	[EXTENSION]?: { id: string };
}

export interface JsonResume {
	$schema?: string;
	basics: {
		name?: string;
		email?: string;
		phone?: string;
		summary?: string;
		location?: { postalCode?: string; city?: string };
		[EXTENSION]?: { showEmail: boolean; showPhone: boolean };
	};
	work: JsonResumeWork[];
	education: JsonResumeEducation[];
	skills: { name: string }[];
	languages: JsonResumeLanguage[];
	certificates: JsonResumeCertificate[];
	references: { reference: string }[];
	meta: {
		version: 'v1.0.0';
		[EXTENSION]: {
			drivingLicences: DrivingLicence[];
			wishes: CvWishes;
			referencesOnRequest: boolean;
			searchable: boolean;
			pdfLanguage: Cv['pdfLanguage'];
		};
	};
}

/** Only the strings she wrote: JSON Resume readers show an empty string as an empty line. */
function some<K extends string>(key: K, value: string): Partial<Record<K, string>> {
	return value === '' ? {} : ({ [key]: value } as Record<K, string>);
}

export function toJsonResume(cv: Cv): JsonResume {
	const { contact } = cv;
	const location = { ...some('postalCode', contact.postalCode), ...some('city', contact.city) };
	return {
		$schema: JSON_RESUME_SCHEMA_URL,
		basics: {
			...some('name', contact.name),
			...some('email', contact.email),
			...some('phone', contact.phone),
			...some('summary', cv.summary),
			...(Object.keys(location).length > 0 ? { location } : {}),
			[EXTENSION]: { showEmail: contact.showEmail, showPhone: contact.showPhone }
		},
		work: cv.experience.map((job) => ({
			...some('name', job.employer),
			...some('position', job.title),
			startDate: job.start,
			...(job.end === null ? {} : { endDate: job.end }),
			...some('summary', job.description),
			[EXTENSION]: { id: job.id, hideEmployer: job.hideEmployer }
		})),
		education: cv.education.map((entry) => ({
			...some('institution', entry.institution),
			...some('area', entry.title),
			startDate: entry.start,
			...(entry.end === null ? {} : { endDate: entry.end }),
			[EXTENSION]: { id: entry.id, finished: entry.finished, description: entry.description }
		})),
		skills: cv.skills.map((name) => ({ name })),
		languages: cv.languages.map((entry) => ({
			...some('language', entry.language),
			fluency: entry.native ? NATIVE_FLUENCY[cv.pdfLanguage] : entry.level,
			[EXTENSION]: { id: entry.id, level: entry.level, native: entry.native }
		})),
		certificates: cv.certificates.map((entry) => ({
			...some('name', entry.name),
			...some('issuer', entry.issuer),
			...(entry.date === null ? {} : { date: `${entry.date}-01` }),
			[EXTENSION]: { id: entry.id }
		})),
		references: cv.referencesOnRequest
			? [{ reference: REFERENCES_ON_REQUEST[cv.pdfLanguage] }]
			: [],
		meta: {
			version: 'v1.0.0',
			[EXTENSION]: {
				drivingLicences: [...cv.drivingLicences],
				wishes: structuredClone(cv.wishes),
				referencesOnRequest: cv.referencesOnRequest,
				searchable: cv.searchable,
				pdfLanguage: cv.pdfLanguage
			}
		}
	};
}

export { fromJsonResume, type JsonResumeImport, type Unmapped } from './json-resume-import';
