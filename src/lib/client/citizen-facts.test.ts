import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyCv } from '../domain/cv/model';
import { emptySickLeaveStatus } from '../domain/sick-leave';
import { readCitizenFacts } from './citizen-facts';
import { openUserDb, userDbName, type UserDb } from './db';

const USER = '00000000-0000-4000-8000-0000000000aa';
/** Wednesday 9 December 2026, 11:00 in Copenhagen. */
const NOW = new Date('2026-12-09T10:00:00.000Z');
const stamp = '2026-12-01T10:00:00.000Z';

async function freshDb(): Promise<UserDb> {
	return openUserDb(USER, userDbName(`facts-${crypto.randomUUID()}`));
}

const stored = <T>(doc: T) => ({ doc, base: doc, etag: '"1"', updatedAt: stamp });

const meeting = (id: string, startsAt: string, status: string) => ({
	id,
	startsAt,
	endsAt: new Date(Date.parse(startsAt) + 45 * 60_000).toISOString(),
	channel: 'phone',
	status
});

async function fill(db: UserDb) {
	const cv = emptyCv();
	cv.contact.name = 'Anna';
	cv.contact.email = 'anna@example.dk';
	cv.wishes.jobTitles = ['Lagerarbejder'];
	await db.put('cv', stored(cv) as never, USER as 'me');
	await db.put(
		'sickLeave',
		stored({ ...emptySickLeaveStatus(), firstAbsenceDay: '2026-11-01' }) as never,
		USER as 'me'
	);
	for (const m of [
		meeting('10000000-0000-4000-8000-000000000001', '2026-11-20T09:00:00.000Z', 'held'),
		meeting('10000000-0000-4000-8000-000000000002', '2026-12-10T09:00:00.000Z', 'booked'),
		meeting('10000000-0000-4000-8000-000000000003', '2026-12-08T09:00:00.000Z', 'booked'),
		meeting('10000000-0000-4000-8000-000000000004', '2026-12-09T12:00:00.000Z', 'cancelled')
	])
		await db.put('meetings', m as never);
	for (const r of [
		{
			id: '20000000-0000-4000-8000-000000000001',
			requestedAt: '2026-11-01T08:00:00.000Z',
			deadline: '2026-11-11',
			status: 'closed'
		},
		{
			id: '20000000-0000-4000-8000-000000000002',
			requestedAt: '2026-12-07T08:00:00.000Z',
			deadline: '2026-12-17',
			status: 'open'
		}
	])
		await db.put('conversationRequests', r as never);
	await db.put('joblog', {
		id: '30000000-0000-4000-8000-000000000001',
		appliedOn: '2026-12-08',
		jobTitle: 'Lagerarbejder',
		employer: 'Lager A/S',
		method: 'online',
		status: 'sent',
		note: '',
		jobId: null,
		createdAt: stamp,
		updatedAt: stamp
	} as never);
}

describe('readCitizenFacts', () => {
	it('reads every feature’s store on the phone into her facts', async () => {
		const db = await freshDb();
		await fill(db);
		const facts = await readCitizenFacts(
			db,
			{ id: USER, benefitType: 'sygedagpenge', targetGroup: null, signedUpOn: null },
			NOW
		);
		expect(facts).toEqual({
			situation: 'sygedagpenge',
			signedUpOn: null,
			applications: [{ appliedOn: '2026-12-08' }],
			cv: {
				percent: 40,
				missing: [
					'cv.progress.parts.experience',
					'cv.progress.parts.education',
					'cv.progress.parts.terms'
				]
			},
			// The one on 8 December is over; the cancelled one does not count.
			meetings: { next: { startsAt: '2026-12-10T09:00:00.000Z', date: '2026-12-10' }, held: 1 },
			conversationRequest: { requestedOn: '2026-12-07', deadline: '2026-12-17' },
			sickLeave: {
				firstSickDay: '2026-11-01',
				expectedReturn: null,
				// First follow-up by the end of week 8: day 56.
				next: { date: '2026-12-26', textKey: 'sickLeave.timeline.steps.firstFollowUp' }
			}
		});
	});

	it('keeps sick leave out for someone not on sygedagpenge', async () => {
		const db = await freshDb();
		await fill(db);
		const facts = await readCitizenFacts(
			db,
			{
				id: USER,
				benefitType: 'dagpenge',
				targetGroup: 'Dagpengemodtager',
				signedUpOn: '2026-11-30'
			},
			NOW
		);
		expect(facts.situation).toBe('dagpenge');
		// The day she signed up comes from her profile: the CV deadline counts from it.
		expect(facts.signedUpOn).toBe('2026-11-30');
		expect(facts.sickLeave).toBeNull();
		expect(facts.cv?.percent).toBe(40);
	});

	it('says “not known” for documents never kept on this phone, and none for empty stores', async () => {
		const db = await freshDb();
		const facts = await readCitizenFacts(
			db,
			{ id: USER, benefitType: 'sygedagpenge', targetGroup: null, signedUpOn: null },
			NOW
		);
		expect(facts.cv).toBeNull();
		expect(facts.sickLeave).toBeNull();
		expect(facts.meetings).toEqual({ next: null, held: 0 });
		expect(facts.conversationRequest).toBeNull();
	});
});
