import { availableYears, ratesFor, UnknownRatesYearError } from '$lib/domain/calculator';
import { rates } from '$lib/domain/api/operations';
import { publicQuery } from '$lib/server/api-route';
import { HttpProblem, json, validationProblem } from '$lib/server/http';

/**
 * GET /api/v1/rates/{year}: the gain calculator's rate table for a year, every figure with its
 * value, unit, status (confirmed, secondary, missing) and source. Public: the same file is
 * bundled into the page, which computes offline; this is for municipalities and tooling.
 */
export const GET = publicQuery(rates, ({ params }) => {
	const raw = params.year ?? '';
	if (!/^\d{4}$/.test(raw)) {
		throw validationProblem(
			[{ field: 'year', message: 'Skal være et årstal med fire cifre, fx 2026' }],
			`"${raw.slice(0, 20)}" er ikke et årstal.`
		);
	}
	const year = Number(raw);
	try {
		return json(ratesFor(year), { headers: { 'cache-control': 'public, max-age=3600' } });
	} catch (error) {
		if (!(error instanceof UnknownRatesYearError)) throw error;
		const years = availableYears();
		throw new HttpProblem(404, {
			detail: `Der er ingen satser for ${year}. Der er satser for: ${years.join(', ')}.`,
			errors: [{ field: 'year', message: `Der er ingen satser for ${year}` }],
			availableYears: years
		});
	}
});
