import { unconfirmedFigures } from '$lib/domain/calculator';
import type {
	BreakdownLineKey,
	CalculatorResult,
	RateTable,
	RateUnit,
	ScenarioResult
} from '$lib/domain/calculator';

/** A figure behind this result that is not confirmed, with what the page needs to list it. */
export interface UnconfirmedEntry {
	/** A figure key, or `municipalities` for the municipality's own kommuneskat. */
	key: string;
	status: 'secondary' | 'missing';
	value?: number;
	unit?: RateUnit;
	source: string;
}

/** The unconfirmed figures this result rests on, in the order the engine lists them. */
export function unconfirmedEntries(
	result: Pick<CalculatorResult, 'unconfirmedFigures'>,
	rates: RateTable
): UnconfirmedEntry[] {
	const byKey = new Map(unconfirmedFigures(rates).map((figure) => [figure.key as string, figure]));
	const entries: UnconfirmedEntry[] = [];
	for (const key of result.unconfirmedFigures) {
		if (key.startsWith('municipalities.')) {
			const source = rates.municipalitiesSource;
			const code = key.slice('municipalities.'.length);
			entries.push({
				key: 'municipalities',
				status: source?.status === 'secondary' ? 'secondary' : 'missing',
				...(rates.municipalities[code] === undefined
					? {}
					: { value: rates.municipalities[code], unit: 'percent' as const }),
				source: source?.source ?? ''
			});
			continue;
		}
		const figure = byKey.get(key);
		if (figure) {
			entries.push({
				key,
				status: figure.status,
				value: figure.value,
				unit: figure.unit,
				source: figure.source
			});
		}
	}
	return entries;
}

/** A parameter of one line of a scenario, e.g. the dagpenge cut-off hours. */
export function lineParam(
	scenario: ScenarioResult,
	key: BreakdownLineKey,
	param: string
): string | number | boolean | undefined {
	return scenario.lines.find((line) => line.key === key)?.params[param];
}

/** Of every 100 kr. earned, how many the citizen keeps (1 − participation tax), whole kroner. */
export function keptPer100(result: Pick<CalculatorResult, 'participationTaxRate'>): number | null {
	return result.participationTaxRate === null
		? null
		: Math.round((1 - result.participationTaxRate) * 100);
}

/** The host of a source link, shown as its text ("themis.dk"). */
export function sourceHost(url: string): string {
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return url;
	}
}
