import { describe, expect, it } from 'vitest';
import { expandSearch, foldDanishLetters, parseSearchText } from './search-expansion';
import { searchVocabulary, type VocabularySource } from './search-vocabulary';

const alternatives = (q: string) =>
	expandSearch(q).groups.flatMap((g) =>
		[...g.include, ...g.exclude].flatMap((c) =>
			c.alternatives.map((a) => `${a.quoted ? '"' : ''}${a.text}${a.prefix ? '*' : ''}`)
		)
	);

describe('ae/oe/aa folding', () => {
	it('reads ae, oe and aa as æ, ø and å, in every combination', () => {
		expect(foldDanishLetters('paedagog')).toEqual(['pædagog']);
		expect(foldDanishLetters('Laerer')).toEqual(['lærer']);
		expect(foldDanishLetters('toemrer')).toEqual(['tømrer']);
		expect(foldDanishLetters('socialraadgiver')).toEqual(['socialrådgiver']);
		expect(foldDanishLetters('laegesekretaer')).toEqual([
			'lægesekretær',
			'laegesekretær',
			'lægesekretaer'
		]);
		expect(foldDanishLetters('sygeplejerske')).toEqual([]);
	});

	it('adds the folded word beside the one typed, never instead of it', () => {
		const [group] = expandSearch('aalborg').groups;
		expect(group?.include[0]?.text).toBe('aalborg');
		expect(alternatives('aalborg')).toEqual(['ålborg*']);
		// The last word keeps its prefix in the folded form ("paedagog" finds "pædagogmedhjælper").
		expect(alternatives('paedagog')).toEqual(['pædagog*']);
		expect(alternatives('paedagog aarhus')).toEqual(['pædagog', 'århus*']);
	});
});

describe('the vocabulary', () => {
	it('widens an abbreviation to its Danish long forms, as phrases', () => {
		expect(alternatives('sosu')).toEqual([
			'"social- og sundhedsassistent',
			'"sosu-assistent',
			'"social- og sundhedshjælper',
			'"sosu-hjælper'
		]);
		expect(expandSearch('sosu aarhus').alsoSearched).toEqual([
			'social- og sundhedsassistent',
			'sosu-assistent',
			'social- og sundhedshjælper',
			'sosu-hjælper',
			'århus'
		]);
	});

	it('knows inflected and capitalised forms, and folded ones', () => {
		expect(alternatives('SOSU')).toEqual(alternatives('sosu'));
		expect(alternatives('sosuer')).toEqual(alternatives('sosu'));
		expect(alternatives('chauffører')).toContain('"lastbilchauffør');
		expect(alternatives('paed')).toEqual(['pæd*', '"pædagog']);
	});

	it('leaves quoted phrases as typed, and widens what she leaves out', () => {
		expect(alternatives('"sosu"')).toEqual([]);
		expect(alternatives('"paedagog"')).toEqual([]);
		const { groups, alsoSearched } = expandSearch('pædagog -sosu');
		expect(groups[0]?.exclude[0]?.alternatives.map((a) => a.text)).toContain(
			'social- og sundhedsassistent'
		);
		expect(alsoSearched).toEqual([]);
	});

	it('has lower-case terms, a source and Danish long forms in every row', () => {
		const sources: VocabularySource[] = ['ug', 'sosu', 'disco', 'usage'];
		for (const entry of searchVocabulary) {
			expect(entry.term, entry.term).toBe(entry.term.toLowerCase());
			expect(entry.danish.length, entry.term).toBeGreaterThan(0);
			expect(sources, entry.term).toContain(entry.source);
			expect(['da', 'en', 'uk', 'ar']).toContain(entry.lang);
		}
		const terms = searchVocabulary.map((e) => `${e.lang}:${e.term}`);
		expect(new Set(terms).size).toBe(terms.length);
	});
});

describe('parseSearchText', () => {
	it('reads words, phrases, negations and or like websearch_to_tsquery', () => {
		expect(parseSearchText('pædagog -"til børnehave" or kok')).toEqual([
			{
				include: [{ text: 'pædagog', words: ['pædagog'], quoted: false, prefix: false }],
				exclude: [
					{ text: 'til børnehave', words: ['til', 'børnehave'], quoted: true, prefix: false }
				]
			},
			// Right after "or" the last word is no prefix (the server's rule since before).
			{ include: [{ text: 'kok', words: ['kok'], quoted: false, prefix: false }], exclude: [] }
		]);
		expect(parseSearchText('kok til kanti')[0]?.include.map((c) => c.prefix)).toEqual([
			false,
			false,
			true
		]);
		expect(parseSearchText(' - "" ')).toEqual([]);
	});
});
