import { describe, expect, it } from 'vitest';
import { canonicalSavedQuery, savedSearchInputSchema } from './saved-search-input';
import { suggestedSearchName } from './saved-searches';

const id = '0b7a3f4e-8d1c-4c2a-9e5f-1a2b3c4d5e6f';

describe('saved search input', () => {
	it('stores the query upgraded and without paging', () => {
		const parsed = savedSearchInputSchema.parse({
			id,
			name: ' Kok ',
			query: 'q=kok&municipality=0101&cursor=xyz&limit=5&utm_source=mail'
		});
		expect(parsed).toEqual({ id, name: 'Kok', query: 'v=1&q=kok&municipality=101' });
	});

	it('names the field and the parameter when the query cannot be used', () => {
		const parsed = savedSearchInputSchema.safeParse({ id, name: 'x', query: 'v=1&hours=some' });
		expect(parsed.success).toBe(false);
		expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
			['query', 'hours: Skal være full (fuldtid) eller part (deltid)']
		]);
	});

	it('refuses a future link version it cannot read', () => {
		expect(savedSearchInputSchema.safeParse({ id, name: 'x', query: 'v=9' }).success).toBe(false);
	});
});

describe('canonical query and suggested name', () => {
	it('gives the same text for the same search however it was written', () => {
		expect(canonicalSavedQuery({ q: ' kok ', hours: 'part', sort: 'relevance', limit: 20 })).toBe(
			canonicalSavedQuery({ hours: 'part', q: 'kok' })
		);
	});

	it('suggests a name from the words and the place, and a fallback for an empty search', () => {
		expect(
			suggestedSearchName({ q: 'pædagog ' }, { place: 'Aarhus', everything: 'Alle job' })
		).toBe('pædagog, Aarhus');
		expect(suggestedSearchName({}, { everything: 'Alle job' })).toBe('Alle job');
		expect(suggestedSearchName({ q: 'a'.repeat(300) }, { everything: '' })).toHaveLength(100);
	});
});
