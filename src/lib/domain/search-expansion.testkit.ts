// The search test table: what a citizen types, and the Danish search whose ads it must find too.
// Read by the server's SQL suite (server/search.test.ts) and the phone's (domain/search-vocabulary.test.ts).
import { searchVocabulary } from './search-vocabulary';

export interface WideningCase {
	/** What she types. */
	typed: string;
	/** A search whose ads `typed` finds as well (a long form in quotes: that phrase). */
	danish: string;
}

/** ae/oe/aa typed for æ/ø/å, and real words with those letters that must keep their hits. */
export const foldingCases: readonly WideningCase[] = [
	{ typed: 'paedagog', danish: 'pædagog' },
	{ typed: 'paedagoger', danish: 'pædagoger' },
	{ typed: 'laerer', danish: 'lærer' },
	{ typed: 'laeger', danish: 'læger' },
	{ typed: 'toemrer', danish: 'tømrer' },
	{ typed: 'koekkenmedhjaelper', danish: 'køkkenmedhjælper' },
	{ typed: 'rengoeringsassistent', danish: 'rengøringsassistent' },
	{ typed: 'socialraadgiver', danish: 'socialrådgiver' },
	{ typed: 'paedagog aarhus', danish: 'pædagog aarhus' },
	// Folding adds, it never takes away: "Aalborg" and "Aarhus" are spelt so in the ads.
	{ typed: 'aalborg', danish: '"aalborg"' },
	{ typed: 'aarhus', danish: '"aarhus"' }
];

/** Every vocabulary row and each of its long forms, as a phrase. */
export const vocabularyCases: readonly WideningCase[] = searchVocabulary.flatMap((entry) =>
	entry.danish.map((long) => ({ typed: entry.term, danish: `"${long}"` }))
);

export const wideningCases: readonly WideningCase[] = [...vocabularyCases, ...foldingCases];
