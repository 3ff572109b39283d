import { describe, expect, it } from 'vitest';
import da from '../../i18n/locales/da.json';
import { lixCount } from '../lix';
import { DUTY_RULES, SITUATIONS, dutyItems, emptyFacts, stateTextKey, type CitizenFacts } from '.';

/** Every string under a key, flattened to `a.b.c`. */
function flatten(node: unknown, prefix: string, out: Map<string, string>) {
	if (typeof node === 'string') out.set(prefix, node);
	else if (node && typeof node === 'object') {
		for (const [key, value] of Object.entries(node)) flatten(value, `${prefix}.${key}`, out);
	}
	return out;
}

const texts = new Map<string, string>();
for (const section of ['minSide', 'duties', 'jobGain'] as const) {
	flatten((da as Record<string, unknown>)[section], section, texts);
}

/** Placeholders become a short word: what she reads there is a date or an amount. */
const readable = (text: string) => text.replace(/\{\{[^}]+\}\}/g, 'x');

/**
 * A text block is what is read together on the page: one rule's card (its text, state, "Læs
 * mere" and link), a section's lines, the gain box on a job ad. LIX is a measure of running text;
 * a three-word label alone ("Du får dagpenge.") scores by chance, so labels count in their block.
 * A label without an end mark is read as a sentence of its own.
 */
function block(prefixes: readonly string[]): string {
	return [...texts]
		.filter(([key]) => prefixes.some((prefix) => key === prefix || key.startsWith(`${prefix}.`)))
		.map(([, text]) => readable(text).trim())
		.map((text) => (/[.!?:…]$/u.test(text) ? text : `${text}.`))
		.join(' ');
}

const BLOCKS: Record<string, readonly string[]> = {
	'Min side: heading and shortcuts': ['minSide'],
	'Det gælder for dig: heading and situation': [
		'duties.rulesTitle',
		'duties.readMore',
		'duties.sources',
		'duties.checkedOn',
		'duties.loading',
		'duties.situation'
	],
	...Object.fromEntries(DUTY_RULES.map((rule) => [`rule ${rule.id}`, [`duties.rules.${rule.id}`]])),
	'Det har du gjort': ['duties.doneTitle', 'duties.done'],
	'Det sker snart': ['duties.soonTitle', 'duties.soon'],
	'gain on a job ad': ['jobGain']
};

describe('plain language (LIX ≤ 35) on Min side, the rules and the gain on job ads', () => {
	it('covers every text of these pages', () => {
		const covered = new Set(
			[...texts.keys()].filter((key) =>
				Object.values(BLOCKS).some((prefixes) =>
					prefixes.some((prefix) => key === prefix || key.startsWith(`${prefix}.`))
				)
			)
		);
		expect([...texts.keys()].filter((key) => !covered.has(key))).toEqual([]);
	});

	it.each(Object.entries(BLOCKS))('%s', (_name, prefixes) => {
		const text = block(prefixes);
		const count = lixCount(text);
		expect(count.words).toBeGreaterThan(0);
		expect(Math.round(count.lix), `LIX of "${text}"`).toBeLessThanOrEqual(35);
	});
});

describe('every text the rules can show exists in Danish', () => {
	it('has a text, more and action for every rule', () => {
		for (const rule of DUTY_RULES) {
			for (const part of ['text', 'more', 'action']) {
				expect(texts.has(`duties.rules.${rule.id}.${part}`), `${rule.id}.${part}`).toBe(true);
			}
		}
	});

	it('has a state text for every state the rules reach', () => {
		const TODAY = '2026-12-09';
		const grid: Partial<CitizenFacts>[] = [
			{},
			{ applications: [{ appliedOn: TODAY }] },
			{ signedUpOn: '2026-01-01' },
			{ signedUpOn: '2026-12-08', cv: { percent: 40, missing: [] } },
			{ signedUpOn: '2026-01-01', cv: { percent: 40, missing: [] } },
			{ cv: { percent: 40, missing: [] } },
			{ cv: { percent: 100, missing: [] } },
			{ meetings: { next: null, held: 0 } },
			{ meetings: { next: { startsAt: `${TODAY}T12:00:00Z`, date: TODAY }, held: 1 } },
			{ conversationRequest: { requestedOn: '2026-12-01', deadline: '2026-12-11' } },
			{ conversationRequest: { requestedOn: '2026-11-01', deadline: '2026-11-11' } },
			{ sickLeave: { firstSickDay: null, expectedReturn: null, next: null } },
			{ sickLeave: { firstSickDay: '2026-11-01', expectedReturn: '2027-01-01', next: null } },
			{ sickLeave: { firstSickDay: '2026-01-01', expectedReturn: null, next: null } }
		];
		for (const situation of SITUATIONS) {
			for (const more of grid) {
				for (const item of dutyItems({ ...emptyFacts(situation), ...more }, TODAY)) {
					const key = stateTextKey(item);
					if (key === null) continue;
					expect(texts.has(key) || texts.has(`${key}_one`), key).toBe(true);
				}
			}
		}
	});
});
