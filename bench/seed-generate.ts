/**
 * Benchmark of the demo seed's job-ad generator: generates the 50,000 ads of the seed.
 *
 *   npx tsx bench/seed-generate.ts
 *
 * Prints the time and throughput and exits with code 1 if generation takes more than 10 s.
 */
import { jobAdBatches } from '../src/lib/server/seed/job-ads';

const COUNT = 50_000;
const BATCH = 1_000;
const TARGET_MS = 10_000;
const SEED = 20_261_122;

const now = new Date();
const started = performance.now();
let generated = 0;
let descriptionChars = 0;
for (const batch of jobAdBatches(COUNT, { seed: SEED, now }, BATCH)) {
	generated += batch.length;
	for (const ad of batch) descriptionChars += ad.description.length;
}
const ms = performance.now() - started;

console.table([
	{
		ads: generated,
		ms: Math.round(ms),
		'ads/s': Math.round(generated / (ms / 1000)),
		'avg description chars': Math.round(descriptionChars / generated),
		'target ms': TARGET_MS
	}
]);

if (ms > TARGET_MS) {
	console.error(`Too slow: ${Math.round(ms)} ms for ${COUNT} ads (target ${TARGET_MS} ms)`);
	process.exit(1);
}
