/**
 * Imports schema.org JobPosting records (src/lib/domain/job-posting/ maps them) into `jobs`:
 * `npm run import:jobs -- FILE` (scripts/import-jobs.ts) is the command around it.
 *
 * - Files: `.jsonl`, `.ndjson` and `.jsonlines` are JSON Lines, read line by line as a stream
 *   (blank lines are skipped; a line may also hold an array or an `@graph`); any other file is
 *   one JSON document, read whole (an object, an array or an `@graph`), so large feeds should be
 *   JSON Lines. A missing file, a JSON file that doesn't parse, or JSON Lines of which no line
 *   parses, is a `JobImportFileError`.
 * - Upsert: valid records go in batches of 500. One indexed read per batch sorts out the ads that
 *   exist unchanged; the rest are written with one `INSERT … ON CONFLICT (external_id) DO UPDATE`:
 *   an existing ad gets every mapped column and `updated_at = now()` (guarded again by "something
 *   differs"), `id` and `created_at` stay. So a re-import of the same file writes nothing and
 *   counts the ads as unchanged. Each write is atomic; an interrupted import can simply be run
 *   again.
 * - Ids: a new ad's id is a name-based UUID (version 5, SHA-1) of its external id, so the same
 *   file gives the same ids in every database. (`uuidFor` of the seed maps a 32-bit index; hashing
 *   external ids into 32 bits would collide among 50,000 ads with a probability of about 25 %.)
 * - The in-process search cache is cleared afterwards. A running server in another process keeps
 *   its cached counts until they expire by themselves (30 s). With PGlite the server must not be
 *   running on the same DATA_DIR at the same time: PGlite takes no lock and two processes would
 *   corrupt it.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import { inArray, sql } from 'drizzle-orm';
import { withBulkJobLoad } from './db/bulk-load';
import {
	describeLocation,
	elementLines,
	mapSourceRecord,
	recordsIn,
	type JobPostingRow,
	type SourceLocation,
	type SourceRecord
} from '../domain/job-posting';
import type { FieldError } from '../domain/validation';
import type { Database } from './db';
import { jobs, type NewJob } from './db/schema';
import { clearSearchCache } from './search';

export const IMPORT_BATCH = 500;
/** A JSON Lines line longer than this is refused unread (the longest valid ad is far shorter). */
export const MAX_LINE_CHARS = 1_000_000;
const JSON_LINES_EXTENSIONS = new Set(['.jsonl', '.ndjson', '.jsonlines']);

/** The file can't be imported at all: missing, unreadable or not JSON. */
export class JobImportFileError extends Error {}

export interface ImportReport {
	/** records found (valid and invalid) */
	records: number;
	inserted: number;
	updated: number;
	unchanged: number;
	invalid: number;
	milliseconds: number;
	/** true when `signal` stopped the import before the end of the file */
	stopped: boolean;
}

export interface ImportOptions {
	/** the clock for "datePosted is in the future" */
	now?: Date;
	batchSize?: number;
	/** every invalid record, in file order */
	onInvalid?: (location: SourceLocation, errors: FieldError[]) => void;
	/** after each batch, with the number of records read so far */
	onProgress?: (records: number) => void;
	/** stops after the record being read; what was read so far is still written */
	signal?: AbortSignal;
}

export interface JobPostingSource {
	format: 'json' | 'jsonl';
	records: AsyncIterable<SourceRecord>;
}

// Reading ----------------------------------------------------------------------------------------

function fileError(path: string, error: unknown): JobImportFileError {
	const code = (error as NodeJS.ErrnoException | null)?.code;
	if (code === 'ENOENT') return new JobImportFileError(`Filen findes ikke: ${path}`);
	if (code === 'EACCES')
		return new JobImportFileError(`Filen kan ikke læses (adgang nægtet): ${path}`);
	return new JobImportFileError(
		`Filen kan ikke læses: ${path} (${error instanceof Error ? error.message : String(error)})`
	);
}

/**
 * Opens a file of JobPostings. A JSON document is read and parsed here, so a file that isn't JSON
 * fails before anything else happens; JSON Lines are read while `records` is iterated.
 */
