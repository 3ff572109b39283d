/**
 * PGlite is PostgreSQL in this process, with no postmaster to keep a second process out of its
 * files: two processes on one DATA_DIR (`npm start` and `npm run import:jobs`, say) would corrupt
 * it. A lock file holding the owner's pid keeps the second one out with a message saying why.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE_NAME = 'pglite.lock';

export class DataDirInUseError extends Error {
	constructor(
		readonly lockFile: string,
		readonly pid: number
	) {
		super(
			`Databasen bruges allerede af en anden proces (pid ${pid}), fx serveren (npm start). ` +
				`Stop den først og prøv igen. Er du sikker på, at ingen proces bruger den, så slet ${lockFile}.`
		);
		this.name = 'DataDirInUseError';
	}
}

/**
 * Lock files this process holds, each with the release that holds it: a lock with our own pid
 * that is not here is stale, and a release that is no longer here has nothing left to release.
 */
const held = new Map<string, () => void>();

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it runs, as another user.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function ownerOf(lockFile: string): number | null {
	try {
		const pid = Number(readFileSync(lockFile, 'utf8').trim());
		return Number.isInteger(pid) && pid > 0 ? pid : null;
	} catch {
		return null;
	}
}

/**
 * Takes `dataDir`'s lock or throws DataDirInUseError when a running process holds it (this one
 * too, through another handle). A lock left by a process that died (killed, power cut) is taken
 * over; so is one with this process's pid that it does not hold (a container restarted with the
 * same pid). Returns the release, which is also done when the process exits.
 */
export function lockDataDir(dataDir: string): () => void {
	const lockFile = join(dataDir, LOCK_FILE_NAME);
	for (let attempt = 0; attempt < 3; attempt++) {
		try {
			writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const pid = ownerOf(lockFile);
			const stale = pid === null || (pid === process.pid ? !held.has(lockFile) : !isRunning(pid));
			if (!stale) throw new DataDirInUseError(lockFile, pid);
			rmSync(lockFile, { force: true });
			continue;
		}
		const release = () => {
			process.off('exit', release);
			if (held.get(lockFile) !== release) return;
			held.delete(lockFile);
			if (ownerOf(lockFile) === process.pid) rmSync(lockFile, { force: true });
		};
		held.set(lockFile, release);
		process.on('exit', release);
		return release;
	}
	throw new DataDirInUseError(lockFile, ownerOf(lockFile) ?? 0);
}
