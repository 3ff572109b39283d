import { describe, expect, it } from 'vitest';
import { activeFilterCount, formValues, paramsFromForm, searchHref } from './filters';

describe('search form fields', () => {
	it('reads an old link upgraded, with blanks for what is not chosen', () => {
		const values = formValues(new URLSearchParams('q=kok&municipality=0751&hours=part'));
		expect(values).toMatchObject({ q: 'kok', municipality: '751', hours: 'part', region: '' });
	});

	it('counts a postal code and its radius as one filter, and words and sort as none', () => {
		const values = formValues(
			new URLSearchParams('v=1&q=kok&postalCode=8000&radiusKm=10&hours=full&sort=newest')
		);
		expect(activeFilterCount(values)).toBe(2);
	});

	it('turns a submitted form into the canonical link, blanks and paging left out', () => {
		const { params, valid } = paramsFromForm([
			['v', '1'],
			['q', ' kok '],
			['municipality', ''],
			['hours', 'part'],
			['sort', 'relevance'],
			['cursor', 'abc']
		]);
		expect(valid).toBe(true);
		expect(params.toString()).toBe('v=1&q=kok&hours=part');
	});

	it('keeps what was typed when the form cannot be used, so the page can point at the field', () => {
		const { params, valid } = paramsFromForm([
			['q', 'kok'],
			['radiusKm', '10']
		]);
		expect(valid).toBe(false);
		expect(params.get('radiusKm')).toBe('10');
		expect(params.get('q')).toBe('kok');
	});

	it('links to a search without its cursor', () => {
		expect(searchHref({ q: 'kok', cursor: 'abc', sort: 'relevance' })).toBe('/job?v=1&q=kok');
	});
});
