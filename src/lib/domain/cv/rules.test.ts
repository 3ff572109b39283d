import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cvArb } from './cv.testkit';
import { emptyCv, type Cv } from './model';
import {
	dateProblems,
	employerView,
	isSearchable,
	mayBeSearchable,
	missingParts,
	progress
} from './rules';

const id = (n: number) => `3f1e2d4c-5b6a-4789-8abc-${String(n).padStart(12, '0')}`;

/** A CV with every required part filled. */
function complete(): Cv {
	const cv = emptyCv();
	return {
		...cv,
		contact: { ...cv.contact, name: 'Mette', email: 'mette@eksempel.dk', phone: '12345678' },
		experience: [
			{
				id: id(1),
				title: 'Kassemedarbejder',
				employer: 'Netto',
				hideEmployer: true,
				start: '2020-01',
				end: '2023-06',
				description: ''
			}
		],
		education: [
			{
				id: id(2),
				title: 'HF',
				institution: 'VUC',
				start: '2015-08',
				end: '2017-06',
				finished: true,
				description: ''
			}
		],
		wishes: {
			jobTitles: ['Butiksassistent'],
			municipalities: [],
			hours: 'full',
			employment: ['permanent']
		}
	};
}

type Change = (cv: Cv) => void;

describe('missing parts and progress', () => {
	const cases: [string, Change, string[]][] = [
		['complete', () => {}, []],
		['no name', (cv) => void (cv.contact.name = ' '), ['contact']],
		[
			'e-mail and phone both hidden',
			(cv) => Object.assign(cv.contact, { showEmail: false, showPhone: false }),
			['contact']
		],
		[
			'only the phone, shown',
			(cv) => Object.assign(cv.contact, { email: '', showEmail: true }),
			[]
		],
		[
			'only the e-mail, hidden; phone empty',
			(cv) => Object.assign(cv.contact, { phone: '', showEmail: false }),
			['contact']
		],
		['no work experience', (cv) => void (cv.experience = []), ['experience']],
		['a job without a title', (cv) => void (cv.experience[0]!.title = ''), ['experience']],
		['no education', (cv) => void (cv.education = []), ['education']],
		['no job titles wished', (cv) => void (cv.wishes.jobTitles = ['  ']), ['jobWishes']],
		['no working hours', (cv) => void (cv.wishes.hours = null), ['terms']],
		['no kind of employment', (cv) => void (cv.wishes.employment = []), ['terms']]
	];

	it.each(cases)('%s', (_, change, missing) => {
		const cv = complete();
		change(cv);
		expect(missingParts(cv)).toEqual(missing);
		expect(progress(cv).done).toBe(5 - missing.length);
	});

	it('the empty CV misses everything, 0 %; the complete one 100 % with suggestions', () => {
		expect(progress(emptyCv())).toMatchObject({ done: 0, total: 5, percent: 0 });
		expect(missingParts(emptyCv())).toEqual([
			'contact',
			'experience',
			'education',
			'jobWishes',
			'terms'
		]);
		expect(progress(complete())).toEqual({
			done: 5,
			total: 5,
			percent: 100,
			missing: [],
			suggestions: ['summary', 'skills', 'languages', 'certificates']
		});
	});

	it('percent is in 0–100 and agrees with the missing parts for any CV', () => {
		fc.assert(
			fc.property(cvArb, (cv) => {
				const p = progress(cv);
				expect(p.percent).toBe(Math.round((p.done / 5) * 100));
				expect(p.missing).toEqual(missingParts(cv));
			})
		);
	});
});

