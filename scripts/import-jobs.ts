/**
 * `npm run import:jobs -- FILE`: imports schema.org JobPosting records (JSON or JSON Lines) into
 * the job ads, in the database the server uses (PGlite in DATA_DIR, or DATABASE_URL). Mapping
 * rules: src/lib/domain/job-posting/; reading and upsert: src/lib/server/job-import.ts.
 *
 * Prints every invalid record (the first 100 of them; the rest are counted) to stderr with its
 * line and a Danish reason, then one summary line to stdout.
 *
 * Exit codes:
 *   0  the file was read and at least one record was valid (or it held no records at all)
 *   1  nothing could be imported: usage error, missing/unreadable file, not JSON, database error
 *   2  the file held records, but every one of them was invalid
 *   130  stopped with Ctrl-C (what was read until then is imported; run it again to finish)
 *
 * With PGlite, stop the server (`npm start`) first: two processes on one DATA_DIR would corrupt it,
 * so the second to open it stops with a message (see db/data-dir-lock.ts).
 */
import { relative } from 'node:path';
import { formatProblem } from '../src/lib/domain/job-posting';
import { readConfig } from '../src/lib/server/config';
import { openDatabase } from '../src/lib/server/db';
import { DataDirInUseError } from '../src/lib/server/db/data-dir-lock';
import {
	importJobPostings,
	JobImportFileError,
	openJobPostingFile
} from '../src/lib/server/job-import';

const SHOWN_INVALID = 100;
const PROGRESS_EVERY = 10_000;

const usage = `Brug: npm run import:jobs -- FIL

Importerer jobannoncer i schema.org JobPosting-format (JSON-LD) fra FIL:
  *.jsonl, *.ndjson  JSON Lines, én annonce pr. linje (læses som en strøm)
  andre              ét JSON-dokument: en annonce, en liste eller et @graph
Databasen er serverens: DATABASE_URL, ellers PGlite i DATA_DIR (standard ./data).
Stop serveren først, når den bruger PGlite i samme DATA_DIR.`;

const number = (n: number) => n.toLocaleString('da-DK');

async function main(args: string[]): Promise<number> {
	if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
		console.log(usage);
		return 0;
	}
	const [file] = args;
	if (args.length !== 1 || file === undefined || file.startsWith('-')) {
		console.error(usage);
		return 1;
	}

	let source;
	try {
		source = await openJobPostingFile(file);
	} catch (error) {
		if (error instanceof JobImportFileError) {
			console.error(error.message);
			return 1;
		}
		throw error;
	}

	const config = readConfig();
	const dataDir = relative(process.cwd(), config.dataDir);
	const target = config.databaseUrl
		? 'PostgreSQL (DATABASE_URL)'
		: `PGlite i ${dataDir === '' ? '.' : dataDir.startsWith('..') ? config.dataDir : dataDir}`;
	console.log(`Importerer jobannoncer fra ${file} til ${target} …`);
	let handle;
	try {
		handle = await openDatabase(config);
	} catch (error) {
		if (error instanceof DataDirInUseError) {
			console.error(error.message);
			return 1;
		}
		throw error;
	}
	// Ctrl-C stops reading, writes what was read and closes the database cleanly; a second one kills.
	const stop = new AbortController();
	process.once('SIGINT', () => {
		console.error('Stopper: gemmer det læste og lukker databasen …');
		stop.abort();
	});
	let shown = 0;
	let nextProgress = PROGRESS_EVERY;
	try {
		const report = await importJobPostings(handle.db, source.records, {
			signal: stop.signal,
			onInvalid(location, errors) {
				if (++shown > SHOWN_INVALID) return;
				for (const error of errors) console.error(formatProblem(location, error));
			},
			onProgress(records) {
				if (records < nextProgress) return;
				console.log(`  ${number(records)} annoncer læst …`);
				nextProgress = (Math.floor(records / PROGRESS_EVERY) + 1) * PROGRESS_EVERY;
			}
		});
		if (shown > SHOWN_INVALID) {
			console.error(`… og ${number(shown - SHOWN_INVALID)} ugyldige annoncer mere (ikke vist)`);
		}
		const seconds = (report.milliseconds / 1000).toLocaleString('da-DK', {
			minimumFractionDigits: 1,
			maximumFractionDigits: 1
		});
		console.log(
			`${number(report.inserted)} nye, ${number(report.updated)} opdaterede, ` +
				`${number(report.unchanged)} uændrede, ${number(report.invalid)} ugyldige ` +
				`(${number(report.records)} i alt) på ${seconds} s`
		);
		if (report.stopped) {
			console.error('Afbrudt: resten af filen er ikke importeret.');
			return 130;
		}
		if (report.records === 0) {
			console.log('Filen indeholder ingen jobannoncer.');
			return 0;
		}
		if (report.invalid === report.records) {
			console.error('Ingen af annoncerne var gyldige; intet er importeret.');
			return 2;
		}
		return 0;
	} catch (error) {
		if (error instanceof JobImportFileError) {
			console.error(error.message);
			return 1;
		}
		throw error;
	} finally {
		await handle.close();
	}
}

try {
	process.exitCode = await main(process.argv.slice(2));
} catch (error) {
	console.error('Importen mislykkedes:', error);
	process.exitCode = 1;
}
