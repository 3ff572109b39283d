import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import schema from './json-resume-schema.json';
import { cvArb } from './cv.testkit';
import { cvSchema, emptyCv, type Cv } from './model';
import { EXTENSION, fromJsonResume, toJsonResume } from './json-resume';

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

let counter = 0;
const testIds = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

/** A JSON Resume as another tool would write it: our extension objects removed everywhere. */
function withoutExtension(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(withoutExtension);
	if (typeof value !== 'object' || value === null) return value;
	return Object.fromEntries(
		Object.entries(value)
			.filter(([key]) => key !== EXTENSION)
			.map(([key, inner]) => [key, withoutExtension(inner)])
	);
}

/** The fields JSON Resume itself has a place for. */
function shared(cv: Cv) {
	return {
		contact: {
			name: cv.contact.name,
			email: cv.contact.email,
			phone: cv.contact.phone,
			postalCode: cv.contact.postalCode,
			city: cv.contact.city
		},
		summary: cv.summary,
		experience: cv.experience.map(({ title, employer, start, end, description }) => ({
			title,
			employer,
			start,
			end,
			description
		})),
		education: cv.education.map(({ title, institution, start, end }) => ({
			title,
			institution,
			start,
			end
		})),
		skills: cv.skills,
		languages: cv.languages.map(({ language, level, native }) => ({
			language,
			native,
			level: native ? 'native' : level
		})),
		certificates: cv.certificates.map(({ name, issuer, date }) => ({ name, issuer, date })),
		referencesOnRequest: cv.referencesOnRequest
	};
}

describe('JSON Resume export', () => {
	it('validates against the JSON Resume v1.0.0 schema for any CV', () => {
		fc.assert(
			fc.property(cvArb, (cv) => {
				const ok = validate(toJsonResume(cv));
				if (!ok) throw new Error(JSON.stringify(validate.errors));
			}),
			{ numRuns: 200 }
		);
	});

	it('the schema check can fail (a date JSON Resume refuses)', () => {
		const resume = toJsonResume(emptyCv());
		expect(validate({ ...resume, work: [{ startDate: 'marts 2020' }] })).toBe(false);
		expect(validate({ ...resume, unknownSection: [] })).toBe(false);
	});

	it('writes the shared fields where other tools look for them', () => {
		const cv: Cv = {
			...emptyCv(),
			contact: { ...emptyCv().contact, name: 'Åse Ærø', email: 'aase@eksempel.dk', city: 'Århus' },
			experience: [
				{
					id: '3f1e2d4c-5b6a-4789-8abc-def012345678',
					title: 'Lagermedarbejder',
					employer: 'Føtex',
					hideEmployer: true,
					start: '2019-03',
					end: null,
					description: 'Plukkede varer'
				}
			],
			certificates: [
				{
					id: '3f1e2d4c-5b6a-4789-8abc-def012345679',
					name: 'Truckcertifikat',
					issuer: 'AMU',
					date: '2020-05'
				}
			],
			referencesOnRequest: true
		};
		const resume = toJsonResume(cv);
		expect(resume.basics).toMatchObject({ name: 'Åse Ærø', email: 'aase@eksempel.dk' });
		expect(resume.basics.location).toEqual({ city: 'Århus' });
		expect(resume.work[0]).toMatchObject({
			name: 'Føtex',
			position: 'Lagermedarbejder',
			startDate: '2019-03',
			summary: 'Plukkede varer'
		});
		expect(resume.work[0]).not.toHaveProperty('endDate');
		expect(resume.certificates[0]!.date).toBe('2020-05-01');
		expect(resume.references).toEqual([{ reference: 'Referencer gives på forespørgsel' }]);
	});
});

