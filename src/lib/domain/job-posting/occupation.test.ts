import { describe, expect, it } from 'vitest';
import { errorsOf, job, withChanges } from './test-records';

describe('occupation', () => {
	const occupation = (occupationalCategory: unknown) => {
		const row = job(withChanges({ occupationalCategory }));
		return [row.occupationCode, row.occupationTitle];
	};

	it('reads DISCO-08 codes in their usual forms', () => {
		expect(occupation('2221')).toEqual(['2221', 'Sundhedsarbejde på højeste niveau']);
		expect(occupation('2221: Sygeplejerske')).toEqual(['2221', 'Sygeplejerske']);
		expect(occupation('5322 - Social- og sundhedshjælper')).toEqual([
			'5322',
			'Social- og sundhedshjælper'
		]);
		expect(occupation(2342)).toEqual(['2342', 'Undervisningsarbejde på højeste niveau']);
		expect(occupation('513110 Tjener')).toEqual(['513110', 'Tjener']);
		expect(occupation('22')).toEqual(['22', 'Sundhedsarbejde på højeste niveau']);
		expect(
			occupation({
				'@type': 'CategoryCode',
				codeValue: '7115',
				name: 'Tømrer',
				inCodeSet: 'ISCO-08'
			})
		).toEqual(['7115', 'Tømrer']);
		expect(occupation(['15-1252.00', '2512 Softwareudvikler'])).toEqual([
			'2512',
			'Softwareudvikler'
		]);
	});

	it('refuses missing, unknown, O*NET and free-text categories', () => {
		const error = (occupationalCategory: unknown) =>
			errorsOf(withChanges({ occupationalCategory })).occupationalCategory;
		expect(error(undefined)).toMatch(/^stillingskategorien mangler/);
		expect(error('9999')).toBe('DISCO-08-gruppen 99 findes ikke');
		expect(error('15-1252.00')).toMatch(/^forventede en DISCO-08-kode/);
		expect(error('Sygeplejerske')).toBe(
			'forventede en DISCO-08-kode, fx "2221 Sygeplejerske" (fik "Sygeplejerske")'
		);
		expect(error('2')).toMatch(/^forventede en DISCO-08-kode/);
		expect(error({ codeValue: '29-1141', inCodeSet: 'O*NET-SOC' })).toBe(
			'kun DISCO-08/ISCO-08 kan bruges (fik kodesættet "O*NET-SOC")'
		);
		expect(error({ name: 'Tømrer' })).toMatch(/^codeValue mangler/);
	});
});
