// The reference for bench/lighthouse and bench/page-weight: the empty SvelteKit app in
// bench/empty-app/, built on this repo's node_modules (so with the same versions of SvelteKit,
// Svelte, Vite, adapter-node and Workbox) and served with the same compression as the app.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, stopProcess, untilServing, type ProductionServer } from './production-server';

const repo = resolve(import.meta.dirname, '../..');

export interface EmptyAppBuild {
	/** adapter-node's output directory. */
	buildDir: string;
	remove(): void;
}

/** Copies the template to a temp directory, links the repo's node_modules and builds it with the repo's Vite. */
export async function buildEmptyApp(): Promise<EmptyAppBuild> {
	const dir = mkdtempSync(join(tmpdir(), 'vj-empty-app-'));
	const remove = () => rmSync(dir, { recursive: true, force: true });
	cpSync(join(repo, 'bench/empty-app'), dir, { recursive: true });
	symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
	const build = spawn(process.execPath, [join(repo, 'node_modules/vite/bin/vite.js'), 'build'], {
		cwd: dir,
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const [code] = (await once(build, 'exit')) as [number | null];
	if (code !== 0) {
		remove();
		throw new Error('the empty app did not build: build bench/empty-app by hand to see why');
	}
	return { buildDir: join(dir, 'build'), remove };
}

/** Serves a built empty app on a free port (its own process, as the app has its own). */
export async function startEmptyApp(build: EmptyAppBuild): Promise<ProductionServer> {
	const port = await freePort();
	const baseUrl = `http://127.0.0.1:${port}`;
	const server = spawn(process.execPath, [join(repo, 'bench/support/serve-empty-app.js')], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', EMPTY_APP_BUILD: build.buildDir },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const stop = () => stopProcess(server);
	try {
		await untilServing(baseUrl, server, '/');
	} catch (error) {
		await stop();
		throw error;
	}
	return { baseUrl, stop };
}
