/**
 * Every language's texts at once, for the server and the tests only: the browser loads one
 * language at a time through `load.ts` (a test checks that no browser code imports this file).
 */
import { createTranslator as translatorWith, type Language, type Texts } from './index';
import da from './locales/da.json';
import en from './locales/en.json';
import uk from './locales/uk.json';
import ar from './locales/ar.json';

export const resources: Record<Language, Texts> = { da, en, uk, ar };

export function createTranslator(lang: Language) {
	return translatorWith(lang, resources[lang]);
}
