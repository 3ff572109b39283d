// `npm start`: builds when the build is missing or older than the sources, then serves.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const sources = [
	'src',
	'static',
	'service-worker',
	'svelte.config.js',
	'vite.config.ts',
	'package.json'
];

/** @param {string} path @returns {number} */
function newestChange(path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return readdirSync(path).reduce(
		(newest, name) => Math.max(newest, newestChange(join(path, name))),
		0
	);
}

const builtAt = existsSync('build/handler.js') ? statSync('build/handler.js').mtimeMs : 0;
if (sources.some((path) => newestChange(path) > builtAt)) {
	console.log('Bygger appen …');
	const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}
await import('./serve.js');
