// The search test table: what a citizen types, and the Danish search whose ads it must find too.
// Read by the server's SQL suite (server/search.test.ts) and the phone's (domain/search-vocabulary.test.ts),
// both with the English, Ukrainian and Arabic rows (occupation-vocabulary.ts).
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

/** English, Ukrainian and Arabic words (`occupation-vocabulary.ts`) and the Danish ads they find. */
export const translationCases: readonly WideningCase[] = [
	{ typed: 'nurse', danish: '"sygeplejerske"' },
	{ typed: 'медсестра', danish: '"sygeplejerske"' },
	{ typed: 'медсестри', danish: '"sygeplejerske"' },
	{ typed: 'ممرضة', danish: '"sygeplejerske"' },
	{ typed: 'الممرضة', danish: '"sygeplejerske"' },
	{ typed: 'робота медсестра', danish: '"sygeplejerske"' },
	{ typed: 'bus driver', danish: '"buschauffør"' },
	{ typed: 'водій автобуса', danish: '"buschauffør"' },
	{ typed: 'سائق حافلة', danish: '"buschauffør"' },
	{ typed: 'cleaner', danish: '"rengøringsassistent"' },
	{ typed: 'прибиральниця', danish: '"rengøringsassistent"' },
	{ typed: 'عامل نظافة', danish: '"rengøringsassistent"' },
	{ typed: 'kindergarten teacher', danish: '"pædagog"' },
	{ typed: 'вихователь', danish: '"pædagog"' },
	{ typed: 'معلمة روضة', danish: '"pædagog"' },
	{ typed: 'care worker', danish: '"social- og sundhedshjælper"' },
	{ typed: 'доглядальниця', danish: '"social- og sundhedshjælper"' },
	{ typed: 'مساعد رعاية', danish: '"social- og sundhedshjælper"' },
	{ typed: 'warehouse worker', danish: '"lagermedarbejder"' },
	{ typed: 'кухар', danish: '"kok"' },
	{ typed: 'طباخ', danish: '"kok"' }
];

export const wideningCases: readonly WideningCase[] = [
	...vocabularyCases,
	...foldingCases,
	...translationCases
];
