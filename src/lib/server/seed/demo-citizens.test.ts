/**
 * The demo citizens as the seed leaves them (issue #17): anna signed up 9 days ago with half a CV, so
 * Min side shows her the CV as due in 5 days; mohammed signed up months ago; sofie is sick-listed.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTemporaryPglite } from '../../../../tests/support/databases';
import { progress } from '../../domain/cv/rules';
import type { Cv } from '../../domain/cv/model';
import { collectFacts } from '../../domain/duties/collect';
import { dutyItems } from '../../domain/duties/evaluate';
import type { DatabaseHandle } from '../db';
import { cvDocuments, users } from '../db/schema';
import { seedDatabase } from '.';

const NOW = new Date('2026-12-09T10:00:00Z');

describe('the seeded demo citizens', () => {
	let handle: DatabaseHandle;
	const userBy = async (subject: string) =>
		(await handle.db.select().from(users).where(eq(users.subject, subject)))[0]!;

	beforeAll(async () => {
		handle = await openTemporaryPglite('demo-citizens');
		await seedDatabase(handle.db, { jobCount: 10, now: NOW });
	}, 240_000);
	afterAll(async () => {
		await handle?.close();
	});

	it('signs anna up 9 days before the seed, mohammed 120, and sofie not at all', async () => {
		expect((await userBy('demo-anna')).signedUpOn).toBe('2026-11-30');
		expect((await userBy('demo-mohammed')).signedUpOn).toBe('2026-08-11');
		expect((await userBy('demo-sofie')).signedUpOn).toBeNull();
	});

	it('gives anna half a CV: contact, a job and wishes, but no education and no terms', async () => {
		const anna = await userBy('demo-anna');
		const [row] = await handle.db.select().from(cvDocuments).where(eq(cvDocuments.userId, anna.id));
		expect(row?.version).toBe(1);
		const cv = row!.document as Cv;
		expect(progress(cv)).toMatchObject({ percent: 60, missing: ['education', 'terms'] });
		const items = dutyItems(
			collectFacts(
				{ profile: anna, applications: [], cv, meetings: [], requests: [], sickLeave: null },
				NOW
			),
			'2026-12-09'
		);
		// Two weeks from signing up: due on 14 December, not yet late.
		expect(items.find((item) => item.rule.id === 'cvOnJobnet')).toMatchObject({
			state: 'due',
			dueOn: '2026-12-14'
		});
	});

	it('leaves the other citizens’ CVs unwritten', async () => {
		const rows = await handle.db.select({ userId: cvDocuments.userId }).from(cvDocuments);
		expect(rows).toEqual([{ userId: (await userBy('demo-anna')).id }]);
	});
});
