import { describe, expect, it } from 'vitest';
import { occupations } from '../server/seed/job-vocabulary';
import { stemDanish } from './danish-stemmer';
import { occupationVocabulary } from './occupation-vocabulary';
import { expandSearch, ukrainianStem } from './search-expansion';
import { searchVocabulary, vocabularyKey } from './search-vocabulary';

const translated = (q: string) => expandSearch(q, occupationVocabulary()).translatedTo;
const seedTitles = occupations.map((o) => o.title.toLowerCase());

describe('the occupation vocabulary', () => {
	it('has a few hundred occupations, each word with Danish terms', () => {
		const occupationsCovered = new Set(occupationVocabulary().map((e) => e.danish.join('|')));
		expect(occupationsCovered.size).toBeGreaterThanOrEqual(250);
		for (const entry of occupationVocabulary()) {
			expect(entry.danish.length, entry.term).toBeGreaterThan(0);
			expect(['en', 'uk', 'ar'], entry.term).toContain(entry.lang);
			expect(entry.term, entry.term).toBe(entry.term.toLowerCase().trim());
			for (const danish of entry.danish) {
				// Danish words: Latin letters (æøå), hyphens and spaces, nothing copied from the other column.
				expect(danish, entry.term).toMatch(/^[a-zæøåé' -]+$/);
			}
		}
		const byLang = (lang: string) => occupationVocabulary().filter((e) => e.lang === lang).length;
		expect(byLang('en')).toBeGreaterThan(250);
		expect(byLang('uk')).toBeGreaterThan(250);
		expect(byLang('ar')).toBeGreaterThan(250);
	});

	it('has each word once, as the vocabulary looks it up, Danish rows included', () => {
		const keys = [...searchVocabulary, ...occupationVocabulary()].map((e) => vocabularyKey(e.term));
		const twice = keys.filter((key, i) => keys.indexOf(key) !== i);
		expect(twice).toEqual([]);
	});

	it('has every occupation of the seeded ads, in English, Ukrainian and Arabic', () => {
		for (const title of seedTitles) {
			for (const lang of ['en', 'uk', 'ar'] as const) {
				const rows = occupationVocabulary().filter(
					(e) => e.lang === lang && e.danish.includes(title)
				);
				expect(rows.length, `${title} in ${lang}`).toBeGreaterThan(0);
			}
		}
	});

	it('has no foreign word that is one of its Danish words ("hotel")', () => {
		const danish = new Set(occupationVocabulary().flatMap((e) => e.danish));
		expect(
			occupationVocabulary()
				.filter((e) => danish.has(e.term))
				.map((e) => e.term)
		).toEqual([]);
	});

	it("spells a seeded occupation as the seed's title, not in another form", () => {
		const titleByStem = new Map(seedTitles.map((title) => [stemDanish(title), title]));
		for (const danish of new Set(occupationVocabulary().flatMap((e) => e.danish))) {
			const title = titleByStem.get(stemDanish(danish));
			if (title) expect(danish).toBe(title);
		}
		// Every seeded title is among the Danish words, spelt as the seed spells it.
		const danishTerms = new Set(occupationVocabulary().flatMap((e) => e.danish));
		const fromSeed = [...danishTerms].filter((d) => seedTitles.includes(d));
		expect(fromSeed.length).toBe(new Set(seedTitles).size);
	});

	it('leaves Danish searches alone: no seeded title in any form is taken for a foreign word', () => {
		for (const o of occupations) {
			for (const form of [o.title, o.plural, o.definite, o.definitePlural]) {
				expect(translated(form), form).toEqual([]);
			}
		}
	});
});

describe('typed variants', () => {
	it('folds Arabic: diacritics, alef forms, ى/ي, ة/ه and the article ال', () => {
		const nurse = vocabularyKey('ممرضة');
		expect(vocabularyKey('مُمَرِّضَة')).toBe(nurse);
		expect(vocabularyKey('ممرضه')).toBe(nurse);
		expect(vocabularyKey('الممرضة')).toBe(nurse);
		expect(vocabularyKey('أطباء')).toBe(vocabularyKey('اطباء'));
		expect(vocabularyKey('إطفائي')).toBe(vocabularyKey('اطفائي'));
		expect(vocabularyKey('مستشفى')).toBe(vocabularyKey('مستشفي'));
		expect(vocabularyKey('سائق  الحافلة')).toBe(vocabularyKey('سائق حافله'));
		// A word that only begins like the article keeps it: "الة" is too short to be ال + noun.
		expect(vocabularyKey('الة')).toBe('اله');
	});

	it('reads Ukrainian in any case and with any apostrophe, and finds other cases by stem', () => {
		expect(vocabularyKey('МЕДСЕСТРА')).toBe('медсестра');
		expect(vocabularyKey('м’ясник')).toBe("м'ясник");
		expect(vocabularyKey('мʼясник')).toBe("м'ясник");
		expect(ukrainianStem('медсестрою')).toBe(ukrainianStem('медсестра'));
		expect(ukrainianStem('лікаря')).toBe(ukrainianStem('лікар'));
		expect(ukrainianStem('водієм')).toBe(ukrainianStem('водії'));
		expect(translated('водієм')).toContain('buschauffør');
		expect(ukrainianStem('вчителем')).toBe(ukrainianStem('вчитель'));
	});
});

describe('search in her own language', () => {
	it.each([
		'nurse',
		'Nurses',
		'медсестра',
		'медсестри',
		'Медсестрою',
		'медбрат',
		'ممرضة',
		'الممرضة',
		'ممرضه',
		'مُمَرِّض'
	])('"%s" searches sygeplejerske', (q) => {
		expect(translated(q)).toEqual(['sygeplejerske']);
		expect(expandSearch(q, occupationVocabulary()).alsoSearched).toEqual(['sygeplejerske']);
	});

	it.each([
		['bus driver', ['buschauffør']],
		['водій автобуса', ['buschauffør']],
		['водії автобусів', ['buschauffør']],
		['سائق حافلة', ['buschauffør']],
		['سائق الحافلة', ['buschauffør']],
		['cleaner', ['rengøringsassistent', 'rengøringsmedarbejder']],
		['прибиральниця', ['rengøringsassistent', 'rengøringsmedarbejder']],
		['عاملة نظافة', ['rengøringsassistent', 'rengøringsmedarbejder']],
		['kindergarten teacher', ['pædagog']],
		['вихователька', ['pædagog']],
		['معلمة روضة', ['pædagog']],
		['care worker', ['social- og sundhedshjælper', 'sosu-hjælper']],
		['доглядальниця', ['social- og sundhedshjælper', 'sosu-hjælper']],
		['مساعد رعاية', ['social- og sundhedshjælper', 'sosu-hjælper']],
		['warehouse worker', ['lagermedarbejder', 'lagerarbejder', 'lagerassistent']],
		['кухар', ['kok']],
		['طباخ', ['kok']]
	])('"%s" searches %j', (q, danish) => {
		expect(translated(q)).toEqual(danish);
	});

	it('matches words typed one by one as the phrase they make, in that order', () => {
		const [bus] = expandSearch('bus driver', occupationVocabulary()).groups;
		expect(bus?.include).toHaveLength(1);
		expect(bus?.include[0]).toMatchObject({ text: 'bus driver', quoted: true, prefix: false });
		expect(bus?.include[0]?.alternatives.map((a) => a.text)).toEqual(['buschauffør']);
		// Not a phrase: each word on its own ("driver" is every kind of chauffør).
		const [reversed] = expandSearch('driver bus', occupationVocabulary()).groups;
		expect(reversed?.include.map((c) => c.text)).toEqual(['driver', 'bus']);
		// A quoted word is not joined into a phrase.
		expect(translated('bus "driver"')).toEqual([]);
	});

	it('leaves out her words no Danish ad can hold, when another word is searched', () => {
		const [group] = expandSearch('робота медсестра', occupationVocabulary()).groups;
		expect(group?.include.map((c) => c.text)).toEqual(['медсестра']);
		const [arabic] = expandSearch('وظيفة ممرضة', occupationVocabulary()).groups;
		expect(arabic?.include.map((c) => c.text)).toEqual(['ممرضة']);
		const [town] = expandSearch('робота aarhus', occupationVocabulary()).groups;
		expect(town?.include.map((c) => c.text)).toEqual(['aarhus']);
		// Alone it stays (and finds nothing, as she typed).
		expect(expandSearch('робота', occupationVocabulary()).groups[0]?.include).toHaveLength(1);
	});

	it('keeps translations apart from the Danish widening, and needs the rows passed', () => {
		const both = expandSearch('nurse aarhus sosu', occupationVocabulary());
		expect(both.translatedTo).toEqual(['sygeplejerske']);
		expect(both.alsoSearched).toContain('århus');
		expect(both.alsoSearched).toContain('social- og sundhedsassistent');
		// Without them (the phone before it loads them) only the Danish vocabulary widens.
		expect(expandSearch('nurse').alsoSearched).toEqual([]);
		expect(expandSearch('nurse').translatedTo).toEqual([]);
	});
});
