import type { BreakdownLine, BreakdownLineKind } from '$lib/domain/calculator';
import type { Translate } from '$lib/i18n';
import { MINUS } from './format';
import type { CalculatorFormat } from './format';

/**
 * Turns the engine's breakdown lines (i18n keys + raw parameters) into text for the page.
 * Parameter names carry their unit: `…Kr` are kroner, `…Percent` percentages, other numbers are
 * hours or counts. Info lines explain a step and carry their amount in the text; income and
 * deduction lines add up to the result line.
 */

export interface DisplayLine {
	key: string;
	kind: BreakdownLineKind;
	text: string;
	/** The amount for the sum column ("+ 13.000 kr.", "− 1.040 kr."); null on info lines. */
	amount: string | null;
}

/** Which i18next context a line's wording depends on. */
function contextOf(line: BreakdownLine): string | undefined {
	const p = line.params;
	switch (line.key) {
		case 'calculator.line.benefitBeforeOffset':
			// Her own dagpenge rate is "Dine dagpenge", not "fuld sats"; a weekly one shows its conversion.
			if (p.benefitKind === 'dagpenge' && p.ownRate === true) {
				return p.weeklyRateKr === undefined ? 'dagpengeOwn' : 'dagpengeOwnWeek';
			}
			return typeof p.benefitKind === 'string' ? p.benefitKind : undefined;
		case 'calculator.line.benefitAfterOffset':
			return typeof p.benefitKind === 'string' ? p.benefitKind : undefined;
		case 'calculator.line.dagpengeHoursDeduction':
			return p.cutOff === true ? 'cutOff' : undefined;
		case 'calculator.line.wage':
			return p.hourlyWageKr === undefined ? 'noHours' : undefined;
		case 'calculator.line.kommuneskat':
			return typeof p.rateSource === 'string' ? p.rateSource : undefined;
		case 'calculator.line.kirkeskat':
			return p.churchMember === false ? 'notMember' : undefined;
		case 'calculator.line.gain':
			return p.gainPerHourKr === undefined ? undefined : 'perHour';
		default:
			return undefined;
	}
}

/** Lines that say nothing to the citizen: a tax of 0 kr., no jobfradrag, no wage without a job. */
export function isShown(line: BreakdownLine): boolean {
	if (line.amountKr !== 0) return true;
	if (line.kind === 'deduction') return false;
	if (line.key === 'calculator.line.jobfradrag') return false;
	if (line.key === 'calculator.line.wage' && line.params.weeklyHours === 0) return false;
	return true;
}

function formatParams(
	line: BreakdownLine,
	t: Translate,
	format: CalculatorFormat
): Record<string, string> {
	const out: Record<string, string> = { amount: format.kr(line.amountKr) };
	for (const [name, value] of Object.entries(line.params)) {
		if (typeof value === 'number') {
			if (name.endsWith('Kr')) out[name] = format.kr(value);
			else if (name.endsWith('Percent')) out[name] = format.percent(value);
			else out[name] = format.number(value);
		} else {
			out[name] = String(value);
		}
	}
	if (typeof line.params.rate === 'string') {
		out.rateName = t(`calculator.names.rate.${line.params.rate}`);
	}
	if (typeof line.params.membership === 'string') {
		out.membershipName = t(`calculator.names.membership.${line.params.membership}`);
	}
	return out;
}

function amountText(line: BreakdownLine, format: CalculatorFormat): string | null {
	switch (line.kind) {
		case 'info':
			return null;
		case 'income':
			return `+ ${format.kr(line.amountKr)}`;
		case 'deduction':
			return `${MINUS} ${format.kr(line.amountKr)}`;
		case 'result':
			return format.kr(line.amountKr);
	}
}

export function displayLine(
	line: BreakdownLine,
	t: Translate,
	format: CalculatorFormat
): DisplayLine {
	const context = contextOf(line);
	return {
		key: line.key,
		kind: line.kind,
		text: t(line.key, { ...formatParams(line, t, format), ...(context ? { context } : {}) }),
		amount: amountText(line, format)
	};
}

export function displayLines(
	lines: readonly BreakdownLine[],
	t: Translate,
	format: CalculatorFormat
): DisplayLine[] {
	return lines.filter(isShown).map((line) => displayLine(line, t, format));
}