describe('date rules (today 2026-12-05)', () => {
	const today = '2026-12-05';
	const cases: [string, Change, { field: string; message: string }[]][] = [
		['valid dates', () => {}, []],
		['a current job (no end) is fine', (cv) => void (cv.experience[0]!.end = null), []],
		['a job that ended this month is fine', (cv) => void (cv.experience[0]!.end = '2026-12'), []],
		[
			'end and start in the same month is fine',
			(cv) => void (cv.experience[0]!.end = '2020-01'),
			[]
		],
		[
			'a job ending before it started',
			(cv) => void (cv.experience[0]!.end = '2019-12'),
			[{ field: 'experience.0.end', message: 'Slutdatoen kan ikke ligge før startdatoen' }]
		],
		[
			'a job ending next month',
			(cv) => void (cv.experience[0]!.end = '2027-01'),
			[
				{
					field: 'experience.0.end',
					message:
						'Et job der er slut, kan ikke slutte i fremtiden. Vælg "nuværende", hvis du stadig er der'
				}
			]
		],
		[
			'education ending before it started',
			(cv) => void (cv.education[0]!.end = '2015-07'),
			[{ field: 'education.0.end', message: 'Slutdatoen kan ikke ligge før startdatoen' }]
		],
		[
			'finished education ending in the future',
			(cv) => void (cv.education[0]!.end = '2027-06'),
			[{ field: 'education.0.end', message: 'En afsluttet uddannelse kan ikke slutte i fremtiden' }]
		],
		[
			'unfinished education may end in the future (expected)',
			(cv) => Object.assign(cv.education[0]!, { end: '2027-06', finished: false }),
			[]
		],
		[
			'finished education starting in the future',
			(cv) => Object.assign(cv.education[0]!, { start: '2027-01', end: null }),
			[
				{
					field: 'education.0.start',
					message: 'En afsluttet uddannelse kan ikke begynde i fremtiden'
				}
			]
		],
		[
			'a certificate dated next year',
			(cv) => void cv.certificates.push({ id: id(9), name: 'Kursus', issuer: '', date: '2027-01' }),
			[
				{
					field: 'certificates.0.date',
					message: 'Datoen for et kursus eller certifikat kan ikke ligge i fremtiden'
				}
			]
		]
	];

	it.each(cases)('%s', (_, change, problems) => {
		const cv = complete();
		change(cv);
		expect(dateProblems(cv, today)).toEqual(problems);
	});

	it('names the right entry when there are several', () => {
		const cv = complete();
		cv.experience.push({ ...cv.experience[0]!, id: id(5), start: '2024-05', end: '2024-01' });
		expect(dateProblems(cv, today).map((p) => p.field)).toEqual(['experience.1.end']);
	});
});

describe('may the CV be searchable', () => {
	const cases: [string, Change, boolean, string | null][] = [
		['complete, not sick-listed', () => {}, false, null],
		['complete, sick-listed', () => {}, true, 'sick-listed'],
		[
			'no visible e-mail or phone',
			(cv) => Object.assign(cv.contact, { showEmail: false, showPhone: false }),
			false,
			'no-visible-contact'
		],
		[
			'visible but empty e-mail, no phone',
			(cv) => Object.assign(cv.contact, { email: '', phone: '' }),
			false,
			'no-visible-contact'
		],
		['no education yet', (cv) => void (cv.education = []), false, 'incomplete'],
		['sick-listed wins over a missing part', (cv) => void (cv.education = []), true, 'sick-listed']
	];

	it.each(cases)('%s', (_, change, sickListed, reason) => {
		const cv = complete();
		change(cv);
		const verdict = mayBeSearchable(cv, { sickListed });
		expect(verdict.allowed ? null : verdict.reason).toBe(reason);
		if (!verdict.allowed) expect(verdict.message.length).toBeGreaterThan(10);
		expect(isSearchable({ ...cv, searchable: true }, { sickListed })).toBe(reason === null);
		expect(isSearchable({ ...cv, searchable: false }, { sickListed })).toBe(false);
	});

	it('lists what is missing when incomplete', () => {
		const cv = complete();
		cv.wishes.jobTitles = [];
		expect(mayBeSearchable(cv, { sickListed: false })).toMatchObject({ missing: ['jobWishes'] });
	});
});

describe('what employers see', () => {
	it('removes hidden employer names, hidden e-mail and phone, and her app choices', () => {
		const cv = complete();
		cv.contact.showPhone = false;
		cv.experience.push({ ...cv.experience[0]!, id: id(7), employer: 'Bilka', hideEmployer: false });
		const view = employerView(cv);
		expect(view.contact).toEqual({
			name: 'Mette',
			email: 'mette@eksempel.dk',
			phone: '',
			postalCode: '',
			city: ''
		});
		expect(view.experience.map((job) => job.employer)).toEqual([null, 'Bilka']);
		expect(view.experience[0]).not.toHaveProperty('hideEmployer');
		expect(view).not.toHaveProperty('searchable');
		expect(view).not.toHaveProperty('pdfLanguage');
	});

	it('never contains a hidden name or number, for any CV', () => {
		fc.assert(
			fc.property(cvArb, (cv) => {
				const view = employerView(cv);
				cv.experience.forEach((job, i) => {
					if (job.hideEmployer) expect(view.experience[i]!.employer).toBeNull();
					else expect(view.experience[i]!.employer).toBe(job.employer);
				});
				if (!cv.contact.showEmail) expect(view.contact.email).toBe('');
				if (!cv.contact.showPhone) expect(view.contact.phone).toBe('');
			})
		);
	});

	it('does not share arrays with the CV (the preview cannot change it)', () => {
		const cv = complete();
		employerView(cv).skills.push('x');
		expect(cv.skills).toEqual([]);
	});
});
