/**
 * The words people type into a job search, and the Danish words job ads use for the same thing:
 * abbreviations ("sosu"), short forms ("lager") and everyday names ("chauffør" for every kind of
 * driver). Pure data; `search-expansion.ts` reads it, online (PostgreSQL) and offline (the phone)
 * alike.
 *
 * One row is one word as typed (`term`, lower case) in one language (`lang`), with the Danish
 * search terms it stands for, each matched as a phrase in the ads. The Danish rows are here; the
 * English, Ukrainian and Arabic occupation words ("nurse", "медсестра", "ممرضة" → "sygeplejerske")
 * are rows of their own in `occupation-vocabulary.ts`, kept apart so the phone loads them only
 * when it needs them. The result list names the Danish words searched so the citizen learns them.
 *
 * Only what we can defend. Sources (named per row in `source`):
 * - `ug`: UddannelsesGuiden's job pages (ug.dk/job, Børne- og Undervisningsministeriet), which
 *   name the job titles used for each job ("Social- og sundhedsassistenter (sosu-assistenter)",
 *   "Stillingsbetegnelser: Pædagogmedhjælper, Pædagogisk assistent").
 * - `sosu`: the SOSU schools and the municipalities that employ their pupils, e.g.
 *   slagelse.dk/…/sosu-uddannelserne ("Social- og Sundhedshjælperuddannelsen (SSH)",
 *   "Social- og Sundhedsassistentuddannelsen (SSA)"), sevu.dk (FEVU) and sosuranders.dk on the
 *   pædagogisk assistentuddannelse (PAU), socialsundhed.dk ("SOSU-hjælper eller SOSU-assistent").
 * - `disco`: Danmarks Statistik's DISCO-08 occupation classification (see
 *   `taxonomy/occupations.ts`): the job titles that share one occupation (the kinds of chauffør,
 *   smed, læge …), as compound Danish job titles that a search for the short word would miss.
 * - `usage`: established Danish usage in job ads and in the trade unions' names: "HK'er" for
 *   office staff organised in HK (Handels- og Kontorfunktionærernes Forbund), "it" for the it
 *   trades, "spl." for sygeplejerske in hospital rosters and ads.
 * - `dictionary`: the foreign-language rows of `occupation-vocabulary.ts` (everyday translations of
 *   occupation names; the Danish side is the seed's DISCO titles where one exists).
 *
 * Left out for want of a source: "pmf" (asked for, but no Danish source we could find uses it for
 * a job title), "pmh".
 */

/** The languages a typed word may be in. */
export type VocabularyLang = 'da' | 'en' | 'uk' | 'ar';

export type VocabularySource = 'ug' | 'sosu' | 'disco' | 'usage' | 'dictionary';

export interface VocabularyEntry {
	/** The word as typed, in lower case ("sosu", "sosu-hjælper"). */
	term: string;
	lang: VocabularyLang;
	/** What ads write instead, each searched as a phrase ("social- og sundhedsassistent"). */
	danish: readonly string[];
	source: VocabularySource;
}

const SOSU_ASSISTANT = ['social- og sundhedsassistent', 'sosu-assistent'];
const SOSU_HELPER = ['social- og sundhedshjælper', 'sosu-hjælper'];
const DRIVERS = ['chauffør', 'lastbilchauffør', 'buschauffør', 'taxichauffør', 'vognmandschauffør'];

const da = (
	term: string,
	danish: readonly string[],
	source: VocabularySource
): VocabularyEntry => ({ term, lang: 'da', danish, source });

export const searchVocabulary: readonly VocabularyEntry[] = [
	// Social and health care (SOSU).
	da('sosu', [...SOSU_ASSISTANT, ...SOSU_HELPER], 'sosu'),
	da('sosu-assistent', SOSU_ASSISTANT, 'ug'),
	da('sosuassistent', SOSU_ASSISTANT, 'ug'),
	da('sosu-hjælper', SOSU_HELPER, 'sosu'),
	da('sosuhjælper', SOSU_HELPER, 'sosu'),
	da('ssa', SOSU_ASSISTANT, 'sosu'),
	da('ssh', SOSU_HELPER, 'sosu'),
	da('sygehjælper', ['social- og sundhedsassistent'], 'ug'),
	da('spl', ['sygeplejerske'], 'usage'),
	// Children and young people.
	da('pæd', ['pædagog'], 'usage'),
	da('pau', ['pædagogisk assistent'], 'sosu'),
	da('pa', ['pædagogisk assistent'], 'sosu'),
	// Office and it.
	da('hk', ['kontorassistent', 'kontorelev', 'sekretær', 'administrativ medarbejder'], 'usage'),
	da('kontor', ['kontorassistent', 'kontorelev', 'kontorfunktionær'], 'disco'),
	da('it', ['it-supporter', 'it-medarbejder', 'softwareudvikler', 'systemudvikler'], 'usage'),
	// Warehouse, transport, cleaning.
	da('lager', ['lagermedarbejder', 'lagerarbejder', 'lagerassistent'], 'disco'),
	da('chauffør', DRIVERS, 'disco'),
	da('driver', DRIVERS, 'usage'),
	da('rengøring', ['rengøringsassistent', 'rengøringsmedarbejder', 'servicemedarbejder'], 'disco'),
	// Trades.
	da('smed', ['klejnsmed', 'maskinsmed', 'industrismed', 'smedesvend'], 'disco'),
	da('tømrer', ['bygningstømrer', 'tømrersvend'], 'disco'),
	da('elektriker', ['el-installatør', 'elinstallatør', 'elektrikersvend'], 'disco'),
	// Health.
	da(
		'læge',
		['overlæge', 'reservelæge', 'afdelingslæge', 'speciallæge', 'praktiserende læge'],
		'disco'
	)
];

const ARABIC_LETTER = /[\u0600-\u06FF]/;
/** Tashkeel (short vowels, shadda, sukun), Quranic marks, superscript alef and tatweel. */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/**
 * Arabic as typed in many ways, folded to one: no diacritics, أ إ آ ٱ → ا, ى → ي, ة → ه, the
 * Persian-keyboard ی ک → ي ك, and no article ال in front of a word ("الممرضة" → "ممرضه").
 */
function foldArabic(text: string): string {
	return text
		.replace(ARABIC_MARKS, '')
		.replace(/[أإآٱ]/g, 'ا')
		.replace(/[ىی]/g, 'ي')
		.replace(/ة/g, 'ه')
		.replace(/ک/g, 'ك')
		.split(' ')
		.map((word) => (word.startsWith('ال') && word.length > 3 ? word.slice(2) : word))
		.join(' ');
}

/**
 * A word or phrase as the vocabulary looks it up: lower case, apostrophes (’ ʼ ` ´, common in
 * Ukrainian "м’ясник") as plain ones, single spaces, Arabic folded (`foldArabic`).
 */
export function vocabularyKey(word: string): string {
	const key = word
		.toLowerCase()
		.replace(/[’`´ʼ]/g, "'")
		.replace(/\s+/gu, ' ')
		.trim();
	return ARABIC_LETTER.test(key) ? foldArabic(key) : key;
}