export async function openJobPostingFile(path: string): Promise<JobPostingSource> {
	try {
		const info = await stat(path);
		if (!info.isFile()) throw new JobImportFileError(`Ikke en fil: ${path}`);
	} catch (error) {
		throw error instanceof JobImportFileError ? error : fileError(path, error);
	}
	if (JSON_LINES_EXTENSIONS.has(extname(path).toLowerCase())) {
		return { format: 'jsonl', records: jsonLinesRecords(path) };
	}
	let text: string;
	try {
		text = (await readFile(path, 'utf8')).replace(/^\ufeff/, '');
	} catch (error) {
		throw fileError(path, error);
	}
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		const firstLine = text.trimStart().split('\n', 1)[0] ?? '';
		let hint = '';
		try {
			JSON.parse(firstLine);
			hint = ' Det ligner JSON Lines (ét objekt pr. linje): giv filen endelsen .jsonl.';
		} catch {
			// not JSON Lines either
		}
		throw new JobImportFileError(
			`Filen er ikke gyldig JSON: ${path} (${(error as Error).message}).${hint}`
		);
	}
	const records = recordsIn(value, 1, elementLines(text));
	return {
		format: 'json',
		records: (async function* () {
			yield* records;
		})()
	};
}

async function* jsonLinesRecords(path: string): AsyncGenerator<SourceRecord> {
	const input = createReadStream(path, { encoding: 'utf8' });
	const lines = createInterface({ input, crlfDelay: Infinity });
	let line = 0;
	let filled = 0;
	let parsed = 0;
	try {
		for await (const raw of lines) {
			line++;
			const text = line === 1 ? raw.replace(/^\ufeff/, '') : raw;
			if (text.trim() === '') continue;
			filled++;
			const location = { line, index: null };
			if (text.length > MAX_LINE_CHARS) {
				const message = `linjen er over ${MAX_LINE_CHARS.toLocaleString('da-DK')} tegn`;
				yield { record: null, location, problem: { field: '', message } };
				continue;
			}
			let value: unknown;
			try {
				value = JSON.parse(text);
			} catch (error) {
				const message = `ugyldig JSON (${(error as Error).message})`;
				yield { record: null, location, problem: { field: '', message } };
				continue;
			}
			parsed++;
			yield* recordsIn(value, line);
		}
	} catch (error) {
		throw fileError(path, error);
	} finally {
		lines.close();
		input.destroy();
	}
	if (filled > 0 && parsed === 0) {
		throw new JobImportFileError(`Ingen af filens linjer er JSON: ${path}`);
	}
}

// Writing ----------------------------------------------------------------------------------------

/** Our namespace for name-based job ids (UUID version 5). */
const JOB_ID_NAMESPACE = Buffer.from('3f0c8e2a5b7d4e61a9c2d4f6b8e01357', 'hex');

