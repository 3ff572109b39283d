import type { Language, Texts } from './index';

/**
 * Each language's texts as a chunk of its own, fetched when that language is used: a Danish
 * visitor downloads no other language. Nothing in the browser may import locales/*.json statically
 * (a test checks it); the server and the tests use `all.ts`.
 */
const loaders: Record<Language, () => Promise<{ default: Texts }>> = {
	da: () => import('./locales/da.json'),
	en: () => import('./locales/en.json'),
	uk: () => import('./locales/uk.json'),
	ar: () => import('./locales/ar.json')
};

export async function loadLanguage(lang: Language): Promise<Texts> {
	return (await loaders[lang]()).default;
}
