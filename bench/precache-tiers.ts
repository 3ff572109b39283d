// What the service worker keeps for offline use, tier by tier: `npx tsx bench/precache-tiers.ts`
// after `npx vite build`. Reads the build (build/client, build/prerendered, static/) and the route
// map the build wrote for the worker, and weighs each tier as sent (brotli where the server has
// it). The install tier is what every first visit fetches once the browser is idle (less what the
// page loaded already, which comes from the browser's cache); the budget
// below is set a little above what it weighs now, so growth is a decision rather than an accident.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RouteFiles } from '../service-worker/route-files';
import { isCvPdfFile, precacheTiers, type PrecacheEntry } from '../service-worker/routing';

const KB = 1024;
/** The install tier (fetched on a first visit), as sent. */
const INSTALL_TIER_BUDGET_KB = 110;

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

const uncompressed = (path: string) => !/\.(br|gz)$/.test(path);
const client = 'build/client';
const prerenderedDir = 'build/prerendered';
const build = [
	...walk(`${client}/_app/immutable`).filter(uncompressed),
	`${client}/_app/version.json`
].map((path) => `/${relative(client, path)}`);
const files = walk('static').map((path) => `/${relative('static', path)}`);
const prerendered = walk(prerenderedDir)
	.filter(uncompressed)
	.map((path) =>
		`/${relative(prerenderedDir, path)}`.replace(/\.html$/, '').replace(/^\/index$/, '/')
	);
const routeFiles = JSON.parse(
	readFileSync('.svelte-kit/service-worker-route-files.json', 'utf8')
) as RouteFiles;
const version = 'bench';

/** Bytes as the server sends a file: its brotli copy when there is one. */
function sentBytes(url: string): number {
	const candidates = [
		`${client}${url}`,
		`${prerenderedDir}${url}.html`,
		`${prerenderedDir}${url === '/' ? '/index' : url}.html`,
		`${prerenderedDir}${url}`
	];
	const path = candidates.find(
		(candidate) => existsSync(candidate) && statSync(candidate).isFile()
	);
	if (!path) throw new Error(`not in the build: ${url}`);
	return statSync(existsSync(`${path}.br`) ? `${path}.br` : path).size;
}

const weigh = (entries: PrecacheEntry[]) => ({
	entries: entries.length,
	KB: (entries.reduce((sum, entry) => sum + sentBytes(entry.url), 0) / KB).toFixed(1)
});

/** What the worker precached at install before the tiers: every build file and page. */
const everything: PrecacheEntry[] = [
	...build
		.filter((url) => !url.endsWith('/version.json') && !isCvPdfFile(url))
		.map((url) => ({ url, revision: null })),
	...[...files, ...prerendered]
		.filter((url) => !url.endsWith('.txt') && !url.startsWith('/screenshots/'))
		.map((url) => ({ url, revision: version }))
];
const tiers = precacheTiers({ build, files, prerendered, version, routeFiles });
const rows = {
	'install, before tiers': weigh(everything),
	'install (first visit)': weigh(tiers.install),
	'public (second visit)': weigh(tiers.public),
	'signed-in (after login)': weigh(tiers['signed-in']),
	'caseworker (in her area)': weigh(tiers.caseworker)
};
console.table(rows);
const installKB = Number(rows['install (first visit)'].KB);
console.log(`install tier ${installKB} KB, budget ${INSTALL_TIER_BUDGET_KB} KB`);
if (installKB > INSTALL_TIER_BUDGET_KB) process.exitCode = 1;
