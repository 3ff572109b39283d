import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAGPENGE_MEMBERSHIPS, HOUSEHOLDS, KONTANTHJAELP_RATES, RATE_PERIODS } from './types';
import { validateCalculatorInput } from './validation';
import { validateWithZod } from './validation-zod.testkit';

/**
 * The plain validator replaced a zod schema so /beregner loads no validation library. It must
 * answer exactly as the schema did: the same errors on the same fields in the same order, and the
 * same value. Inputs are built near the edges: right and wrong types, values around each limit,
 * fields missing or extra.
 */
const anyValue = fc.oneof(
	fc.constant(undefined),
	fc.constant(null),
	fc.boolean(),
	fc.string({ maxLength: 4 }),
	fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 1e20, 2 ** 53, 0.5),
	fc.array(fc.integer(), { maxLength: 1 }),
	fc.constant({})
);
const number = (min: number, max: number) =>
	fc.oneof(
		{ weight: 6, arbitrary: fc.integer({ min, max }) },
		{ weight: 2, arbitrary: fc.double({ min, max, noNaN: true }) },
		{ weight: 1, arbitrary: anyValue }
	);
const choice = (values: readonly string[]) =>
	fc.oneof(
		{ weight: 6, arbitrary: fc.constantFrom(...values) },
		{ weight: 1, arbitrary: anyValue }
	);
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const benefit = fc.oneof(
	fc.record(
		{
			kind: fc.constant('kontanthjaelp'),
			rate: choice(KONTANTHJAELP_RATES),
			aktivitetsparat: fc.oneof(fc.boolean(), anyValue)
		},
		{ requiredKeys: ['kind'] }
	),
	fc.record(
		{
			kind: fc.constant('dagpenge'),
			membership: choice(DAGPENGE_MEMBERSHIPS),
			ownRate: fc.oneof(
				fc.record(
					{ amountKr: number(-10, 30_000), per: choice(RATE_PERIODS) },
					{ requiredKeys: [] }
				),
				anyValue
			)
		},
		{ requiredKeys: ['kind'] }
	),
	fc.record({ kind: anyValue }),
	anyValue
);

const job = fc.oneof(
	{
		weight: 8,
		arbitrary: fc.record(
			{
				weeklyHours: number(-2, 50),
				hourlyWageKr: number(-5, 10_005),
				monthlyWageKr: number(-5, 60_000)
			},
			{ requiredKeys: [] }
		)
	},
	{ weight: 1, arbitrary: anyValue }
);

const input = fc.oneof(
	{
		weight: 20,
		arbitrary: fc.record(
			{
				benefit,
				age: number(16, 70),
				household: choice(HOUSEHOLDS),
				children: number(-1, 22),
				spouseMonthlyIncomeKr: number(-1, 1_000_001),
				municipalityCode: fc.oneof(fc.constantFrom('101', '851', '12', '1011', 'abc'), anyValue),
				churchMember: fc.oneof(fc.boolean(), anyValue),
				job,
				extra: maybe(fc.string())
			},
			{ requiredKeys: ['benefit', 'age', 'household', 'children', 'churchMember', 'job'] }
		)
	},
	{ weight: 1, arbitrary: anyValue }
);

describe('validateCalculatorInput answers as the zod schema did', () => {
	it('on generated inputs, valid and invalid', () => {
		fc.assert(
			fc.property(input, (raw) => {
				expect(validateCalculatorInput(raw)).toEqual(validateWithZod(raw));
			}),
			{ numRuns: 2_000 }
		);
	});

	it('on the edges named in the form', () => {
		const valid = {
			benefit: { kind: 'dagpenge', membership: 'fulltime', ownRate: { amountKr: 1, per: 'week' } },
			age: 25,
			household: 'single',
			children: 0,
			churchMember: true,
			job: { weeklyHours: 37, monthlyWageKr: 30_000 }
		};
		const cases: unknown[] = [
			valid,
			{ ...valid, benefit: { kind: 'pension' } },
			{ ...valid, benefit: { membership: 'fulltime' } },
			{ ...valid, benefit: { kind: 'dagpenge', membership: 'fulltime', ownRate: 5 } },
			{ ...valid, age: 2 ** 60 },
			{ ...valid, job: [] },
			{ ...valid, job: undefined, benefit: undefined },
			[],
			{}
		];
		for (const raw of cases) expect(validateCalculatorInput(raw)).toEqual(validateWithZod(raw));
	});
});
