/** `npm run import:jobs` end to end: the real CLI (through tsx) on the sample file, into a temporary PGlite. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/lib/server/db';
import { jobs } from '../src/lib/server/db/schema';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'vj-import-cli-'));
const fixture = 'tests/fixtures/job-postings.jsonl';

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI as `npm run import:jobs` does (tsx from the project, cwd = the project). */
async function importJobs(...args: string[]) {
	const env = { ...process.env, DATA_DIR: join(dir, 'data'), DATABASE_URL: '' };
	try {
		const { stdout, stderr } = await run(
			process.execPath,
			['--import', 'tsx', 'scripts/import-jobs.ts', ...args],
			{ env, cwd: process.cwd() }
		);
		return { code: 0, stdout, stderr };
	} catch (error) {
		const failed = error as { code?: number; stdout?: string; stderr?: string };
		if (typeof failed.code !== 'number') throw error;
		return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
	}
}

describe('npm run import:jobs', () => {
	it('imports the sample file, reports the invalid lines and exits 0', async () => {
		const { code, stdout, stderr } = await importJobs(fixture);
		expect(stderr.trim().split('\n')).toEqual([
			'linje 7: jobLocation.address.postalCode: postnummeret 9999 findes ikke',
			'linje 8: title: titlen mangler',
			'linje 8: datePosted: ugyldig dato "i går" (brug ÅÅÅÅ-MM-DD)'
		]);
		expect(stdout).toMatch(
			/^5 nye, 0 opdaterede, 0 uændrede, 2 ugyldige \(7 i alt\) på \d+,\d s$/m
		);
		expect(code).toBe(0);
	}, 120_000);

	it('counts the same ads as unchanged the second time', async () => {
		const { code, stdout } = await importJobs(fixture);
		expect(stdout).toMatch(/^0 nye, 0 opdaterede, 5 uændrede, 2 ugyldige \(7 i alt\)/m);
		expect(code).toBe(0);
	}, 120_000);

	it('exits 2 when every record is invalid', async () => {
		const path = join(dir, 'all-invalid.jsonl');
		writeFileSync(path, '{"@type": "JobPosting"}\n[1, 2]\n');
		const { code, stdout, stderr } = await importJobs(path);
		expect(stdout).toMatch(/0 nye, 0 opdaterede, 0 uændrede, 3 ugyldige \(3 i alt\)/);
		expect(stderr).toContain('linje 1: title: titlen mangler');
		expect(stderr).toContain('linje 2 (post 2): forventede et JSON-objekt (en JobPosting)');
		expect(stderr).toContain('Ingen af annoncerne var gyldige');
		expect(code).toBe(2);
	}, 120_000);

	it('exits 1 for a missing file, a file that is not JSON and bad usage', async () => {
		const missing = await importJobs(join(dir, 'missing.jsonl'));
		expect(missing.stderr).toMatch(/^Filen findes ikke: /);
		expect(missing.code).toBe(1);

		const path = join(dir, 'feed.json');
		writeFileSync(path, '<html>not json</html>');
		const notJson = await importJobs(path);
		expect(notJson.stderr).toMatch(/^Filen er ikke gyldig JSON: /);
		expect(notJson.code).toBe(1);

		const usage = await importJobs();
		expect(usage.stderr).toMatch(/^Brug: npm run import:jobs -- FIL/);
		expect(usage.code).toBe(1);
	}, 120_000);

	it('exits 1 without touching the database while another process (the server) has it open', async () => {
		const server = await openDatabase({ databaseUrl: null, dataDir: join(dir, 'data') });
		try {
			const before = await server.db.$count(jobs);
			const { code, stdout, stderr } = await importJobs(fixture);
			expect(stderr).toMatch(/^Databasen bruges allerede af en anden proces \(pid \d+\)/);
			expect(stdout).not.toMatch(/nye,/);
			expect(code).toBe(1);
			expect(await server.db.$count(jobs)).toBe(before);
		} finally {
			await server.close();
		}
		// Closed, the database is the CLI's again.
		expect((await importJobs(fixture)).code).toBe(0);
	}, 120_000);
});
