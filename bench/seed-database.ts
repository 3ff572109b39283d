// Seeding the demo database: 50,000 generated job ads plus users and calendars into a fresh PGlite.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/lib/server/db';
import { seedDatabase } from '../src/lib/server/seed';

const TARGET_SECONDS = 60;
const jobCount = Number(process.env.SEED_JOB_COUNT ?? 50_000);
const dataDir = mkdtempSync(join(tmpdir(), 'vj-bench-seed-'));
try {
	const opened = performance.now();
	const handle = await openDatabase({ databaseUrl: null, dataDir });
	const migrated = performance.now();
	const report = await seedDatabase(handle.db, { jobCount });
	await handle.close();
	const seconds = report.milliseconds / 1000;
	console.table([
		{
			what: 'open + migrate PGlite',
			seconds: ((migrated - opened) / 1000).toFixed(2),
			target: '',
			ok: ''
		},
		{
			what: `seed ${report.jobs.toLocaleString('da-DK')} ads, ${report.slots} slots`,
			seconds: seconds.toFixed(2),
			target: `< ${TARGET_SECONDS} s`,
			ok: seconds < TARGET_SECONDS ? 'yes' : 'NO'
		},
		{ what: 'ads per second', seconds: Math.round(report.jobs / seconds), target: '', ok: '' }
	]);
	if (seconds >= TARGET_SECONDS) process.exitCode = 1;
} finally {
	rmSync(dataDir, { recursive: true, force: true });
}
