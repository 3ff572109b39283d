import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
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
	/** Everything the server wrote to stdout and stderr, as it arrives (for log-hygiene tests). */
	logFile: string;
	stop(): Promise<void>;
}

/** Starts the built app (`scripts/serve.js`) as a citizen's browser would meet it. */
export async function startServer(options: {
	databaseUrl?: string;
	seedJobCount?: number;
	logFile?: string;
}): Promise<RunningServer> {
	const port = await freePort();
	const baseUrl = `http://localhost:${port}`;
	const dataDir = mkdtempSync(join(tmpdir(), 'vj-test-'));
	const logFile = options.logFile ?? join(mkdtempSync(join(tmpdir(), 'vj-log-')), 'server.log');
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
	const capture = (chunk: Buffer) => {
		output.push(chunk.toString());
		appendFileSync(logFile, chunk);
	};
	child.stdout?.on('data', capture);
	child.stderr?.on('data', capture);
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
		logFile,
		async stop() {
			child.kill('SIGTERM');
			await exited;
			rmSync(dataDir, { recursive: true, force: true });
		}
	};
}
