import { describe, expect, it } from 'vitest';
import {
	majorGroupOf,
	majorGroups,
	occupationByCode,
	occupationGroups,
	subGroupsOf,
	subMajorGroupOf,
	subMajorGroups
} from './occupations';

describe('occupation groups (ISCO-08 / DISCO-08)', () => {
	it('has 10 major groups 0–9 and 43 sub-major groups', () => {
		expect(majorGroups.map((g) => g.code)).toEqual([
			'0',
			'1',
			'2',
			'3',
			'4',
			'5',
			'6',
			'7',
			'8',
			'9'
		]);
		expect(subMajorGroups).toHaveLength(43);
		expect(occupationGroups).toHaveLength(53);
		expect(new Set(occupationGroups.map((g) => g.code)).size).toBe(53);
	});

	it('links every sub-major group to an existing parent', () => {
		for (const g of subMajorGroups) {
			expect(g.code).toMatch(/^\d{2}$/);
			expect(g.parentCode).toBe(g.code[0]);
			expect(occupationByCode(g.parentCode!)?.level).toBe('major');
		}
		for (const g of majorGroups) expect(subGroupsOf(g.code).length).toBeGreaterThan(0);
	});

	it('has Danish and English titles', () => {
		for (const g of occupationGroups) {
			expect(g.title.da.length).toBeGreaterThan(3);
			expect(g.title.en.length).toBeGreaterThan(3);
		}
		expect(occupationByCode('22')?.title.da).toBe('Sundhedsarbejde på højeste niveau');
		expect(occupationByCode('2')?.title.da).toMatch(/forudsætter viden på højeste niveau/);
		expect(occupationByCode('9')?.title.en).toBe('Elementary occupations');
	});

	it('resolves groups of 4-digit ISCO codes', () => {
		expect(subMajorGroupOf('5322')?.code).toBe('53');
		expect(majorGroupOf('5322')?.code).toBe('5');
		expect(subMajorGroupOf('0310')?.parentCode).toBe('0');
		expect(occupationByCode('99')).toBeUndefined();
	});
});
