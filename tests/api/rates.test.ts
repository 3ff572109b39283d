import { describe, expect, it } from 'vitest';
import { availableYears, latestRatesYear, ratesFor } from '../../src/lib/domain/calculator';
import { api, expectProblem } from './client';

const STATUSES = ['confirmed', 'secondary', 'missing'];
const UNITS = ['kr/month', 'kr/year', 'percent', 'hours/month'];

describe('GET /api/v1/rates/{year}', () => {
	it('serves the bundled rate table of a year, to anyone, cacheable', async () => {
		const answer = await api(`/api/v1/rates/${latestRatesYear}`);
		expect(answer.status).toBe(200);
		expect(answer.contentType).toMatch(/^application\/json/);
		expect(answer.headers.get('cache-control')).toMatch(/public/);
		// The same table the page computes with offline.
		expect(answer.body).toEqual(JSON.parse(JSON.stringify(ratesFor(latestRatesYear))));
	});

	it('gives every figure its value, unit, status and https source', async () => {
		const answer = await api(`/api/v1/rates/${latestRatesYear}`);
		const table = answer.body as {
			year: number;
			figures: Record<
				string,
				{ value: number; unit: string; status: string; source: string; fallbackFrom?: string }
			>;
		};
		expect(table.year).toBe(latestRatesYear);
		const figures = Object.entries(table.figures);
		expect(figures.length).toBeGreaterThan(30);
		for (const [key, figure] of figures) {
			expect(typeof figure.value, key).toBe('number');
			expect(UNITS, key).toContain(figure.unit);
			expect(STATUSES, key).toContain(figure.status);
			expect(figure.source, key).toMatch(/^https:\/\//);
			if (figure.status === 'missing') expect(figure.fallbackFrom, key).toBeTruthy();
		}
	});

	it('answers a year without rates with a 404 problem naming year', async () => {
		const problem = expectProblem(await api('/api/v1/rates/1999'), 404);
		expect(problem.errors).toEqual([{ field: 'year', message: expect.any(String) }]);
		expect((problem as { availableYears?: number[] }).availableYears).toEqual(availableYears());
	});

	it('answers a year that is not a number with a 400 problem naming year', async () => {
		for (const year of ['latest', '20x6', '02026', '%20']) {
			const problem = expectProblem(await api(`/api/v1/rates/${year}`), 400);
			expect(problem.errors?.map((error) => error.field)).toEqual(['year']);
		}
	});

	it('answers other methods with 405', async () => {
		expectProblem(await api(`/api/v1/rates/${latestRatesYear}`, { method: 'DELETE' }), 405);
	});

	it('is documented as public in the OpenAPI document', async () => {
		const answer = await api('/api/v1/openapi.json');
		const document = answer.body as {
			paths: Record<string, Record<string, { security?: unknown[]; 'x-access'?: string }>>;
		};
		const operation = document.paths['/api/v1/rates/{year}']?.get;
		expect(operation?.['x-access']).toBe('anyone');
		expect(operation?.security).toEqual([]);
	});
});
