/**
 * fast-check arbitraries for a valid CV, shared by the CV's property tests. Texts are short and storable;
 * ids are unique per list (the model and the merge rely on it), skills and licences have no repeats.
 */
import fc from 'fast-check';
import { isStorableText } from '../validation';
import {
	cefrLevels,
	drivingLicences,
	employmentKinds,
	workingHours,
	type Certificate,
	type Cv,
	type Education,
	type Experience,
	type LanguageSkill
} from './model';

export const textArb = (maxLength = 30) =>
	fc.string({ unit: 'grapheme', maxLength }).filter(isStorableText);

export const yearMonthArb = fc
	.tuple(fc.integer({ min: 1950, max: 2030 }), fc.integer({ min: 1, max: 12 }))
	.map(([year, month]) => `${year}-${String(month).padStart(2, '0')}`);

const idsUnique = <T extends { id: string }>(arb: fc.Arbitrary<T>, maxLength: number) =>
	fc.uniqueArray(arb, { maxLength, selector: (entry) => entry.id.toLowerCase() });

const experienceArb: fc.Arbitrary<Experience> = fc.record({
	id: fc.uuid(),
	title: textArb(),
	employer: textArb(),
	hideEmployer: fc.boolean(),
	start: yearMonthArb,
	end: fc.option(yearMonthArb, { nil: null }),
	description: textArb(80)
});

const educationArb: fc.Arbitrary<Education> = fc.record({
	id: fc.uuid(),
	title: textArb(),
	institution: textArb(),
	start: yearMonthArb,
	end: fc.option(yearMonthArb, { nil: null }),
	finished: fc.boolean(),
	description: textArb(80)
});

const languageArb: fc.Arbitrary<LanguageSkill> = fc.record({
	id: fc.uuid(),
	language: textArb(20),
	level: fc.constantFrom(...cefrLevels),
	native: fc.boolean()
});

const certificateArb: fc.Arbitrary<Certificate> = fc.record({
	id: fc.uuid(),
	name: textArb(),
	issuer: textArb(),
	date: fc.option(yearMonthArb, { nil: null })
});

export const cvArb: fc.Arbitrary<Cv> = fc.record({
	contact: fc.record({
		name: textArb(),
		email: fc.constantFrom('', 'anna@eksempel.dk', 'ole.hansen+cv@mail.dk', 'a.b@c-d.dk'),
		phone: fc.constantFrom('', '12345678', '+45 12 34 56 78', '0045 87654321'),
		postalCode: fc.constantFrom('', '8000', '2100'),
		city: textArb(20),
		showEmail: fc.boolean(),
		showPhone: fc.boolean()
	}),
	summary: textArb(100),
	experience: idsUnique(experienceArb, 4),
	education: idsUnique(educationArb, 3),
	skills: fc.uniqueArray(
		textArb(20).filter((s) => s !== ''),
		{ maxLength: 5 }
	),
	languages: idsUnique(languageArb, 3),
	drivingLicences: fc.uniqueArray(fc.constantFrom(...drivingLicences), { maxLength: 4 }),
	certificates: idsUnique(certificateArb, 3),
	wishes: fc.record({
		jobTitles: fc.array(textArb(20), { maxLength: 3 }),
		municipalities: fc.array(fc.stringMatching(/^\d{3}$/), { maxLength: 3 }),
		hours: fc.option(fc.constantFrom(...workingHours), { nil: null }),
		employment: fc.uniqueArray(fc.constantFrom(...employmentKinds))
	}),
	referencesOnRequest: fc.boolean(),
	searchable: fc.boolean(),
	pdfLanguage: fc.constantFrom('da' as const, 'en' as const)
});