/** The same external id gives the same UUID (version 5, RFC 9562) everywhere. */
export function jobIdFor(externalId: string): string {
	const hash = createHash('sha1').update(JOB_ID_NAMESPACE).update(externalId, 'utf8').digest();
	hash[6] = ((hash[6] as number) & 0x0f) | 0x50;
	hash[8] = ((hash[8] as number) & 0x3f) | 0x80;
	const hex = hash.subarray(0, 16).toString('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Every column an import writes, apart from the key. */
const updatedColumns = [
	'title',
	'employer',
	'description',
	'occupationCode',
	'occupationTitle',
	'municipalityCode',
	'postalCode',
	'city',
	'hours',
	'weeklyHours',
	'employmentType',
	'postedAt',
	'deadline',
	'applyUrl',
	'applyEmail',
	'contactName',
	'contactPhone',
	'hourlyWageKr'
] as const satisfies readonly Exclude<keyof JobPostingRow, 'externalId'>[];

const excluded = (column: (typeof updatedColumns)[number]) =>
	sql.raw(`excluded."${jobs[column].name}"`);

const upsertSet = {
	...Object.fromEntries(updatedColumns.map((column) => [column, excluded(column)])),
	updatedAt: sql`now()`
};
const changed = sql`(${sql.join(
	updatedColumns.map((column) => jobs[column]),
	sql`, `
)}) is distinct from (${sql.join(updatedColumns.map(excluded), sql`, `)})`;

const storedColumns = Object.fromEntries([
	['externalId', jobs.externalId],
	...updatedColumns.map((column) => [column, jobs[column]])
]) as Pick<typeof jobs, 'externalId' | (typeof updatedColumns)[number]>;

function sameAs(row: JobPostingRow, stored: Record<string, unknown>): boolean {
	return updatedColumns.every((column) => {
		const value = row[column];
		const old = stored[column];
		return value instanceof Date && old instanceof Date
			? value.getTime() === old.getTime()
			: value === old;
	});
}

/**
 * Writes one batch; counts inserted and updated rows. The ads that exist unchanged are sorted out
 * first with one indexed read: an INSERT would compute the generated search vectors of every
 * proposed row before finding the conflict, which made a re-import of 50,000 unchanged ads about
 * as slow as importing them fresh. The upsert still guards updates with the same comparison.
 */
async function upsert(
	db: Database,
	rows: (JobPostingRow & { id: string })[]
): Promise<{ inserted: number; updated: number }> {
	const stored = await db
		.select(storedColumns)
		.from(jobs)
		.where(
			inArray(
				jobs.externalId,
				rows.map((row) => row.externalId)
			)
		);
	const byExternalId = new Map(stored.map((row) => [row.externalId, row]));
	const changedRows = rows.filter((row) => {
		const old = byExternalId.get(row.externalId);
		return old === undefined || !sameAs(row, old);
	});
	if (changedRows.length === 0) return { inserted: 0, updated: 0 };
	const result = await db
		.insert(jobs)
		.values(changedRows satisfies NewJob[])
		.onConflictDoUpdate({ target: jobs.externalId, set: upsertSet, setWhere: changed })
		.returning({ inserted: sql<boolean>`(xmax = 0)` });
	const inserted = result.filter((row) => row.inserted).length;
	return { inserted, updated: result.length - inserted };
}

/** Maps and upserts the records; invalid ones are reported and skipped. */
export async function importJobPostings(
	db: Database,
	records: AsyncIterable<SourceRecord> | Iterable<SourceRecord>,
	options: ImportOptions = {}
): Promise<ImportReport> {
	const started = performance.now();
	const now = options.now ?? new Date();
	const batchSize = options.batchSize ?? IMPORT_BATCH;
	const report: ImportReport = {
		records: 0,
		inserted: 0,
		updated: 0,
		unchanged: 0,
		invalid: 0,
		milliseconds: 0,
		stopped: false
	};
	const seen = new Map<string, SourceLocation>();
	let batch: (JobPostingRow & { id: string })[] = [];

	const flush = async () => {
		if (batch.length === 0) return;
		const { inserted, updated } = await upsert(db, batch);
		report.inserted += inserted;
		report.updated += updated;
		report.unchanged += batch.length - inserted - updated;
		batch = [];
		options.onProgress?.(report.records);
	};
	const invalid = (location: SourceLocation, errors: FieldError[]) => {
		report.invalid++;
		options.onInvalid?.(location, errors);
	};

	try {
		// Large files merge the search indexes' pending entries once, at the end (bulk-load.ts).
		await withBulkJobLoad(db, async () => {
			for await (const source of records) {
				if (options.signal?.aborted) {
					report.stopped = true;
					break;
				}
				report.records++;
				const result = mapSourceRecord(source, now);
				if (!result.ok) {
					invalid(source.location, result.errors);
					continue;
				}
				const first = seen.get(result.job.externalId);
				if (first) {
					invalid(source.location, [
						{
							field: 'identifier',
							message: `samme annonce (${result.job.externalId}) som ${describeLocation(first)}; kun den første importeres`
						}
					]);
					continue;
				}
				seen.set(result.job.externalId, source.location);
				batch.push({ id: jobIdFor(result.job.externalId), ...result.job });
				if (batch.length >= batchSize) await flush();
			}
			await flush();
		});
	} finally {
		if (report.inserted + report.updated > 0) clearSearchCache(db);
	}
	report.milliseconds = Math.round(performance.now() - started);
	return report;
}

/** Opens the file and imports it: `openJobPostingFile` + `importJobPostings`. */
export async function importJobPostingFile(
	db: Database,
	path: string,
	options: ImportOptions = {}
): Promise<ImportReport> {
	const started = performance.now();
	const source = await openJobPostingFile(path);
	const report = await importJobPostings(db, source.records, options);
	return { ...report, milliseconds: Math.round(performance.now() - started) };
}
