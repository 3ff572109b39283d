import { describe, expect, it } from 'vitest';
import { emptyCv } from '$lib/domain/cv/model';
import { cvSections, sectionOfField } from './sections';
import { fieldId } from './field-id';

describe('CV editor sections', () => {
	it.each([
		['contact.email', 'contact'],
		['summary', 'summary'],
		['referencesOnRequest', 'summary'],
		['experience.2.start', 'experience'],
		['education.0.end', 'education'],
		['skills', 'skills'],
		['languages.1.level', 'languages'],
		['drivingLicences', 'licences'],
		['certificates.0.date', 'certificates'],
		['wishes.jobTitles', 'wishes'],
		['searchable', 'searchable']
	])('%s is edited in %s', (path, section) => {
		expect(sectionOfField(path)).toBe(section);
	});

	it('every field of the CV has a section that the editor shows', () => {
		for (const key of Object.keys(emptyCv())) {
			expect(cvSections).toContain(sectionOfField(key));
		}
	});

	it('field ids follow the path, so the error summary can link to the field', () => {
		expect(fieldId('experience.0.start')).toBe('cv-experience-0-start');
		expect(fieldId('contact.email')).toBe('cv-contact-email');
	});
});
