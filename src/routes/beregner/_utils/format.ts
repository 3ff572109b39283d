import type { Language } from '$lib/i18n';

/** Number formats of the calculator, in the page's language (same locales as `I18n.kr`). */
export interface CalculatorFormat {
	/** "3.412 kr."; amounts with øre keep two decimals ("46,58 kr."); a minus sign (−), not a hyphen. */
	kr(amount: number): string;
	/** A percentage given in percent: 25.049 → "25,049 %". */
	percent(value: number): string;
	/** Hours and other plain numbers, at most two decimals. */
	number(value: number): string;
}

export const MINUS = '\u2212';

export function calculatorFormat(lang: Language): CalculatorFormat {
	const locale = lang === 'da' ? 'da-DK' : 'en-DK';
	const wholeKr = new Intl.NumberFormat(locale, {
		style: 'currency',
		currency: 'DKK',
		maximumFractionDigits: 0
	});
	const oereKr = new Intl.NumberFormat(locale, {
		style: 'currency',
		currency: 'DKK',
		minimumFractionDigits: 2,
		maximumFractionDigits: 2
	});
	const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 3 });
	const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
	return {
		kr: (amount) =>
			(Number.isInteger(amount) ? wholeKr : oereKr).format(amount).replace('-', MINUS),
		// Divide in decimal: 25.049 / 100 is 0.25049000000000003 in binary, and that shows.
		percent: (value) => percent.format(Number((value / 100).toPrecision(12))),
		number: (value) => number.format(value)
	};
}
