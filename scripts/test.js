// `npm test`: every check in order, failing fast, then one closing line with the totals.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reports = mkdtempSync(join(tmpdir(), 'vj-test-reports-'));
const totals = { passed: 0, failed: 0 };

/** @param {string} title @param {string} command @param {string[]} args @param {Record<string,string>} [env] */
function step(title, command, args, env = {}) {
	console.log(`\n▶ ${title}`);
	const started = Date.now();
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	console.log(
		`  ${title}: ${result.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`
	);
	if (result.status !== 0) {
		console.log(`\n${totals.passed} passed, ${totals.failed + 1} failed`);
		process.exit(result.status ?? 1);
	}
}

/** @param {string} file */
function countVitest(file) {
	if (!existsSync(file)) return;
	const report = JSON.parse(readFileSync(file, 'utf8'));
	totals.passed += report.numPassedTests;
	totals.failed += report.numFailedTests;
}

/** @param {string} file */
function countPlaywright(file) {
	if (!existsSync(file)) return;
	const { stats } = JSON.parse(readFileSync(file, 'utf8'));
	totals.passed += stats.expected;
	totals.failed += stats.unexpected;
}

/** @param {string} name */
const vitestReport = (name) => join(reports, `${name}.json`);

/** @param {string} project @param {string} name */
function vitestArgs(project, name) {
	return [
		'vitest',
		'run',
		'--project',
		project,
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${vitestReport(name)}`
	];
}

/** @param {string} project @param {string} name @param {Record<string,string>} [env] */
function vitest(project, name, env) {
	step(name, 'npx', vitestArgs(project, name), env);
	countVitest(vitestReport(name));
}

/**
 * Runs vitest suites at the same time, each into a log of its own that is printed when it ends (two
 * runs' lines interleaved could not be read). The API suites on PGlite and on PostgreSQL each start
 * a server of their own on a free port and wait on it most of the time, so together they take little
 * more than the longer one alone.
 * @param {{ project: string, name: string, env: Record<string,string> }[]} suites
 */
async function vitestAtOnce(suites) {
	console.log(`\n▶ ${suites.map((suite) => suite.name).join(' | ')} (at the same time)`);
	const startedAll = Date.now();
	const runs = suites.map(({ project, name, env }) => {
		const started = Date.now();
		const log = join(reports, `${name}.log`);
		const child = spawn('npx', vitestArgs(project, name), {
			env: { ...process.env, ...env, FORCE_COLOR: '1' },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		const out = createWriteStream(log);
		child.stdout.pipe(out);
		child.stderr.pipe(out);
		return new Promise((resolve) =>
			child.on('close', (code) =>
				out.end(() => resolve({ name, code, log, seconds: (Date.now() - started) / 1000 }))
			)
		);
	});
	let failed = false;
	for (const { name, code, log, seconds } of /** @type {any[]} */ (await Promise.all(runs))) {
		process.stdout.write(readFileSync(log, 'utf8'));
		console.log(`  ${name}: ${code === 0 ? 'ok' : 'FAILED'} (${seconds.toFixed(1)} s)`);
		countVitest(vitestReport(name));
		failed ||= code !== 0;
	}
	console.log(`  together: ${((Date.now() - startedAll) / 1000).toFixed(1)} s`);
	if (failed) {
		console.log(`\n${totals.passed} passed, ${totals.failed || 1} failed`);
		process.exit(1);
	}
}

step('svelte-check', 'npx', ['svelte-kit', 'sync']);
step('svelte-check (types, warnings fail)', 'npx', [
	'svelte-check',
	'--tsconfig',
	'./tsconfig.json',
	'--fail-on-warnings'
]);
step('prettier', 'npx', ['prettier', '--check', '.']);
step('eslint', 'npx', ['eslint', '.', '--max-warnings', '0']);
step('stylelint (logical properties, so Arabic mirrors)', 'npx', [
	'stylelint',
	'src/**/*.{scss,svelte}'
]);
// With TEST_DATABASE_URL the search and delta-feed suites also run on PostgreSQL, each in a
// database of its own beside it (`<name>_search`, `<name>_feed`).
const testDatabaseUrl = process.env.TEST_DATABASE_URL;
vitest(
	'unit',
	testDatabaseUrl ? 'unit tests (search and delta feed also on PostgreSQL)' : 'unit tests'
);
step('build', 'npx', ['vite', 'build']);
if (testDatabaseUrl) {
	await vitestAtOnce([
		{ project: 'api', name: 'API tests on PGlite', env: { API_TEST_DB: 'pglite' } },
		{ project: 'api', name: 'API tests on PostgreSQL', env: { API_TEST_DB: 'postgres' } }
	]);
} else {
	vitest('api', 'API tests on PGlite', { API_TEST_DB: 'pglite' });
	console.log('\n(TEST_DATABASE_URL is not set: the API tests ran on PGlite only)');
}
const playwrightReport = join(reports, 'e2e.json');
step('end-to-end (Playwright, Chromium)', 'npx', ['playwright', 'test', '--reporter=list,json'], {
	PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport
});
countPlaywright(playwrightReport);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
