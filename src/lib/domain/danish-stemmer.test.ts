import { describe, expect, it } from 'vitest';
import { danishSearchTerm, danishStopWords, stemDanish } from './danish-stemmer';

/**
 * Expected stems as PostgreSQL 18's (PGlite 0.5.16) `ts_lexize('danish_stem', word)` gives them (the server's
 * stemmer), so the phone and the server agree. The first group is the Snowball site's sample
 * vocabulary (https://snowballstem.org/algorithms/danish/stemmer.html).
 */
const reference: [word: string, stem: string][] = [
	['indtage', 'indtag'],
	['indtagelse', 'indtag'],
	['indtager', 'indtag'],
	['indtages', 'indtag'],
	['indtaget', 'indtag'],
	['indtil', 'indtil'],
	['indtog', 'indtog'],
	['indtraf', 'indtraf'],
	['indtryk', 'indtryk'],
	['indtræde', 'indtræd'],
	['indtræder', 'indtræd'],
	['indtræffe', 'indtræf'],
	['indtræffer', 'indtræf'],
	['indtrænge', 'indtræng'],
	['indtrængende', 'indtræng'],
	// Each step of the algorithm, and the words citizens search for.
	['pædagogerne', 'pædagog'],
	['sygeplejersken', 'sygeplejersk'],
	['tømrer', 'tømr'],
	['tømrere', 'tømr'],
	['tømre', 'tømr'],
	['hedens', 'hed'],
	['venlighed', 'ven'],
	['venligheden', 'ven'],
	['lykkelig', 'lyk'],
	['lykkeligt', 'lyk'],
	['vigtigst', 'vigt'],
	['løst', 'løst'],
	['kendt', 'kend'],
	['lagt', 'lagt'],
	['undervisningens', 'undervisning'],
	['medarbejdernes', 'medarbejd'],
	['jobbet', 'job'],
	['jobs', 'job'],
	['kokke', 'kok'],
	['smedene', 'smed'],
	['sygdommene', 'sygdom'],
	['butiksassistenter', 'butiksassistent'],
	['chauffører', 'chauffør'],
	['elektrikeren', 'elektrik'],
	['sandheden', 'sand'],
	['omsorgsfuld', 'omsorgsfuld'],
	['erendes', 'erend'],
	['ethed', 'ethed'],
	['aabenraa', 'aabenraa'],
	['ok', 'ok']
];

describe('stemDanish', () => {
	it('gives a singular and its plural the same stem', () => {
		expect(stemDanish('pædagoger')).toBe('pædagog');
		expect(stemDanish('pædagog')).toBe('pædagog');
		expect(stemDanish('sygeplejersker')).toBe('sygeplejersk');
		expect(stemDanish('sygeplejerske')).toBe('sygeplejersk');
	});

	it.each(reference)('stems %s as %s, like PostgreSQL', (word, stem) => {
		expect(stemDanish(word)).toBe(stem);
	});

	it('lowercases first', () => {
		expect(stemDanish('Pædagoger')).toBe('pædagog');
		expect(stemDanish('SYGEPLEJERSKER')).toBe('sygeplejersk');
	});

	it('removes a final s only after a valid s-ending', () => {
		expect(stemDanish('kontors')).toBe('kontor');
		// "u" is not an s-ending, so "campus" keeps its s.
		expect(stemDanish('campus')).toBe('campus');
	});
});

describe('danishSearchTerm', () => {
	it('drops the stop words PostgreSQL drops and stems the rest', () => {
		expect(danishStopWords.size).toBe(94);
		expect(danishSearchTerm('til')).toBeNull();
		expect(danishSearchTerm('Og')).toBeNull();
		expect(danishSearchTerm('børnehave')).toBe('børnehav');
	});
});
