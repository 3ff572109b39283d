import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirInUseError, LOCK_FILE_NAME, lockDataDir } from './data-dir-lock';

describe('lockDataDir', () => {
	let dir: string;
	let lockFile: string;
	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'vj-lock-'));
		lockFile = join(dir, LOCK_FILE_NAME);
	});
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('keeps a second opener out while held, and lets it in once released', () => {
		const release = lockDataDir(dir);
		expect(readFileSync(lockFile, 'utf8')).toBe(String(process.pid));
		const error = (() => {
			try {
				lockDataDir(dir);
			} catch (e) {
				return e;
			}
		})();
		expect(error).toBeInstanceOf(DataDirInUseError);
		expect((error as DataDirInUseError).pid).toBe(process.pid);
		expect((error as Error).message).toContain(lockFile);
		release();
		expect(existsSync(lockFile)).toBe(false);
		lockDataDir(dir)();
	});

	it('keeps out while another running process holds it', () => {
		// The parent of this test runner is running, and is not this process.
		writeFileSync(lockFile, String(process.ppid));
		expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
		expect(readFileSync(lockFile, 'utf8')).toBe(String(process.ppid));
	});

	it('takes over a lock left by a process that has died', () => {
		const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid;
		writeFileSync(lockFile, String(dead));
		const release = lockDataDir(dir);
		expect(readFileSync(lockFile, 'utf8')).toBe(String(process.pid));
		release();
	});

	it("takes over a lock with this process's pid that it does not hold (restarted with the same pid)", () => {
		writeFileSync(lockFile, String(process.pid));
		const release = lockDataDir(dir);
		expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
		release();
	});

	it('takes over an unreadable lock file', () => {
		writeFileSync(lockFile, 'not a pid');
		lockDataDir(dir)();
		expect(existsSync(lockFile)).toBe(false);
	});

	it('releases once: a later holder keeps its lock when an old release runs again', () => {
		const first = lockDataDir(dir);
		first();
		const second = lockDataDir(dir);
		first();
		expect(readFileSync(lockFile, 'utf8')).toBe(String(process.pid));
		expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
		second();
	});
});
