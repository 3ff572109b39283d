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
	/** The PGlite directory (unused on PostgreSQL), kept for a restart when `dataDir` was given. */
	dataDir: string;
	stop(): Promise<void>;
	/** kill -9: no shutdown at all, as a crash or a lost machine; resolves once the process is gone. */
	kill(): Promise<void>;
}

/** Starts the built app (`scripts/serve.js`) as a citizen's browser would meet it. */
export async function startServer(options: {
	databaseUrl?: string;
	seedJobCount?: number;
	logFile?: string;
	/** Restart on the same port, so clients keep their base URL (and cookies) across a crash. */
	port?: number;
	/** Start on this PGlite directory (a restart); the caller removes it. */
	dataDir?: string;
	/** The public origin when it is not this process's own (several processes behind one address). */
	origin?: string;
	env?: Record<string, string>;
}): Promise<RunningServer> {
	const port = options.port ?? (await freePort());
	const baseUrl = `http://localhost:${port}`;
	const ownDataDir = options.dataDir === undefined;
	const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'vj-test-'));
	const logFile = options.logFile ?? join(mkdtempSync(join(tmpdir(), 'vj-log-')), 'server.log');
	const output: string[] = [];
	const child: ChildProcess = spawn(process.execPath, ['scripts/serve.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: options.origin ?? baseUrl,
			DATA_DIR: dataDir,
			SEED_JOB_COUNT: String(options.seedJobCount ?? 1500),
			DATABASE_URL: options.databaseUrl ?? '',
			...options.env
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
		dataDir,
		async stop() {
			child.kill('SIGTERM');
			await exited;
			if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
		},
		async kill() {
			child.kill('SIGKILL');
			await exited;
		}
	};
}
