import { describe, expect, it } from 'vitest';
import {
	BREAKDOWN_LINE_KEYS,
	CALCULATOR_ERROR_KEYS,
	calculateGain,
	ratesFor,
	validateCalculatorInput
} from '$lib/domain/calculator';
import type { BreakdownLine, CalculatorInput } from '$lib/domain/calculator';
import { createTranslator, resources } from '$lib/i18n/all';
import type { Translate } from '$lib/i18n';
import { calculatorFormat } from './format';
import { displayLine, displayLines, isShown } from './lines';
import { keptPer100, sourceHost, unconfirmedEntries } from './result';

const da = createTranslator('da');
const t: Translate = (key, options) => da.t(key, { ...options });
const danish = calculatorFormat('da');
/** Intl puts no-break spaces before "kr." and "%"; the assertions use plain spaces. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');
const format = {
	kr: (amount: number) => plain(danish.kr(amount)),
	percent: (value: number) => plain(danish.percent(value)),
	number: (value: number) => plain(danish.number(value))
};

function has(tree: object, key: string): boolean {
	let node: unknown = tree;
	for (const part of key.split('.')) {
		if (typeof node !== 'object' || node === null || !(part in node)) return false;
		node = (node as Record<string, unknown>)[part];
	}
	return typeof node === 'string' && node.trim() !== '';
}

function input(raw: unknown): CalculatorInput {
	const result = validateCalculatorInput(raw);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.value;
}

const rates = ratesFor(2026);
const kontanthjaelp = calculateGain(
	input({
		benefit: { kind: 'kontanthjaelp', rate: 'forhoejet' },
		age: 40,
		household: 'single',
		children: 0,
		churchMember: true,
		job: { weeklyHours: 20, hourlyWageKr: 150 }
	}),
	rates
);

describe('texts for the engine keys', () => {
	it('has a Danish and an English text for every line and error key', () => {
		for (const key of [...BREAKDOWN_LINE_KEYS, ...CALCULATOR_ERROR_KEYS]) {
			expect(has(resources.da, key), `da:${key}`).toBe(true);
			expect(has(resources.en, key), `en:${key}`).toBe(true);
		}
	});

	it('names every kontanthjælp rate and dagpenge membership', () => {
		for (const key of ['mindstesats', 'grundsats', 'forhoejet', 'hjemmeboende']) {
			expect(has(resources.da, `calculator.form.rate.${key}`)).toBe(true);
			expect(has(resources.da, `calculator.names.rate.${key}`)).toBe(true);
		}
		for (const key of ['fulltime', 'parttime']) {
			expect(has(resources.da, `calculator.form.membership.${key}`)).toBe(true);
			expect(has(resources.da, `calculator.names.membership.${key}`)).toBe(true);
		}
	});

	it('names every rate figure', () => {
		for (const key of Object.keys(rates.figures)) {
			expect(has(resources.da, `calculator.figures.${key}`), key).toBe(true);
		}
	});
});

describe('displayLines', () => {
	it('writes every line of a kontanthjælp month in Danish, with signs on the sum lines', () => {
		const lines = displayLines(kontanthjaelp.withJob.lines, t, format);
		const texts = lines.map((line) => `${line.text} | ${line.amount ?? ''}`);
		expect(texts).toContain('Kontanthjælp, forhøjet sats: 12.064 kr. | ');
		expect(texts).toContain('AM-bidrag (8 % af lønnen) | \u2212 1.040 kr.');
		expect(texts).toContain(
			'Kommuneskat (25,049 %, gennemsnit for hele landet) | \u2212 3.207 kr.'
		);
		expect(texts.some((text) => text.includes('{{') || text.includes('calculator.'))).toBe(false);
		expect(lines.find((line) => line.key === 'calculator.line.wage')).toMatchObject({
			text: 'Løn: 20 timer om ugen (86,67 timer om måneden) til 150 kr. i timen',
			amount: '+ 13.000 kr.'
		});
		expect(lines.at(-1)).toMatchObject({ kind: 'result', amount: '13.913 kr.' });
	});

	it('leaves out taxes of 0 kr., a jobfradrag of 0 kr. and the wage without a job', () => {
		const keys = displayLines(kontanthjaelp.withoutJob.lines, t, format).map((line) => line.key);
		expect(keys).not.toContain('calculator.line.wage');
		expect(keys).not.toContain('calculator.line.amBidrag');
		expect(keys).not.toContain('calculator.line.topskat');
		expect(
			isShown({ key: 'calculator.line.jobfradrag', kind: 'info', amountKr: 0, params: {} })
		).toBe(false);
	});

	it('uses the wording for dagpenge and the cut-off', () => {
		const dagpenge = calculateGain(
			input({
				benefit: { kind: 'dagpenge', membership: 'fulltime' },
				age: 40,
				household: 'single',
				children: 0,
				churchMember: false,
				job: { weeklyHours: 37, hourlyWageKr: 180 }
			}),
			rates
		);
		const texts = displayLines(dagpenge.withJob.lines, t, format).map((line) => line.text);
		expect(texts).toContain(
			'Du arbejder 160,33 timer om måneden. Det er mere end 145,53 timer, så du får ingen supplerende dagpenge.'
		);
		expect(texts).toContain('Dagpenge, du får udbetalt');
	});

	it('names her own dagpenge rate, and shows a weekly rate as a month', () => {
		const own = (ownRate: { amountKr: number; per: 'month' | 'week' }) =>
			calculateGain(
				input({
					benefit: { kind: 'dagpenge', membership: 'fulltime', ownRate },
					age: 40,
					household: 'single',
					children: 0,
					churchMember: false,
					job: { weeklyHours: 15, hourlyWageKr: 180 }
				}),
				rates
			);
		const monthly = displayLines(own({ amountKr: 18000, per: 'month' }).withJob.lines, t, format);
		expect(monthly[0]?.text).toBe('Dine dagpenge (fuld tid): 18.000 kr.');
		const weekly = displayLines(own({ amountKr: 4000, per: 'week' }).withJob.lines, t, format);
		expect(weekly[0]?.text).toBe(
			'Dine dagpenge (fuld tid): 4.000 kr. om ugen er 17.333 kr. om måneden (× 52 uger / 12 måneder)'
		);
	});

	it('writes a loss with a minus sign and the gain per hour', () => {
		const gain: BreakdownLine = {
			key: 'calculator.line.gain',
			kind: 'result',
			amountKr: -512,
			params: { gainPerHourKr: -5.91 }
		};
		expect(displayLine(gain, t, format).amount).toBe('\u2212512 kr.');
		expect(displayLine(gain, t, format).text).toBe(
			'Forskel om måneden (\u22125,91 kr. pr. arbejdstime)'
		);
	});
});

describe('one money format per language', () => {
	function texts(tree: unknown): string[] {
		return typeof tree === 'string'
			? [tree]
			: Object.values(tree as Record<string, unknown>).flatMap(texts);
	}

	it('no calculator text writes an amount itself ("DKK 100", "10.000 kr."): amounts are interpolated', () => {
		for (const [lang, tree] of Object.entries(resources)) {
			for (const text of texts(tree.calculator)) {
				expect(text, `${lang}: ${text}`).not.toMatch(/DKK|\d\s*kr\b/);
			}
		}
	});

	it('formats English amounts like Danish ones, through the same formatter', () => {
		const en = createTranslator('en');
		const english = calculatorFormat('en');
		expect(plain(english.kr(4037))).toBe('4.037 kr.');
		expect(
			plain(
				en.t('calculator.result.kept', {
					context: 'dagpenge',
					hundred: english.kr(100),
					kept: english.kr(31)
				})
			)
		).toBe(
			'Of every 100 kr. you earn, you keep 31 kr., and the rest goes to tax and less unemployment benefit.'
		);
	});
});

describe('result helpers', () => {
	it('lists the unconfirmed figures behind a result with value, unit and source', () => {
		const entries = unconfirmedEntries(kontanthjaelp, rates);
		expect(entries.map((entry) => entry.key)).toEqual(kontanthjaelp.unconfirmedFigures);
		expect(entries[0]).toEqual({
			key: 'kontanthjaelpRateForhoejet',
			status: 'missing',
			value: 12064,
			unit: 'kr/month',
			source: 'https://lundsteenwiederquist.dk/index.php/2023/11/01/grundlaeggende-satser/'
		});
	});

	it('says how much of 100 kr. the citizen keeps, and shortens links', () => {
		expect(keptPer100(kontanthjaelp)).toBe(31);
		expect(keptPer100({ participationTaxRate: null })).toBeNull();
		expect(sourceHost('https://www.bdo.dk/da-dk/x')).toBe('bdo.dk');
	});

	it('formats percent without binary noise, and øre only when there are øre', () => {
		expect(format.percent(25.049)).toBe('25,049 %');
		expect(format.kr(46.58)).toBe('46,58 kr.');
		expect(format.kr(3412)).toBe('3.412 kr.');
	});
});
