/**
 * `baseSalary` (MonetaryAmount) → hourly wage, only when `currency` is DKK (otherwise, or
 * without a currency or unit, the wage is left out — not an error). The amount is `value`, else
 * `minValue` (what the employer promises), else `maxValue`; per `unitText` HOUR as it is, DAY
 * ÷ 7.4, WEEK ÷ 37, MONTH ÷ 160.33, YEAR ÷ 1,924 (12 × 160.33), rounded to whole kroner. A
 * result outside 50–2,000 kr. an hour is invalid.
 */
import { danish, isMissing, isObject, node, parseNumber, quote, rawText } from './json-ld';
import { LIMITS, type Fail, type MapOptions } from './types';

/** Hours per month of a 37-hour week (37 × 52 / 12), the usual Danish divisor. */
const HOURS_PER_MONTH = 160.33;
const HOURS_PER = {
	HOUR: 1,
	DAY: 7.4,
	WEEK: 37,
	MONTH: HOURS_PER_MONTH,
	YEAR: HOURS_PER_MONTH * 12
};

export function mapWage(value: unknown, options: MapOptions, fail: Fail): number | null {
	const salary = node(value, options);
	if (!salary) return null;
	const currency = rawText(salary.currency)?.trim().toUpperCase();
	if (currency !== 'DKK') return null;
	const amountNode = isObject(salary.value) ? node(salary.value, options) : null;
	const source = amountNode ?? salary;
	const unit = rawText(source.unitText ?? salary.unitText)
		?.trim()
		.toUpperCase() as keyof typeof HOURS_PER | undefined;
	if (unit === undefined || !(unit in HOURS_PER)) return null;
	const field = amountNode ? 'baseSalary.value' : 'baseSalary';
	const rawAmount = amountNode
		? [amountNode.value, amountNode.minValue, amountNode.maxValue].find((v) => !isMissing(v))
		: salary.value;
	if (rawAmount === undefined || isMissing(rawAmount)) return null;
	const amount = parseNumber(rawAmount);
	if (amount === null) {
		fail(field, `${quote(rawAmount)} er ikke et beløb`);
		return null;
	}
	const hourly = Math.round(amount / HOURS_PER[unit]);
	const [min, max] = LIMITS.hourlyWageKr;
	if (hourly < min || hourly > max) {
		fail(
			field,
			`lønnen svarer til ${danish.format(hourly)} kr. i timen; forventede ${danish.format(min)}–${danish.format(max)} kr.`
		);
		return null;
	}
	return hourly;
}
