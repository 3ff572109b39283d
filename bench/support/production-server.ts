// The production server for a bench: built from the tree (so what is measured is the code here),
// started as `npm start` serves it (scripts/serve.js) on a free port, and stopped again.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProductionServer {
	baseUrl: string;
	stop(): Promise<void>;
}

/** Waits until the server answers `path` (the first start also migrates and seeds), or fails if it stops. */
export async function untilServing(
	baseUrl: string,
	server: ChildProcess,
	path = '/api/v1/jobs?limit=1'
) {
	const deadline = Date.now() + 300_000;
	while (Date.now() < deadline) {
		if (server.exitCode !== null) throw new Error(`the server stopped (${server.exitCode})`);
		const up = await fetch(`${baseUrl}${path}`).then(
			(response) => response.ok,
			() => false
		);
		if (up) return;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`the server did not answer on ${baseUrl} within 5 minutes`);
}

/** A port nobody listens on now. */
export function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as AddressInfo;
			probe.close(() => resolve(port));
		});
	});
}

/** Stops a server process and waits until it has gone. */
export async function stopProcess(server: ChildProcess) {
	server.kill('SIGTERM');
	if (server.exitCode === null) await once(server, 'exit');
}

/** Builds, then serves on `env`'s database (DATABASE_URL, or PGlite in DATA_DIR). */
export async function startProductionServer(
	env: Record<string, string>
): Promise<ProductionServer> {
	const build = spawnSync('npx', ['vite', 'build'], { stdio: 'ignore' });
	if (build.status !== 0) throw new Error('vite build failed: run `npx vite build` to see why');
	const port = await freePort();
	const baseUrl = `http://127.0.0.1:${port}`;
	const server = spawn(process.execPath, ['scripts/serve.js'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: baseUrl, ...env },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const stop = () => stopProcess(server);
	try {
		await untilServing(baseUrl, server);
	} catch (error) {
		await stop();
		throw error;
	}
	return { baseUrl, stop };
}
