/**
 * Benchmark of the gain calculator: one full calculation (with breakdown lines) and a 0–37 hour
 * gain curve, over representative inputs.
 *
 *   npx tsx bench/calculator.ts
 *
 * Prints median and p95 per call in microseconds and exits with code 1 if a 0–37 curve misses
 * its target (p95 under 1 ms): the UI redraws the curve on every keystroke.
 */
import { calculateGain, gainCurve, latestRatesYear, ratesFor } from '../src/lib/domain/calculator';
import type { CalculatorInput } from '../src/lib/domain/calculator';

const CURVE_TARGET_US = 1000;
const WARMUP_ITERATIONS = 2_000;
const MEASURED_ITERATIONS = 20_000;

const rates = ratesFor(latestRatesYear);

const inputs: CalculatorInput[] = [
	{
		benefit: { kind: 'kontanthjaelp', rate: 'forhoejet' },
		age: 35,
		household: 'single',
		children: 0,
		churchMember: true,
		job: { weeklyHours: 37, hourlyWageKr: 150 }
	},
	{
		benefit: { kind: 'kontanthjaelp', rate: 'grundsats', aktivitetsparat: true },
		age: 24,
		household: 'single',
		children: 1,
		churchMember: false,
		job: { weeklyHours: 20, hourlyWageKr: 140 }
	},
	{
		benefit: { kind: 'kontanthjaelp', rate: 'forhoejet' },
		age: 40,
		household: 'married',
		children: 2,
		spouseMonthlyIncomeKr: 8_000,
		churchMember: false,
		job: { weeklyHours: 15, monthlyWageKr: 10_400 }
	},
	{
		benefit: { kind: 'dagpenge', membership: 'fulltime' },
		age: 45,
		household: 'single',
		children: 0,
		churchMember: false,
		job: { weeklyHours: 30, hourlyWageKr: 180 }
	}
];

function percentile(sortedUs: number[], p: number): number {
	const index = Math.min(sortedUs.length - 1, Math.ceil((p / 100) * sortedUs.length) - 1);
	return sortedUs[Math.max(0, index)]!;
}

/** Times each call separately so the p95 shows outliers (GC pauses) and not just the mean. */
function measure(name: string, run: (input: CalculatorInput) => unknown, targetUs: number | null) {
	let sink = 0;
	for (let i = 0; i < WARMUP_ITERATIONS; i++) sink += run(inputs[i % inputs.length]!) ? 1 : 0;
	const timesUs = new Array<number>(MEASURED_ITERATIONS);
	for (let i = 0; i < MEASURED_ITERATIONS; i++) {
		const input = inputs[i % inputs.length]!;
		const start = process.hrtime.bigint();
		const result = run(input);
		const end = process.hrtime.bigint();
		sink += result ? 1 : 0;
		timesUs[i] = Number(end - start) / 1_000;
	}
	timesUs.sort((a, b) => a - b);
	const medianUs = percentile(timesUs, 50);
	const p95Us = percentile(timesUs, 95);
	return {
		row: {
			benchmark: name,
			iterations: MEASURED_ITERATIONS,
			'median µs': Number(medianUs.toFixed(2)),
			'p95 µs': Number(p95Us.toFixed(2)),
			'target µs': targetUs ?? '—',
			ok: targetUs === null ? '—' : p95Us < targetUs ? 'yes' : 'NO'
		},
		missed: targetUs !== null && p95Us >= targetUs,
		sink
	};
}

const results = [
	measure('calculateGain (full, with breakdown)', (input) => calculateGain(input, rates), null),
	measure(
		'gainCurve 0–37 h (38 points)',
		(input) => gainCurve(input, rates, { fromHours: 0, toHours: 37 }),
		CURVE_TARGET_US
	)
];

console.log(`Gain calculator, rates ${rates.year}, Node ${process.version}`);
console.table(results.map((r) => r.row));
if (results.some((r) => r.missed)) {
	console.error(`Target missed: a 0–37 hour curve must take under ${CURVE_TARGET_US} µs (p95).`);
	process.exit(1);
}
