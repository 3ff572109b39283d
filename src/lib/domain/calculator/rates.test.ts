import { describe, expect, it } from 'vitest';
import rates2026Json from './rates/2026.json';
import { checkRateFiles, InvalidRateTableError, parseRateTable } from './rate-schema';
import {
	availableYears,
	latestRatesYear,
	ratesFor,
	unconfirmedFigures,
	UnknownRatesYearError
} from './rates';

describe('rate tables', () => {
	it('knows 2026 and treats it as the latest year', () => {
		expect(availableYears()).toContain(2026);
		expect(latestRatesYear).toBe(Math.max(...availableYears()));
		expect(ratesFor(2026).year).toBe(2026);
	});

	it('throws a typed error for an unknown year', () => {
		expect(() => ratesFor(1999)).toThrow(UnknownRatesYearError);
		try {
			ratesFor(1999);
		} catch (error) {
			expect(error).toBeInstanceOf(UnknownRatesYearError);
			expect((error as UnknownRatesYearError).year).toBe(1999);
			expect((error as UnknownRatesYearError).availableYears).toEqual(availableYears());
		}
	});

	it('every missing figure says what is used instead', () => {
		for (const figure of Object.values(ratesFor(2026).figures)) {
			if (figure.status === 'missing') expect(figure.fallbackFrom.length).toBeGreaterThan(0);
		}
	});

	it('lists the figures that are not confirmed, with status and fallback', () => {
		const list = unconfirmedFigures(ratesFor(2026));
		const byKey = new Map(list.map((figure) => [figure.key, figure]));
		expect(byKey.get('kontanthjaelpRateHjemmeboende')).toMatchObject({ status: 'missing' });
		expect(byKey.get('kontanthjaelpRateHjemmeboende')?.fallbackFrom).toMatch(/grundsats/);
		expect(byKey.get('kontanthjaelpRateForhoejet')).toMatchObject({
			status: 'missing',
			value: 12064
		});
		expect(byKey.get('dagpengeHighestRateFulltime')).toMatchObject({
			status: 'secondary',
			value: 22041
		});
		expect(byKey.get('jobfradragMax')).toMatchObject({ status: 'secondary' });
		expect(byKey.has('personfradrag')).toBe(false);
		expect(list.every((figure) => figure.status !== ('confirmed' as string))).toBe(true);
	});

	it('every rate file in the registry matches the schema, and the phone reads it the same', () => {
		// The browser reads the files without the schema (rates.ts): this is where they are checked.
		const checked = checkRateFiles();
		expect(checked.map((table) => table.year)).toEqual(availableYears());
		for (const table of checked) expect(ratesFor(table.year)).toEqual(table);
	});

	it('refuses two files for one year', () => {
		expect(() => checkRateFiles({ a: rates2026Json, b: rates2026Json })).toThrow(/2026/);
		expect(() => checkRateFiles({ broken: { year: 2026 } })).toThrow(InvalidRateTableError);
	});

	describe('parseRateTable rejects a broken file', () => {
		type EditableFigure = Record<string, unknown>;
		interface EditableTable {
			figures: Record<string, EditableFigure>;
			municipalities: Record<string, number>;
		}
		const clone = () => structuredClone(rates2026Json) as unknown as EditableTable;
		const figure = (table: EditableTable, key: string): EditableFigure => {
			const found = table.figures[key];
			if (!found) throw new Error(`test setup: no figure ${key}`);
			return found;
		};

		it('a missing figure without fallbackFrom', () => {
			const raw = clone();
			delete figure(raw, 'kontanthjaelpRateGrundsats').fallbackFrom;
			expect(() => parseRateTable(raw, '2026.json')).toThrow(InvalidRateTableError);
		});
		it('a misspelt or absent figure', () => {
			const raw = clone();
			raw.figures.personfradragg = figure(raw, 'personfradrag');
			delete raw.figures.personfradrag;
			expect(() => parseRateTable(raw)).toThrow(/personfradrag/);
		});
		it('a wrong unit, a percent above 100, a non-https source', () => {
			const wrongUnit = clone();
			figure(wrongUnit, 'personfradrag').unit = 'kr/month';
			expect(() => parseRateTable(wrongUnit)).toThrow(InvalidRateTableError);
			const tooHigh = clone();
			figure(tooHigh, 'bundskatRate').value = 1201;
			expect(() => parseRateTable(tooHigh)).toThrow(InvalidRateTableError);
			const http = clone();
			figure(http, 'bundskatRate').source = 'http://example.org';
			expect(() => parseRateTable(http)).toThrow(InvalidRateTableError);
		});
		it('municipality rates without a source', () => {
			const raw = clone();
			raw.municipalities = { '101': 23.5 };
			expect(() => parseRateTable(raw)).toThrow(/municipalitiesSource/);
		});
	});
});
