import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';

export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

/** Empties a PostgreSQL test database so every run starts from migrations and a fresh seed. */
export async function resetPostgres(url: string) {
	const sql = postgres(url, { max: 1, onnotice: () => {} });
	try {
		await sql`drop schema if exists drizzle cascade`;
		await sql`drop schema if exists public cascade`;
		await sql`create schema public`;
	} finally {
		await sql.end();
	}
}

export interface RunningServer {
	baseUrl: string;
	stop(): Promise<void>;
}

/** Starts the built app (`scripts/serve.js`) as a citizen's browser would meet it. */
export async function startServer(options: {
	databaseUrl?: string;
	seedJobCount?: number;
}): Promise<RunningServer> {
	const port = await freePort();
	const baseUrl = `http://localhost:${port}`;
	const dataDir = mkdtempSync(join(tmpdir(), 'vj-test-'));
	const output: string[] = [];
	const child: ChildProcess = spawn(process.execPath, ['scripts/serve.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: baseUrl,
			DATA_DIR: dataDir,
			SEED_JOB_COUNT: String(options.seedJobCount ?? 1500),
			DATABASE_URL: options.databaseUrl ?? ''
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

	const deadline = Date.now() + 170_000;
	for (;;) {
		if (child.exitCode !== null) {
			throw new Error(`The server exited during start:\n${output.join('')}`);
		}
		try {
			const response = await fetch(`${baseUrl}/api/v1/health`);
			if (response.ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`The server did not start in time:\n${output.join('')}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	return {
		baseUrl,
		async stop() {
			child.kill('SIGTERM');
			await exited;
			rmSync(dataDir, { recursive: true, force: true });
		}
	};
}
