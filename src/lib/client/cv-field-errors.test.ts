import { describe, expect, it } from 'vitest';
import { emptyCv, type Cv } from '../domain/cv/model';
import { cvFieldErrors } from './cv.svelte';

const today = '2026-12-05';
const id = '7a1c2f0e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';

function job(start: string, end: string | null): Cv['experience'][number] {
	return { id, title: 'Lager', employer: 'A/S', hideEmployer: false, start, end, description: '' };
}

function cv(change: (cv: Cv) => void): Cv {
	const value = emptyCv();
	change(value);
	return value;
}

describe('cvFieldErrors: what the editor shows beside the fields and does not send', () => {
	it.each([
		{ case: 'an empty CV', doc: emptyCv(), fields: [] },
		{
			case: 'an e-mail without a domain',
			doc: cv((c) => (c.contact.email = 'anna@')),
			fields: ['contact.email']
		},
		{
			case: 'a phone number with too few digits',
			doc: cv((c) => (c.contact.phone = '1234')),
			fields: ['contact.phone']
		},
		{
			case: 'a Danish number with +45',
			doc: cv((c) => (c.contact.phone = '+45 12 34 56 78')),
			fields: []
		},
		{
			case: 'a new job without its start',
			doc: cv((c) => c.experience.push(job('', null))),
			fields: ['experience.0.start']
		},
		{
			case: 'a job ending before it began',
			doc: cv((c) => c.experience.push(job('2020-05', '2019-01'))),
			fields: ['experience.0.end']
		},
		{
			case: 'a finished job ending in the future',
			doc: cv((c) => c.experience.push(job('2020-05', '2027-01'))),
			fields: ['experience.0.end']
		},
		{
			case: 'a current job (nuværende)',
			doc: cv((c) => c.experience.push(job('2020-05', null))),
			fields: []
		},
		{
			case: 'searchable with no e-mail or phone shown',
			doc: cv((c) => {
				c.searchable = true;
				c.contact.email = 'anna@eksempel.dk';
				c.contact.showEmail = false;
			}),
			fields: ['searchable']
		},
		{
			case: 'searchable with a visible e-mail, though incomplete (saved, not yet searchable)',
			doc: cv((c) => {
				c.searchable = true;
				c.contact.email = 'anna@eksempel.dk';
			}),
			fields: []
		}
	])('$case → $fields', ({ doc, fields }) => {
		expect(cvFieldErrors(doc, today).map((problem) => problem.field)).toEqual(fields);
	});
});
