import { formatKr, MINUS } from '$lib/i18n';
import type { Language } from '$lib/i18n';

/** Number formats of the calculator, in the page's language; money is the app's `formatKr`. */
export interface CalculatorFormat {
	/** "3.412 kr."; amounts with øre keep two decimals ("46,58 kr."); a minus sign (−), not a hyphen. */
	kr(amount: number): string;
	/** A percentage given in percent: 25.049 → "25,049 %". */
	percent(value: number): string;
	/** Hours and other plain numbers, at most two decimals. */
	number(value: number): string;
}

export { MINUS };

export function calculatorFormat(lang: Language): CalculatorFormat {
	const locale = lang === 'da' ? 'da-DK' : 'en-DK';
	const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 3 });
	const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
	return {
		kr: (amount) => formatKr(lang, amount),
		// Divide in decimal: 25.049 / 100 is 0.25049000000000003 in binary, and that shows.
		percent: (value) => percent.format(Number((value / 100).toPrecision(12))),
		number: (value) => number.format(value)
	};
}
