// `npm run bench`: runs every benchmark in bench/ (or those named) one after another; each prints a table.
// Options (`--name` or `--name=value`) are passed on to each: `npm run bench lighthouse -- --runs=1`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const args = process.argv.slice(2);
const options = args.filter((arg) => arg.startsWith('--'));
const wanted = args.filter((arg) => !arg.startsWith('--'));
const benches = readdirSync('bench')
	.filter((name) => name.endsWith('.ts'))
	.filter((name) => wanted.length === 0 || wanted.some((w) => name.includes(w)))
	.sort();
let failed = 0;
for (const name of benches) {
	console.log(`\n▶ bench/${name}`);
	const result = spawnSync('npx', ['tsx', `bench/${name}`, ...options], { stdio: 'inherit' });
	if (result.status !== 0) failed++;
}
console.log(`\n${benches.length - failed} of ${benches.length} benchmarks met their targets`);
process.exit(failed === 0 ? 0 : 1);
