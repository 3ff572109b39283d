import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openUserDb, userDbName, type UserDb } from './db';
import {
	chooseConflictValues,
	editDocument,
	lastMergedAt,
	readDocument,
	resolveDocumentFailures,
	setPath,
	documentSpec
} from './document-store';
import { EntityValidationError } from './collection-store';
import { adapterFor } from './entity-adapters';
import { sickLeave } from '../domain/entities';
import { FAKE_USER_ID, FakeDocuments } from './fake-documents.testkit';
import { listOutbox } from './outbox';
import { inProcessLock, SyncEngine } from './sync';

const spec = documentSpec(sickLeave, FAKE_USER_ID);

async function device(server: FakeDocuments) {
	const db: UserDb = await openUserDb(FAKE_USER_ID, userDbName(`documents-${crypto.randomUUID()}`));
	const engine = new SyncEngine(db, {
		fetch: server.fetch,
		baseUrl: 'http://fake',
		channel: null,
		locks: inProcessLock(),
		events: null,
		sleep: async () => {},
		random: () => 0,
		adapters: { sickLeave: adapterFor(sickLeave) }
	});
	const options = { fetch: server.fetch, baseUrl: 'http://fake' };
	return {
		db,
		engine,
		/** What the app does: sync, and settle stale writes until nothing changes. */
		async sync() {
			for (let round = 0; round < 5; round++) {
				await engine.drain();
				const outcomes = await resolveDocumentFailures(db, engine, options);
				if (!outcomes.includes('merged')) break;
			}
			await engine.drain();
		},
		doc: async () => (await readDocument(db, spec)).doc
	};
}

/** Two devices that both have the server's copy (version 1, return date 1 April). */
async function twoDevices() {
	const server = new FakeDocuments();
	server.serverWrite({ expectedReturn: '2026-04-01', contactPreference: 'phone' });
	const a = await device(server);
	const b = await device(server);
	await a.sync();
	await b.sync();
	expect(await a.doc()).toEqual(server.document);
	return { server, a, b };
}

