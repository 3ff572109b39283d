import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { sickLeave } from '../domain/entities';
import { openUserDb, userDbName } from './db';
import { documentSpec, editDocument } from './document-store';
import { FAKE_USER_ID } from './fake-documents.testkit';
import { sendReport } from './sick-leave-reports-store';
import { sickListedOnPhone } from './sick-listed';

const TODAY = '2026-12-05';

async function phone() {
	return openUserDb(FAKE_USER_ID, userDbName(`sick-listed-${crypto.randomUUID()}`));
}

describe('sick-listed, from her sick leave on the phone', () => {
	it('knows nothing before she gives her first day of absence', async () => {
		expect(await sickListedOnPhone(await phone(), FAKE_USER_ID, TODAY)).toBeNull();
	});

	it('is sick-listed from her first day until the full return she reports', async () => {
		const db = await phone();
		await editDocument(db, documentSpec(sickLeave, FAKE_USER_ID), {
			firstAbsenceDay: '2026-11-16'
		});
		expect(await sickListedOnPhone(db, FAKE_USER_ID, TODAY)).toBe(true);

		await sendReport(db, {
			id: crypto.randomUUID(),
			kind: 'fullReturn',
			reportedOn: TODAY,
			date: TODAY
		});
		expect(await sickListedOnPhone(db, FAKE_USER_ID, TODAY)).toBe(false);
		// The day before her return she still was.
		expect(await sickListedOnPhone(db, FAKE_USER_ID, '2026-12-04')).toBe(true);
	});
});
