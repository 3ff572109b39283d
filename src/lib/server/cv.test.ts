/**
 * The CV's versions on a temporary PGlite and, with TEST_DATABASE_URL, PostgreSQL: autosaves coalesce
 * to one version per 10 minutes of editing (the clock is passed in, no sleeps), restore and import
 * keep the CV as it was first, versions are her own, and the sick-leave document still works on the
 * shared document machinery.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	insertCitizen,
	openTemporaryPglite,
	postgresForSuite
} from '../../../tests/support/databases';
import { toJsonResume } from '../domain/cv/json-resume';
import { emptyCv, type Cv } from '../domain/cv/model';
import { emptySickLeaveStatus } from '../domain/sick-leave';
import { getCv, getCvVersion, importCv, listCvVersions, restoreCvVersion, saveCv } from './cv';
import type { DatabaseHandle } from './db';
import { HttpProblem } from './http';
import { getSickLeave, saveSickLeave } from './sick-leave';

const start = new Date('2026-12-01T09:00:00Z');
const minutes = (n: number) => new Date(start.getTime() + n * 60_000);

function withSummary(summary: string): Cv {
	return { ...emptyCv(), summary };
}

async function problemOf(promise: Promise<unknown>): Promise<HttpProblem> {
	const error = await promise.then(
		() => null,
		(thrown: unknown) => thrown
	);
	expect(error).toBeInstanceOf(HttpProblem);
	return error as HttpProblem;
}

function defineSuite(name: string, open: () => Promise<DatabaseHandle>) {
	describe(`CV versions on ${name}`, () => {
		let handle: DatabaseHandle;
		let count = 0;
		const newCitizen = () => insertCitizen(handle.db, `cv-test-${++count}-${Date.now()}`);

		/** Saves in turn at the given minutes after `start`, each at the version it read. */
		async function saveAt(userId: string, edits: [number, Cv][]) {
			for (const [minute, document] of edits) {
				const { version } = await getCv(handle.db, userId);
				await saveCv(handle.db, userId, document, version, minutes(minute));
			}
		}

		beforeAll(async () => {
			handle = await open();
		}, 180_000);
		afterAll(async () => {
			await handle?.close();
		});

		it('coalesces saves within 10 minutes of a version into it; a later save starts a new one', async () => {
			const userId = await newCitizen();
			await saveAt(userId, [
				[0, withSummary('a')],
				[4, withSummary('b')],
				[9.9, withSummary('c')]
			]);
			let versions = await listCvVersions(handle.db, userId);
			expect(versions.map((v) => [v.number, v.kind])).toEqual([[1, 'autosave']]);
			expect((await getCvVersion(handle.db, userId, 1)).document.summary).toBe('c');
			expect(versions[0]!.updatedAt).toBe(minutes(9.9).toISOString());

			await saveAt(userId, [
				[10, withSummary('d')],
				[15, { ...withSummary('d'), skills: ['Truck'] }]
			]);
			versions = await listCvVersions(handle.db, userId);
			expect(versions.map((v) => v.number)).toEqual([2, 1]);
			expect(versions[0]!.createdAt).toBe(minutes(10).toISOString());
			expect(versions[0]!.changed).toEqual(['summary', 'skills']);
			expect(versions[1]!.changed).toEqual(['summary']);
			expect((await getCv(handle.db, userId)).version).toBe(5);
		});

		it('restore keeps the CV as it was first, then makes the old version current', async () => {
			const userId = await newCitizen();
			await saveAt(userId, [
				[0, withSummary('first')],
				[20, withSummary('second')]
			]);
			const restored = await restoreCvVersion(handle.db, userId, 1, minutes(21));
			expect(restored.document.summary).toBe('first');
			const versions = await listCvVersions(handle.db, userId);
			expect(versions.map((v) => [v.number, v.kind])).toEqual([
				[4, 'autosave'],
				[3, 'before-restore'],
				[2, 'autosave'],
				[1, 'autosave']
			]);
			expect((await getCvVersion(handle.db, userId, 3)).document.summary).toBe('second');
			// A save right after the restore goes into the restored version, never over "before".
			await saveAt(userId, [[22, withSummary('first, edited')]]);
			expect((await getCvVersion(handle.db, userId, 3)).document.summary).toBe('second');
			expect((await getCvVersion(handle.db, userId, 4)).document.summary).toBe('first, edited');
		});

		it('import keeps the CV as it was first and reports what it could not map', async () => {
			const userId = await newCitizen();
			await saveAt(userId, [[0, withSummary('mine')]]);
			const resume = { ...toJsonResume(withSummary('imported')), projects: [{ name: 'x' }] };
			const result = await importCv(handle.db, userId, resume, minutes(1));
			expect(result.saved.document.summary).toBe('imported');
			expect(result.unmapped.map((u) => u.field)).toEqual(['projects']);
			const before = await getCvVersion(handle.db, userId, result.versionBefore);
			expect(before).toMatchObject({ kind: 'before-import', document: { summary: 'mine' } });
		});

		it('an import of a CV that says searchable without a visible contact turns it off', async () => {
			const userId = await newCitizen();
			const resume = toJsonResume({ ...withSummary('x'), searchable: true });
			const result = await importCv(handle.db, userId, resume, minutes(0));
			expect(result.saved.document.searchable).toBe(false);
			expect(result.versionBefore).toBe(1);
		});

		it('refuses date rules and a searchable CV without a visible contact, naming the field', async () => {
			const userId = await newCitizen();
			const job = {
				id: crypto.randomUUID(),
				title: 'Kok',
				employer: 'Kantinen',
				hideEmployer: false,
				start: '2024-05',
				end: '2024-01',
				description: ''
			};
			const bad = await problemOf(
				saveCv(handle.db, userId, { ...emptyCv(), experience: [job] }, 0, start)
			);
			expect(bad.problem.status).toBe(400);
			expect(bad.problem.errors?.map((e) => e.field)).toEqual(['experience.0.end']);
			const future = await problemOf(
				saveCv(
					handle.db,
					userId,
					{ ...emptyCv(), experience: [{ ...job, end: '2027-02' }] },
					0,
					start
				)
			);
			expect(future.problem.errors?.map((e) => e.field)).toEqual(['experience.0.end']);
			const searchable = await problemOf(
				saveCv(handle.db, userId, { ...emptyCv(), searchable: true }, 0, start)
			);
			expect(searchable.problem.errors?.map((e) => e.field)).toEqual(['searchable']);
			expect(await listCvVersions(handle.db, userId)).toEqual([]);
		});

		it('a lost race answers 412 and keeps no version of the losing write', async () => {
			const userId = await newCitizen();
			await saveAt(userId, [[0, withSummary('won')]]);
			const lost = await problemOf(saveCv(handle.db, userId, withSummary('lost'), 0, minutes(30)));
			expect(lost.problem).toMatchObject({ status: 412, current: { summary: 'won' } });
			expect((await listCvVersions(handle.db, userId)).length).toBe(1);
		});

		it('another citizen’s versions, and numbers she does not have, are 404', async () => {
			const owner = await newCitizen();
			const other = await newCitizen();
			await saveAt(owner, [[0, withSummary('hers')]]);
			for (const n of [1, 2, null]) {
				expect((await problemOf(getCvVersion(handle.db, other, n))).problem.status).toBe(404);
				expect((await problemOf(restoreCvVersion(handle.db, other, n))).problem.status).toBe(404);
			}
			expect(await listCvVersions(handle.db, other)).toEqual([]);
		});

		it('the sick-leave document still reads and writes through the shared document service', async () => {
			const userId = await newCitizen();
			const empty = await getSickLeave(handle.db, userId);
			expect(empty).toMatchObject({ version: 0, document: emptySickLeaveStatus() });
			const note = { ...emptySickLeaveStatus(), note: 'Bedre i dag' };
			const saved = await saveSickLeave(handle.db, userId, note, 0);
			expect(saved).toMatchObject({ version: 1, document: note });
			expect((await problemOf(saveSickLeave(handle.db, userId, note, 0))).problem.status).toBe(412);
		});
	});
}

defineSuite('PGlite', () => openTemporaryPglite('cv-test'));
const openPostgres = postgresForSuite('cv');
if (openPostgres) defineSuite('PostgreSQL', openPostgres);
