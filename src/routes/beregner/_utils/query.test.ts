import { describe, expect, it } from 'vitest';
import { parseCalculatorQuery } from './query';

const parse = (query: string) => parseCalculatorQuery(new URLSearchParams(query));

describe('parseCalculatorQuery', () => {
	it('reads the job ad link: hours and hourly wage', () => {
		expect(parse('timer=37&timeloen=180')).toEqual({
			values: { hours: '37', wageType: 'hourly', wage: '180' },
			fields: ['hours', 'wageType', 'wage'],
			calculate: false
		});
	});

	it('keeps Danish decimals and thousands as typed', () => {
		const { values } = parse('timer=37%2C5&maanedsloen=24.050');
		expect(values).toEqual({ hours: '37,5', wageType: 'monthly', wage: '24.050' });
	});

	it('prefers the hourly wage when both wages are given', () => {
		expect(parse('timeloen=150&maanedsloen=20000').values).toEqual({
			wageType: 'hourly',
			wage: '150'
		});
	});

	it('reads every situation parameter, Danish tokens and engine tokens alike', () => {
		expect(
			parse(
				'ydelse=kontanthjaelp&sats=forhoejet&alder=40&husstand=gift&boern=2&aegtefaelleloen=12000&kirkeskat=nej&aktivitetsparat=ja&beregn=1'
			)
		).toEqual({
			values: {
				benefit: 'kontanthjaelp',
				rate: 'forhoejet',
				aktivitetsparat: true,
				age: '40',
				household: 'married',
				children: '2',
				spouseIncome: '12000',
				churchMember: 'nej'
			},
			fields: [
				'benefit',
				'rate',
				'aktivitetsparat',
				'age',
				'household',
				'children',
				'spouseIncome',
				'churchMember'
			],
			calculate: true
		});
		expect(parse('ydelse=DAGPENGE&forsikring=deltid&husstand=samlevende').values).toEqual({
			benefit: 'dagpenge',
			membership: 'parttime',
			household: 'cohabiting'
		});
		expect(parse('forsikring=fulltime&husstand=single').values).toEqual({
			membership: 'fulltime',
			household: 'single'
		});
	});

	it('keeps readable numbers out of range, so the form can say why', () => {
		expect(parse('timer=90&timeloen=-5').values).toEqual({
			hours: '90',
			wageType: 'hourly',
			wage: '-5'
		});
	});

	it('ignores what it cannot read', () => {
		expect(
			parse(
				'timer=mange&timeloen=&alder=1e400x&ydelse=pension&sats=top&forsikring=nogle&husstand=alene&kirkeskat=måske&boern=' +
					'1'.repeat(40)
			)
		).toEqual({ values: {}, fields: [], calculate: false });
	});
});
