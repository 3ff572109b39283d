/** The JobPosting import against a real (temporary) PGlite database. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceLocation } from '../domain/job-posting';
import type { FieldError } from '../domain/validation';
import { openDatabase, type DatabaseHandle } from './db';
import { jobs } from './db/schema';
import {
	importJobPostingFile,
	jobIdFor,
	JobImportFileError,
	openJobPostingFile,
	type ImportOptions
} from './job-import';

const now = new Date('2026-11-22T10:00:00.000Z');
let dir: string;
let handle: DatabaseHandle;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'vj-job-import-'));
	handle = await openDatabase({ databaseUrl: null, dataDir: join(dir, 'data') });
}, 120_000);

afterAll(async () => {
	await handle?.close();
	rmSync(dir, { recursive: true, force: true });
});

function posting(id: string, changes: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'JobPosting',
		identifier: { '@type': 'PropertyValue', name: 'test', value: id },
		title: `Tømrer ${id}`,
		description: '<p>Vi søger en tømrer.</p><p>Kørekort B.</p>',
		datePosted: '2026-11-10',
		validThrough: '2026-12-01',
		employmentType: 'FULL_TIME',
		hiringOrganization: { '@type': 'Organization', name: 'Byg & Bo ApS' },
		jobLocation: { '@type': 'Place', address: { postalCode: '5000' } },
		occupationalCategory: '7115 Tømrer',
		url: `https://bygogbo.dk/job/${id}`,
		...changes
	};
}

function write(name: string, content: string): string {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
}

const jsonLines = (records: unknown[]) => records.map((r) => JSON.stringify(r)).join('\n') + '\n';

async function run(path: string, options: ImportOptions = {}) {
	const problems: string[] = [];
	const onInvalid = (location: SourceLocation, errors: FieldError[]) => {
		for (const e of errors)
			problems.push(`${location.line}/${location.index} ${e.field}: ${e.message}`);
	};
	const report = await importJobPostingFile(handle.db, path, { now, onInvalid, ...options });
	return { report, problems };
}

async function rowsWith(externalIds: string[]) {
	return handle.db.select().from(jobs).where(inArray(jobs.externalId, externalIds));
}

describe('importing JSON Lines', () => {
	it('imports the valid records and reports the invalid ones with their line', async () => {
		const path = write(
			'first.jsonl',
			[
				JSON.stringify(posting('a1')),
				'',
				JSON.stringify(posting('a2')),
				'{"@type": "JobPosting", oops',
				JSON.stringify(
					posting('a3', {
						jobLocation: { address: { postalCode: '9999' } }
					})
				),
				'   ',
				JSON.stringify(posting('a4', { title: undefined })),
				JSON.stringify(posting('a1', { title: 'Dublet' })),
				JSON.stringify(posting('a5'))
			].join('\r\n')
		);
		const { report, problems } = await run(path);
		expect(report).toMatchObject({
			records: 7,
			inserted: 3,
			updated: 0,
			unchanged: 0,
			invalid: 4
		});
		expect(problems).toEqual([
			expect.stringMatching(/^4\/null : ugyldig JSON \(/),
			'5/null jobLocation.address.postalCode: postnummeret 9999 findes ikke',
			'7/null title: titlen mangler',
			'8/null identifier: samme annonce (test:a1) som linje 1; kun den første importeres'
		]);
		const rows = await rowsWith(['test:a1', 'test:a2', 'test:a5']);
		expect(rows).toHaveLength(3);
		const a1 = rows.find((r) => r.externalId === 'test:a1');
		expect(a1).toMatchObject({
			id: jobIdFor('test:a1'),
			title: 'Tømrer a1',
			employer: 'Byg & Bo ApS',
			description: 'Vi søger en tømrer.\n\nKørekort B.',
			occupationCode: '7115',
			municipalityCode: '461',
			city: 'Odense C',
			deadline: '2026-12-01'
		});
	});

	it('updates on re-import instead of duplicating, and leaves unchanged ads alone', async () => {
		const path = write('again.jsonl', jsonLines([posting('b1'), posting('b2'), posting('b3')]));
		expect((await run(path)).report).toMatchObject({ inserted: 3, updated: 0, unchanged: 0 });
		const [before] = await rowsWith(['test:b2']);

		const same = await run(path);
		expect(same.report).toMatchObject({ records: 3, inserted: 0, updated: 0, unchanged: 3 });
		const [untouched] = await rowsWith(['test:b2']);
		expect(untouched?.updatedAt).toEqual(before?.updatedAt);

		const changed = write(
			'changed.jsonl',
			jsonLines([
				posting('b1'),
				posting('b2', { title: 'Tømrer til tagarbejde', validThrough: '2026-12-15' }),
				posting('b3'),
				posting('b4')
			])
		);
		const { report } = await run(changed);
		expect(report).toMatchObject({ records: 4, inserted: 1, updated: 1, unchanged: 2, invalid: 0 });
		const rows = await rowsWith(['test:b2']);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({
			id: before?.id,
			title: 'Tømrer til tagarbejde',
			deadline: '2026-12-15',
			createdAt: before?.createdAt
		});
		expect(rows[0]!.updatedAt.getTime()).toBeGreaterThanOrEqual(before!.updatedAt.getTime());
		const [total] = await handle.db
			.select({ n: count() })
			.from(jobs)
			.where(eq(jobs.employer, 'Byg & Bo ApS'));
		expect(total?.n).toBe(3 + 4);
	});

	it('upserts in batches', async () => {
		const records = Array.from({ length: 23 }, (_, i) => posting(`c${i}`));
		const path = write('batches.ndjson', jsonLines(records));
		const progress: number[] = [];
		const { report } = await run(path, { batchSize: 10, onProgress: (n) => progress.push(n) });
		expect(report).toMatchObject({ records: 23, inserted: 23 });
		expect(progress).toEqual([10, 20, 23]);
	});

	it('stops when told to, keeping what was read', async () => {
		const path = write(
			'stop.jsonl',
			jsonLines(Array.from({ length: 20 }, (_, i) => posting(`s${i}`)))
		);
		const stop = new AbortController();
		const { report } = await run(path, {
			batchSize: 5,
			signal: stop.signal,
			onProgress: () => stop.abort()
		});
		expect(report).toMatchObject({ records: 5, inserted: 5, stopped: true });
		expect(await rowsWith(['test:s4', 'test:s5'])).toHaveLength(1);
	});

	it('refuses a file of which no line is JSON', async () => {
		const path = write('not-json.jsonl', 'id;title\n1;Tømrer\n');
		await expect(run(path)).rejects.toThrow(JobImportFileError);
		await expect(run(path)).rejects.toThrow('Ingen af filens linjer er JSON');
	});

	it('counts an empty file as nothing to do', async () => {
		const { report } = await run(write('empty.jsonl', '\n\n'));
		expect(report).toMatchObject({ records: 0, inserted: 0, invalid: 0 });
	});
});

describe('importing JSON documents', () => {
	it('reads an array, with the position and line of each invalid record', async () => {
		const text = JSON.stringify(
			[posting('d1'), posting('d2', { datePosted: 'snart' }), posting('d3')],
			null,
			2
		);
		const { report, problems } = await run(write('array.json', text));
		expect(report).toMatchObject({ records: 3, inserted: 2, invalid: 1 });
		const secondLine = text.split('\n').indexOf('  {', 2) + 1;
		expect(secondLine).toBeGreaterThan(10);
		expect(problems).toEqual([
			`${secondLine}/2 datePosted: ugyldig dato "snart" (brug ÅÅÅÅ-MM-DD)`
		]);
	});

	it('reads a @graph and a single object', async () => {
		const graph = write(
			'graph.json',
			JSON.stringify({
				'@context': 'https://schema.org',
				'@graph': [
					{ '@type': 'Organization', '@id': '#org', name: 'Odense Kommune' },
					{ ...posting('e1', { hiringOrganization: { '@id': '#org' } }), '@context': undefined }
				]
			})
		);
		expect((await run(graph)).report).toMatchObject({ records: 1, inserted: 1 });
		expect((await rowsWith(['test:e1']))[0]?.employer).toBe('Odense Kommune');

		const single = write('single.json', JSON.stringify(posting('e2')));
		expect((await run(single)).report).toMatchObject({ records: 1, inserted: 1 });
	});

	it('refuses a missing file and a file that is not JSON', async () => {
		await expect(openJobPostingFile(join(dir, 'missing.json'))).rejects.toThrow(
			/^Filen findes ikke: /
		);
		await expect(openJobPostingFile(dir)).rejects.toThrow(/^Ikke en fil: /);
		const notJson = write('broken.json', '{"@type": "JobPosting",');
		await expect(openJobPostingFile(notJson)).rejects.toThrow(/^Filen er ikke gyldig JSON: /);
		const lines = write('lines.json', jsonLines([posting('f1'), posting('f2')]));
		await expect(openJobPostingFile(lines)).rejects.toThrow(/giv filen endelsen \.jsonl/);
	});
});

describe('jobIdFor', () => {
	it('is a stable version-5 UUID per external id', () => {
		expect(jobIdFor('test:a1')).toBe(jobIdFor('test:a1'));
		expect(jobIdFor('test:a1')).not.toBe(jobIdFor('test:a2'));
		expect(jobIdFor('x')).toMatch(
			/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
		);
	});
});
