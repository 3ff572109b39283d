import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openUserDb, userDbName, type UserDb } from './db';
import {
	addJoblogEntry,
	findJoblogEntryForJob,
	joblogEntityKey,
	listJoblogEntries,
	removeJoblogEntry,
	updateJoblogEntry
} from './joblog-store';
import { EntityValidationError } from './collection-store';
import { pendingEntityKeys } from './outbox';
import { listOutbox, LocalNotFoundError } from './outbox';

function fresh(): Promise<UserDb> {
	return openUserDb('t', userDbName(`joblog-${crypto.randomUUID()}`));
}

const at = () => Date.parse('2026-03-02T12:00:00.000Z');

describe('joblog store', () => {
	it('adds an entry locally with its final id and queues a POST carrying that id', async () => {
		const db = await fresh();
		const entry = await addJoblogEntry(
			db,
			{ appliedOn: '2026-03-01', jobTitle: '  Kok ', employer: 'Kantinen', method: 'jobnet' },
			{ now: at }
		);
		expect(entry).toMatchObject({
			jobTitle: 'Kok',
			status: 'sent',
			note: '',
			jobId: null,
			createdAt: '2026-03-02T12:00:00.000Z'
		});
		const [item] = await listOutbox(db);
		expect(item).toMatchObject({
			method: 'POST',
			path: '/api/v1/me/joblog',
			entityKey: joblogEntityKey(entry.id)
		});
		expect(item?.body).toEqual({
			id: entry.id,
			appliedOn: '2026-03-01',
			jobTitle: 'Kok',
			employer: 'Kantinen',
			method: 'jobnet',
			status: 'sent',
			note: '',
			jobId: null
		});
		expect(await pendingEntityKeys(db)).toEqual(new Set([joblogEntityKey(entry.id)]));
	});

	it('refuses invalid input with field errors and writes nothing', async () => {
		const db = await fresh();
		const error = await addJoblogEntry(db, {
			appliedOn: '1. marts',
			jobTitle: '',
			employer: 'X',
			method: 'advertised'
		}).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(EntityValidationError);
		expect((error as EntityValidationError).errors.map((e) => e.field).sort()).toEqual([
			'appliedOn',
			'jobTitle'
		]);
		expect(await listOutbox(db)).toEqual([]);
		expect(await listJoblogEntries(db)).toEqual([]);
	});

	it('patches only the fields given (never resets others to their defaults)', async () => {
		const db = await fresh();
		const entry = await addJoblogEntry(db, {
			appliedOn: '2026-03-01',
			jobTitle: 'Kok',
			employer: 'Kantinen',
			method: 'jobnet',
			status: 'interview',
			note: 'Samtale'
		});
		const updated = await updateJoblogEntry(db, entry.id, { jobTitle: ' Souschef ' }, { now: at });
		expect(updated).toMatchObject({
			jobTitle: 'Souschef',
			status: 'interview',
			note: 'Samtale',
			updatedAt: '2026-03-02T12:00:00.000Z'
		});
		const items = await listOutbox(db);
		expect(items[1]).toMatchObject({
			method: 'PATCH',
			path: `/api/v1/me/joblog/${entry.id}`,
			body: { jobTitle: 'Souschef' }
		});
		await expect(updateJoblogEntry(db, entry.id, {})).rejects.toBeInstanceOf(EntityValidationError);
		await expect(updateJoblogEntry(db, crypto.randomUUID(), { note: 'x' })).rejects.toBeInstanceOf(
			LocalNotFoundError
		);
	});

	it('lists newest application first and removes locally at once', async () => {
		const db = await fresh();
		const dates = ['2026-01-15', '2026-03-01', '2026-02-10'];
		const made = [];
		for (const appliedOn of dates) {
			made.push(
				await addJoblogEntry(db, { appliedOn, jobTitle: 'T', employer: 'E', method: 'other' })
			);
		}
		expect((await listJoblogEntries(db)).map((e) => e.appliedOn)).toEqual([
			'2026-03-01',
			'2026-02-10',
			'2026-01-15'
		]);
		// Never sent: the delete takes the create with it.
		await removeJoblogEntry(db, made[0]!.id);
		expect((await listJoblogEntries(db)).map((e) => e.appliedOn)).toEqual([
			'2026-03-01',
			'2026-02-10'
		]);
		expect((await listOutbox(db)).map((i) => i.entityId)).toEqual([made[1]!.id, made[2]!.id]);
	});

	it('makes one entry per ad: adding an ad she already has returns the existing entry', async () => {
		const db = await fresh();
		const jobId = crypto.randomUUID();
		const input = {
			appliedOn: '2026-03-01',
			jobTitle: 'Lagermedarbejder',
			employer: 'Nordisk Lager',
			method: 'advertised' as const,
			jobId
		};
		const first = await addJoblogEntry(db, input);
		const again = await addJoblogEntry(db, { ...input, appliedOn: '2026-03-02' });
		// Two quick taps at once on another ad, before either has written.
		const otherJobId = crypto.randomUUID();
		const [tapA, tapB] = await Promise.all([
			addJoblogEntry(db, { ...input, jobId: otherJobId }),
			addJoblogEntry(db, { ...input, jobId: otherJobId })
		]);
		expect(again).toEqual(first);
		expect(tapB).toEqual(tapA);
		expect((await listJoblogEntries(db)).filter((e) => e.jobId === jobId)).toHaveLength(1);
		expect(await listOutbox(db)).toHaveLength(2);
		expect(await findJoblogEntryForJob(db, jobId)).toEqual(first);
		expect(await findJoblogEntryForJob(db, crypto.randomUUID())).toBeUndefined();
		// Entries without an ad are never merged.
		const plain = {
			appliedOn: '2026-03-01',
			jobTitle: 'T',
			employer: 'E',
			method: 'other' as const
		};
		await addJoblogEntry(db, plain);
		await addJoblogEntry(db, plain);
		expect(await listJoblogEntries(db)).toHaveLength(4);
	});
});
