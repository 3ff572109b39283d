import { building } from '$app/environment';
import { readConfig, type ServerConfig } from './config';
import { openDatabase, type DatabaseHandle } from './db';
import { forgetOldIdempotencyKeys } from './idempotency';
import { seedIfEmpty } from './seed';

export interface Runtime extends DatabaseHandle {
	config: ServerConfig;
}

let runtime: Promise<Runtime> | null = null;

/** The process-wide database and configuration; shared by all requests, it holds nothing per user. */
export function getRuntime(): Promise<Runtime> {
	if (building) throw new Error('The database is not available while building');
	runtime ??= start();
	return runtime;
}

async function start(): Promise<Runtime> {
	const config = readConfig();
	const handle = await openDatabase(config);
	const report = await seedIfEmpty(handle.db, {
		jobCount: config.seedJobCount,
		log: (line) => console.log(line)
	});
	if (report) {
		console.log(
			`Demodata: ${report.users} brugere, ${report.jobs} jobannoncer, ${report.slots} tider på ${(report.milliseconds / 1000).toFixed(1)} s`
		);
	}
	const sweep = setInterval(() => void forgetOldIdempotencyKeys(handle.db), 60 * 60 * 1000);
	sweep.unref();
	return { ...handle, config };
}
