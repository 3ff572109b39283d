import type { Language } from './languages';

/**
 * Number formats per language. Danish digit grouping for English ("12.345"), as the money format;
 * Ukrainian its own ("12 345"). Arabic with Western digits (0–9), not Arabic-Indic (٠–٩): the
 * Arabic speakers this app serves live in Denmark, where every letter, payslip, phone number, ad
 * and date she must compare with is written with Western digits — the same digits everywhere on the
 * page, in Arabic too, is what Arabic-speaking services in Europe do.
 */
const numberLocales: Record<Language, string> = {
	da: 'da-DK',
	en: 'en-DK',
	uk: 'uk-UA',
	ar: 'ar-u-nu-latn'
};

/** Date formats per language: British English (day before month), as Danish readers expect. */
const dateLocales: Record<Language, string> = {
	da: 'da-DK',
	en: 'en-GB',
	uk: 'uk-UA',
	ar: 'ar-u-nu-latn'
};

// Building an Intl formatter costs far more than using one (312 of them took ~58 ms on /job), so
// each language and set of options builds its formatter once. The options are few and fixed in
// the code, so these maps stay small.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached<F>(cache: Map<string, F>, key: string, make: () => F): F {
	let format = cache.get(key);
	if (!format) {
		format = make();
		cache.set(key, format);
	}
	return format;
}

export function numberFormat(lang: Language, options: Intl.NumberFormatOptions = {}) {
	const locale = numberLocales[lang];
	return cached(
		numberFormats,
		`${locale}|${JSON.stringify(options)}`,
		() => new Intl.NumberFormat(locale, options)
	);
}

export function dateFormat(lang: Language, options: Intl.DateTimeFormatOptions) {
	const locale = dateLocales[lang];
	return cached(
		dateFormats,
		`${locale}|${JSON.stringify(options)}`,
		() => new Intl.DateTimeFormat(locale, options)
	);
}

/** "3.412 kr." in every language: see `formatKr`. */
export function danishMoney(withOere: boolean): Intl.NumberFormat {
	return cached(
		numberFormats,
		`money|${withOere}`,
		() =>
			new Intl.NumberFormat('da-DK', {
				style: 'currency',
				currency: 'DKK',
				minimumFractionDigits: withOere ? 2 : 0,
				maximumFractionDigits: withOere ? 2 : 0
			})
	);
}