describe('document store (ETag documents)', () => {
	it('edits locally at once and queues a PUT of the whole document with If-Match of its base', async () => {
		const { a, server } = await twoDevices();
		await editDocument(a.db, spec, { note: 'Ring efter kl. 10' });
		expect((await a.doc()).note).toBe('Ring efter kl. 10');
		const [item] = await listOutbox(a.db);
		expect(item).toMatchObject({
			method: 'PUT',
			path: '/api/v1/me/sick-leave',
			headers: { 'if-match': '"v1"' },
			entityKey: `sickLeave:${FAKE_USER_ID}`
		});
		expect(item?.body).toEqual({ ...server.document, note: 'Ring efter kl. 10' });
		await a.sync();
		expect(server.document.note).toBe('Ring efter kl. 10');
		expect((await readDocument(a.db, spec)).etag).toBe('"v2"');
	});

	it('refuses an invalid edit with field errors and writes nothing', async () => {
		const { a } = await twoDevices();
		const error = await editDocument(a.db, spec, {
			returnKind: 'partial',
			partialHoursPerWeek: 35
		}).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(EntityValidationError);
		expect((error as EntityValidationError).errors[0]?.field).toBe('partialHoursPerWeek');
		expect(await listOutbox(a.db)).toEqual([]);
	});

	it('merges different fields changed on two devices without asking, and the server gets both', async () => {
		const { a, b, server } = await twoDevices();
		await editDocument(a.db, spec, { expectedReturn: '2026-04-15' }); // offline on A
		await editDocument(b.db, spec, { contactPreference: 'email' });
		await b.sync();
		expect(server.version).toBe(2);

		await a.sync(); // A's PUT (If-Match "v1") gets 412, is merged and sent with "v2"
		expect(server.document).toMatchObject({
			expectedReturn: '2026-04-15',
			contactPreference: 'email'
		});
		expect(server.accepted.at(-1)?.ifMatch).toBe('"v2"');
		const record = await readDocument(a.db, spec);
		expect(record.conflict).toBeUndefined();
		expect(record.doc).toEqual(server.document);
		expect(await lastMergedAt(a.db, spec)).not.toBeNull();
		expect(await listOutbox(a.db)).toEqual([]);
		await b.sync();
		expect(await b.doc()).toEqual(server.document);
	});

	it('merges also when the 412 does not carry the current document (fetched with a GET)', async () => {
		const { a, b, server } = await twoDevices();
		server.omitCurrent = true;
		await editDocument(a.db, spec, { note: 'Fra A' });
		await editDocument(b.db, spec, { returnKind: 'full' });
		await b.sync();
		await a.sync();
		expect(server.document).toMatchObject({ note: 'Fra A', returnKind: 'full' });
		expect(server.seen.some((r) => r.method === 'GET' && r.path === '/api/v1/me/sick-leave')).toBe(
			true
		);
	});

	it('stores a conflict when the same field changed differently, and sends nothing until chosen', async () => {
		const { a, b, server } = await twoDevices();
		await editDocument(a.db, spec, { expectedReturn: '2026-04-20', note: 'Kun A' });
		await editDocument(b.db, spec, { expectedReturn: '2026-05-01' });
		await b.sync();
		const acceptedBefore = server.accepted.length;

		await a.sync();
		const record = await readDocument(a.db, spec);
		expect(record.conflict?.conflicts).toEqual([
			{ path: 'expectedReturn', local: '2026-04-20', remote: '2026-05-01' }
		]);
		expect(record.conflict?.remote.expectedReturn).toBe('2026-05-01');
		expect(record.doc.expectedReturn).toBe('2026-04-20');
		expect(server.accepted.length).toBe(acceptedBefore);
		expect(server.document.expectedReturn).toBe('2026-05-01');
		const [failed] = await listOutbox(a.db);
		expect(failed).toMatchObject({ state: 'failed', problem: { status: 412 } });
		// Asking again changes nothing: still one conflict, still nothing sent.
		await a.sync();
		expect(server.accepted.length).toBe(acceptedBefore);
		expect(await listOutbox(a.db)).toHaveLength(1);
	});

	for (const choice of ['remote', 'local'] as const) {
		it(`sends the chosen ${choice} value with the server copy's If-Match, keeping the merged fields`, async () => {
			const { a, b, server } = await twoDevices();
			await editDocument(a.db, spec, { expectedReturn: '2026-04-20', note: 'Kun A' });
			await editDocument(b.db, spec, { expectedReturn: '2026-05-01' });
			await b.sync();
			await a.sync();
			const missing = await chooseConflictValues(a.db, a.engine, spec, {}).catch((e: unknown) => e);
			expect(missing).toBeInstanceOf(EntityValidationError);

			await chooseConflictValues(a.db, a.engine, spec, { expectedReturn: choice });
			const expected = choice === 'remote' ? '2026-05-01' : '2026-04-20';
			const record = await readDocument(a.db, spec);
			expect(record.conflict).toBeUndefined();
			expect(record.doc.expectedReturn).toBe(expected);
			await a.sync();
			expect(await listOutbox(a.db)).toEqual([]);
			expect(server.document).toMatchObject({ expectedReturn: expected, note: 'Kun A' });
			expect(server.accepted.at(-1)?.ifMatch).toBe('"v2"');
			await b.sync();
			expect(await b.doc()).toEqual(server.document);
		});
	}

	it('a retried PUT after a lost response does not bump the version twice', async () => {
		const { a, server } = await twoDevices();
		await editDocument(a.db, spec, { note: 'Svaret forsvandt' });
		server.loseNextResponse = true;
		await a.sync();
		const puts = server.seen.filter((request) => request.method === 'PUT');
		expect(puts).toHaveLength(2);
		expect(puts[0]!.key).toBe(puts[1]!.key);
		expect(server.version).toBe(2);
		expect(server.accepted).toHaveLength(1);
		expect(await listOutbox(a.db)).toEqual([]);
		expect(await readDocument(a.db, spec)).toMatchObject({
			etag: '"v2"',
			doc: { note: 'Svaret forsvandt' }
		});
	});

	it('a device that never saw the document writes against version 0 and merges with the server', async () => {
		const server = new FakeDocuments();
		server.serverWrite({ contactPreference: 'letter' });
		const a = await device(server);
		await editDocument(a.db, spec, { note: 'Første gang' });
		expect((await listOutbox(a.db))[0]?.headers).toEqual({ 'if-match': '"v0"' });
		await a.sync();
		expect(server.document).toMatchObject({ contactPreference: 'letter', note: 'Første gang' });
	});
});

describe('a chosen value in a list of entries (paths by entry id, as merge.ts reports them)', () => {
	const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
	const doc = {
		summary: 'Hej',
		experience: [
			{ id: id(1), title: 'Kok' },
			{ id: id(2), title: 'Tjener' }
		]
	};

	it.each([
		[
			'a field of an entry',
			`experience.${id(2)}.title`,
			'Hovmester',
			[
				{ id: id(1), title: 'Kok' },
				{ id: id(2), title: 'Hovmester' }
			]
		],
		[
			'a whole entry',
			`experience.${id(1)}`,
			{ id: id(1), title: 'Souschef' },
			[
				{ id: id(1), title: 'Souschef' },
				{ id: id(2), title: 'Tjener' }
			]
		],
		['removing an entry', `experience.${id(1)}`, undefined, [{ id: id(2), title: 'Tjener' }]],
		[
			'bringing back an entry the merge left out',
			`experience.${id(3)}`,
			{ id: id(3), title: 'Bager' },
			[...doc.experience, { id: id(3), title: 'Bager' }]
		]
	])('%s', (_, path, value, experience) => {
		const result = setPath(doc, path, value);
		expect(result.experience).toEqual(experience);
		expect(Array.isArray(result.experience)).toBe(true);
		expect(doc.experience).toHaveLength(2);
	});
});
