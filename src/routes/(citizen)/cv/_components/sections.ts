/** The editor's sections, one shown at a time, in the order a CV is written. */
export const cvSections = [
	'contact',
	'summary',
	'experience',
	'education',
	'skills',
	'languages',
	'licences',
	'certificates',
	'wishes',
	'searchable',
	'versions'
] as const;

export type CvSection = (typeof cvSections)[number];

const sectionOfTopField: Record<string, CvSection> = {
	contact: 'contact',
	summary: 'summary',
	referencesOnRequest: 'summary',
	experience: 'experience',
	education: 'education',
	skills: 'skills',
	languages: 'languages',
	drivingLicences: 'licences',
	certificates: 'certificates',
	wishes: 'wishes',
	searchable: 'searchable',
	pdfLanguage: 'versions'
};

/** The section a field path (`experience.0.start`) is edited in. */
export function sectionOfField(path: string): CvSection {
	return sectionOfTopField[path.split('.')[0] ?? ''] ?? 'contact';
}
