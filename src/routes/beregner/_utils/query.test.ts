import { describe, expect, it } from 'vitest';
import { CALCULATOR_LINK_VERSION, parseCalculatorQuery, upgradeCalculatorParams } from './query';

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

describe('her own dagpenge rate in the link (version 1)', () => {
	it('reads the rate and its unit, Danish and engine tokens alike', () => {
		expect(
			parse('v=1&ydelse=dagpenge&forsikring=fuldtid&satsperiode=uge&dagpengesats=4.000').values
		).toEqual({
			benefit: 'dagpenge',
			membership: 'fulltime',
			ratePeriod: 'week',
			dagpengeRate: '4.000'
		});
		// What the form's radio buttons send without JavaScript.
		expect(parse('v=1&satsperiode=month&dagpengesats=18000').values).toEqual({
			ratePeriod: 'month',
			dagpengeRate: '18000'
		});
		expect(parse('satsperiode=måned').values).toEqual({ ratePeriod: 'month' });
	});

	it('ignores a rate or unit it cannot read, and keeps one out of range for the form to explain', () => {
		expect(parse('v=1&satsperiode=dag&dagpengesats=mange').values).toEqual({});
		expect(parse('v=1&dagpengesats=99999').values).toEqual({ dagpengeRate: '99999' });
	});

	it('reads an old link (no v) exactly as before: no rate, so the highest rate', () => {
		const old =
			'timer=37&timeloen=180&ydelse=dagpenge&forsikring=fuldtid&alder=45&husstand=enlig&beregn=1';
		expect(parse(old)).toEqual({
			values: {
				hours: '37',
				wageType: 'hourly',
				wage: '180',
				benefit: 'dagpenge',
				membership: 'fulltime',
				age: '45',
				household: 'single'
			},
			fields: ['hours', 'wageType', 'wage', 'benefit', 'membership', 'age', 'household'],
			calculate: true
		});
		expect(parse(`v=0&${old}`)).toEqual(parse(old));
	});
});

describe('upgradeCalculatorParams', () => {
	it('stamps version 0 links (no v) with the current version and keeps every parameter', () => {
		const upgraded = upgradeCalculatorParams(new URLSearchParams('timer=37&timeloen=180'));
		expect(upgraded.get('v')).toBe(String(CALCULATOR_LINK_VERSION));
		expect(upgraded.get('timer')).toBe('37');
		expect(upgraded.get('timeloen')).toBe('180');
	});

	it('does not change its input', () => {
		const input = new URLSearchParams('timer=37');
		upgradeCalculatorParams(input);
		expect(input.has('v')).toBe(false);
	});

	it('leaves a version it does not know as it is, and still reads what it can', () => {
		expect(upgradeCalculatorParams(new URLSearchParams('v=7&timer=20')).get('v')).toBe('7');
		expect(upgradeCalculatorParams(new URLSearchParams('v=x&timer=20')).get('v')).toBe('x');
		expect(parse('v=7&timer=20').values).toEqual({ hours: '20' });
	});
});
