import i18next, { type TOptions } from 'i18next';
import { danishMoney } from './formats';
import { directions, type Language } from './languages';

export * from './languages';

/** One language's texts, as in locales/<lang>.json. */
export type Texts = { [key: string]: string | Texts };
export type TranslationKey = string;
export type Translate = (key: TranslationKey, options?: TOptions) => string;

/**
 * One i18next instance with one language's texts: on the server each request renders with its own
 * instance and language; in the browser more languages are added as she chooses them. No fallback
 * language: every language has every key (locales.test.ts), so none has to be downloaded "just in case".
 */
export function createTranslator(lang: Language, texts: Texts) {
	const instance = i18next.createInstance();
	void instance.init({
		lng: lang,
		fallbackLng: false,
		resources: { [lang]: { translation: texts } },
		initAsync: false,
		interpolation: { escapeValue: false },
		returnNull: false,
		// A text asked for that is not loaded shows its key ("calculator.title"): say so, loudly.
		saveMissing: true,
		missingKeyHandler: (languages, _namespace, key) => reportMissingText(key, languages)
	});
	return instance;
}

/**
 * The message of a text asked for and not loaded: a key missing from the language file (which
 * locales.test.ts rules out) or from the page's text groups (groups.ts). The end-to-end tests fail
 * on it in the browser's console (tests/e2e/fixtures.ts).
 */
export const MISSING_TEXT = 'Missing text';

function reportMissingText(key: string, languages: readonly string[]) {
	console.error(`${MISSING_TEXT}: "${key}" (${languages.join(', ')})`);
}

/** U+2212: a minus sign, not a hyphen, before a negative amount (screen readers say "minus"). */
export const MINUS = '\u2212';

/**
 * The app's one money format, in every language: "3.412 kr."; amounts with øre keep two decimals
 * ("46,58 kr."); a minus sign (−), not a hyphen. `I18n.kr` and the calculator both format through it.
 * Not each language's own money format: the amounts she compares them with are Danish — letters
 * from the jobcentre and Udbetaling Danmark, payslips, the ads — and "3.412" means three thousand
 * there but three point four in English or Arabic number style, so one Danish format is the safe one.
 */
export function formatKr(lang: Language, amount: number): string {
	const text = danishMoney(!Number.isInteger(amount)).format(amount).replace('-', MINUS);
	// In a right-to-left sentence "4.037 kr." would be shown ".kr 4.037": isolate it as left to right
	// (U+2066 … U+2069, invisible and ignored by screen readers).
	return directions[lang] === 'rtl' ? `\u2066${text}\u2069` : text;
}
