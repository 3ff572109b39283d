/**
 * The citizen's CV: one `document` entity, with the sections Jobnet requires for a searchable CV
 * (contact details, work experience, education, jobs she is looking for, terms of employment) and the
 * rest a good CV has. The same schema checks the editor, the outbox and the API. Rules that need
 * today's date (a finished entry not in the future) live in `rules.ts`, not here.
 */
import { z } from 'zod';
import { isUuid, storableText } from '../validation';

/** `YYYY-MM`: CVs date entries by month (Jobnet: month and year). */
const yearMonthPattern = /^(19\d{2}|2\d{3})-(0[1-9]|1[0-2])$/;

export function isYearMonth(value: string): boolean {
	return yearMonthPattern.test(value);
}

export const yearMonthSchema = z
	.string({ error: 'Skriv måned og år' })
	.regex(yearMonthPattern, { error: 'Skriv måned og år (ÅÅÅÅ-MM)' });

function text(max: number) {
	return storableText(
		z.string({ error: 'Skal være tekst' }).max(max, { error: `Højst ${max} tegn` })
	);
}

/** Each entry carries an id made on the phone, so reordering and a merge of two devices can follow it. */
const entryId = z.string().refine(isUuid, { error: 'Skal være et id (UUID)' });

const DANISH_PHONE = /^(?:\+45|0045)?\s*(?:\d\s*){8}$/;

/** A Danish number: 8 digits, with or without +45/0045, spaces allowed ("+45 12 34 56 78"). */
export function isDanishPhone(value: string): boolean {
	return DANISH_PHONE.test(value.trim());
}

export const cvContactSchema = z.strictObject({
	name: text(200),
	email: text(254).refine((v) => v === '' || z.email().safeParse(v).success, {
		error: 'Skriv en gyldig e-mailadresse, fx navn@eksempel.dk'
	}),
	phone: text(30).refine((v) => v === '' || isDanishPhone(v), {
		error: 'Skriv et dansk telefonnummer med 8 cifre, evt. med +45 foran'
	}),
	/** Postal code and town only: employers need the area, not her street. */
	postalCode: z.string().regex(/^(\d{4})?$/, { error: 'Skriv et postnummer med 4 cifre' }),
	city: text(100),
	/** What employers may see when the CV is searchable (Jobnet asks for at least one). */
	showEmail: z.boolean(),
	showPhone: z.boolean()
});

export const experienceSchema = z.strictObject({
	id: entryId,
	title: text(200),
	employer: text(200),
	/** She may hide a former employer's name from employers searching (the preview shows it hidden). */
	hideEmployer: z.boolean(),
	start: yearMonthSchema,
	/** null: "nuværende" — she still works there. */
	end: yearMonthSchema.nullable(),
	description: text(2000)
});

export const educationSchema = z.strictObject({
	id: entryId,
	title: text(200),
	institution: text(200),
	start: yearMonthSchema,
	/** null: still studying. */
	end: yearMonthSchema.nullable(),
	finished: z.boolean(),
	description: text(1000)
});

export const cefrLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type CefrLevel = (typeof cefrLevels)[number];

export const languageSchema = z.strictObject({
	id: entryId,
	/** Language name as she writes it ("Dansk", "Українська"). */
	language: text(100),
	level: z.enum(cefrLevels, { error: 'Vælg et niveau fra A1 til C2' }),
	/** Her first language: no level needed, shown as "modersmål". */
	native: z.boolean()
});

/** Danish driving licence categories (kørekort). */
export const drivingLicences = [
	'AM',
	'A1',
	'A2',
	'A',
	'B',
	'BE',
	'C1',
	'C1E',
	'C',
	'CE',
	'D1',
	'D1E',
	'D',
	'DE'
] as const;

export const certificateSchema = z.strictObject({
	id: entryId,
	name: text(200),
	issuer: text(200),
	/** When she got it; null when she does not remember. */
	date: yearMonthSchema.nullable()
});

export const workingHours = ['full', 'part', 'either'] as const;
export const employmentKinds = ['permanent', 'temporary', 'flex', 'hourly'] as const;

/** "Jobs I am looking for" and the terms she wants: both required by Jobnet for a searchable CV. */
export const wishesSchema = z.strictObject({
	/** Job titles in her words ("Lagermedarbejder", "Pædagogmedhjælper"). */
	jobTitles: z.array(text(100)).max(20, { error: 'Højst 20 jobtitler' }),
	/** Where she will work: municipality codes (the taxonomy's 3-digit codes). */
	municipalities: z.array(z.string().regex(/^\d{3}$/)).max(98),
	hours: z.enum(workingHours, { error: 'Vælg fuld tid, deltid eller begge' }).nullable(),
	employment: z.array(z.enum(employmentKinds)).max(employmentKinds.length)
});

export const cvSchema = z
	.strictObject({
		contact: cvContactSchema,
		/** Profile summary: a few lines about her, in her words. */
		summary: text(2000),
		experience: z.array(experienceSchema).max(50, { error: 'Højst 50 job' }),
		education: z.array(educationSchema).max(30, { error: 'Højst 30 uddannelser' }),
		skills: z.array(text(100)).max(50, { error: 'Højst 50 kompetencer' }),
		languages: z.array(languageSchema).max(20, { error: 'Højst 20 sprog' }),
		drivingLicences: z.array(z.enum(drivingLicences)).max(drivingLicences.length),
		certificates: z.array(certificateSchema).max(50, { error: 'Højst 50 kurser og certifikater' }),
		wishes: wishesSchema,
		/** "Referencer gives på forespørgsel". */
		referencesOnRequest: z.boolean(),
		/** She wants employers to find the CV (Jobnet "søgbart CV"); see rules.ts for when it may be. */
		searchable: z.boolean(),
		/** Language of the PDF's headings. */
		pdfLanguage: z.enum(['da', 'en'])
	})
	.meta({ id: 'Cv' });

export type Cv = z.infer<typeof cvSchema>;
export type CvContact = z.infer<typeof cvContactSchema>;
export type Experience = z.infer<typeof experienceSchema>;
export type Education = z.infer<typeof educationSchema>;
export type LanguageSkill = z.infer<typeof languageSchema>;
export type Certificate = z.infer<typeof certificateSchema>;
export type CvWishes = z.infer<typeof wishesSchema>;
export type DrivingLicence = (typeof drivingLicences)[number];

/** The CV before she has written anything: the server's version 0. */
export function emptyCv(): Cv {
	return {
		contact: {
			name: '',
			email: '',
			phone: '',
			postalCode: '',
			city: '',
			showEmail: true,
			showPhone: true
		},
		summary: '',
		experience: [],
		education: [],
		skills: [],
		languages: [],
		drivingLicences: [],
		certificates: [],
		wishes: { jobTitles: [], municipalities: [], hours: null, employment: [] },
		referencesOnRequest: false,
		searchable: false,
		pdfLanguage: 'da'
	};
}

/** GET/PUT answer and delta-feed data: the CV with its ETag. */
export const cvResourceSchema = z
	.object({
		document: cvSchema,
		etag: z.string(),
		updatedAt: z.string().nullable().optional()
	})
	.meta({ id: 'CvResource' });

export type CvResource = z.infer<typeof cvResourceSchema>;