describe('JSON Resume round trip', () => {
	it('our own export re-imports to the same CV, with nothing unmapped', () => {
		fc.assert(
			fc.property(cvArb, (cv) => {
				const { cv: back, unmapped } = fromJsonResume(toJsonResume(cv), testIds);
				expect(unmapped).toEqual([]);
				expect(back).toEqual(cv);
			}),
			{ numRuns: 300 }
		);
	});

	it('every field both formats share survives without our extension (as another tool reads it)', () => {
		fc.assert(
			fc.property(cvArb, (cv) => {
				const foreign = JSON.parse(JSON.stringify(withoutExtension(toJsonResume(cv))));
				const { cv: back } = fromJsonResume(foreign, testIds);
				expect(shared(back)).toEqual(shared(cv));
				expect(cvSchema.safeParse(back).success).toBe(true);
			}),
			{ numRuns: 300 }
		);
	});

	it('also reads the JSON text itself', () => {
		const cv = { ...emptyCv(), summary: 'Hej' };
		expect(fromJsonResume(JSON.stringify(toJsonResume(cv))).cv).toEqual(cv);
	});
});

describe('JSON Resume import of other files', () => {
	const foreign = {
		basics: {
			name: 'Olena Shevchenko',
			label: 'Kok',
			email: 'olena@example.com',
			phone: '+45 20 30 40 50',
			url: 'https://olena.example.com',
			location: { address: 'Vestergade 1', postalCode: '8000', city: 'Aarhus', countryCode: 'DK' },
			profiles: [{ network: 'LinkedIn', username: 'olena' }]
		},
		work: [
			{
				name: 'Restaurant Nord',
				position: 'Kok',
				location: 'Aarhus',
				startDate: '2018-04-15',
				endDate: '2021',
				summary: 'Varm køkken',
				highlights: ['Ansvar for frokost', 'Oplærte elever']
			},
			{ name: 'Uden dato', position: 'Opvasker' }
		],
		education: [
			{
				institution: 'Kyiv Culinary College',
				studyType: 'Diploma',
				area: 'Cooking',
				startDate: '2010-09',
				endDate: '2013-06',
				score: '5/5',
				courses: ['Bagning', 'Hygiejne']
			}
		],
		skills: [{ name: 'Madlavning', level: 'Master', keywords: ['Bagning', 'Grill'] }],
		languages: [
			{ language: 'Ukrainsk', fluency: 'Native speaker' },
			{ language: 'Dansk', fluency: 'B1' },
			{ language: 'Engelsk', fluency: 'Upper intermediate' },
			{ language: 'Tysk', fluency: 'lidt' }
		],
		certificates: [{ name: 'Hygiejnebevis', date: '2019-02-03', url: 'https://x.dk' }],
		references: [{ name: 'Jens', reference: 'God kollega' }],
		projects: [{ name: 'Pop-up' }],
		interests: [],
		meta: { version: 'v1.0.0', lastModified: '2024-01-01T00:00:00' },
		extra: true
	};

	const { cv, unmapped } = fromJsonResume(foreign, testIds);
	const fields = unmapped.map((u) => u.field);

	it('maps what fits', () => {
		expect(cvSchema.safeParse(cv).success).toBe(true);
		expect(cv.contact).toMatchObject({
			name: 'Olena Shevchenko',
			email: 'olena@example.com',
			phone: '+45 20 30 40 50',
			postalCode: '8000',
			city: 'Aarhus'
		});
		expect(cv.experience).toHaveLength(1);
		expect(cv.experience[0]).toMatchObject({
			employer: 'Restaurant Nord',
			title: 'Kok',
			start: '2018-04',
			end: '2021-01',
			description: 'Varm køkken\n• Ansvar for frokost\n• Oplærte elever'
		});
		expect(cv.education[0]).toMatchObject({
			title: 'Diploma – Cooking',
			finished: true,
			description: 'Bagning\nHygiejne'
		});
		expect(cv.skills).toEqual(['Madlavning', 'Bagning', 'Grill']);
		expect(cv.languages.map((l) => [l.language, l.level, l.native])).toEqual([
			['Ukrainsk', 'C2', true],
			['Dansk', 'B1', false],
			['Engelsk', 'B2', false],
			['Tysk', 'B1', false]
		]);
		expect(cv.certificates[0]).toMatchObject({ name: 'Hygiejnebevis', date: '2019-02' });
		expect(cv.referencesOnRequest).toBe(false);
		expect(cv.searchable).toBe(false);
	});

	it.each([
		'basics.label',
		'basics.url',
		'basics.profiles',
		'basics.location.address',
		'work[0].location',
		'work[0].endDate',
		'work[1]',
		'education[0].score',
		'skills[0].level',
		'languages[3].fluency',
		'certificates[0].url',
		'references[0]',
		'projects',
		'extra'
	])('reports %s', (field) => {
		expect(fields).toContain(field);
	});

	it('reports nothing it mapped, nor empty sections, file metadata or a Danish country code', () => {
		for (const field of ['basics.name', 'interests', 'meta', 'basics.location.countryCode']) {
			expect(fields).not.toContain(field);
		}
		expect(unmapped.every((u) => u.reason.length > 0)).toBe(true);
	});

	it.each([
		['an invalid e-mail', { basics: { email: 'ikke-en-mail' } }, 'basics.email'],
		['a foreign phone number', { basics: { phone: '+1 555 0100' } }, 'basics.phone'],
		['a too long name', { basics: { name: 'x'.repeat(300) } }, 'basics.name'],
		['text that cannot be stored', { basics: { name: 'A\u0000B' } }, 'basics.name'],
		['a section that is not a list', { work: {} }, 'work'],
		['an unreadable date', { work: [{ startDate: 'i fjor' }] }, 'work[0].startDate'],
		['too many jobs', { work: Array(60).fill({ startDate: '2020-01' }) }, 'work'],
		[
			'unknown driving licences',
			{ meta: { [EXTENSION]: { drivingLicences: ['B', 'Q'] } } },
			`meta.${EXTENSION}.drivingLicences`
		]
	])('reports %s', (_, input, field) => {
		const result = fromJsonResume(input, testIds);
		expect(result.unmapped.map((u) => u.field)).toContain(field);
		expect(cvSchema.safeParse(result.cv).success).toBe(true);
	});

	it('gives entries whose ids repeat or are missing a fresh id', () => {
		const id = '3f1e2d4c-5b6a-4789-8abc-def012345678';
		const work = [0, 1].map(() => ({ startDate: '2020-01', [EXTENSION]: { id } }));
		const { cv } = fromJsonResume({ work, education: [{ startDate: '2001' }] }, testIds);
		expect(cv.experience[0]!.id).toBe(id);
		expect(cv.experience[1]!.id).not.toBe(id);
		expect(cv.education[0]!.id).toMatch(/^00000000-0000-4000-8000-/);
	});

	it('never throws and always gives a valid CV, whatever it is given', () => {
		const anything = fc.anything({ maxDepth: 2, maxKeys: 4, withNullPrototype: true });
		const resumeLike = fc.record(
			{
				basics: anything,
				work: fc.array(
					fc.dictionary(
						fc.constantFrom('name', 'startDate', 'endDate', 'summary', 'highlights', EXTENSION),
						anything
					)
				),
				education: anything,
				skills: fc.array(anything),
				languages: fc.array(
					fc.dictionary(fc.constantFrom('language', 'fluency', EXTENSION), anything)
				),
				certificates: anything,
				references: anything,
				meta: anything
			},
			{ requiredKeys: [] }
		);
		fc.assert(
			fc.property(fc.oneof(anything, resumeLike), (input) => {
				const result = fromJsonResume(input, testIds);
				expect(cvSchema.safeParse(result.cv).success).toBe(true);
			}),
			{ numRuns: 200 }
		);
		expect(fromJsonResume('{not json').unmapped).toEqual([
			{ field: '(fil)', reason: 'Filen er ikke et JSON Resume' }
		]);
	});
});
