/**
 * The sick-leave fast track registers her conversation request (issues #15 and #16), against a real
 * database: a temporary PGlite always, and PostgreSQL when TEST_DATABASE_URL is set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTemporaryPglite, postgresForSuite } from '../../../tests/support/databases';
import { conversationDeadline } from '../domain/booking/deadline';
import { localDateOf } from '../domain/local-time';
import { openRequests } from './booking/console';
import { listRequests } from './booking/requests';
import type { DatabaseHandle } from './db';
import { users, type User } from './db/schema';
import { createSickLeaveReport } from './sick-leave-reports';

function defineSuite(name: string, open: () => Promise<DatabaseHandle>) {
	describe(`the fast track on ${name}`, () => {
		let handle: DatabaseHandle;
		let serial = 0;
		const citizen = async (): Promise<User> => {
			const [user] = await handle.db
				.insert(users)
				.values({
					subject: `fast-track-${++serial}`,
					name: 'Test',
					role: 'citizen',
					municipalityCode: '751'
				})
				.returning();
			return user!;
		};
		const today = localDateOf(new Date());
		const fastTrack = (id = crypto.randomUUID()) =>
			({ id, kind: 'fastTrack', reportedOn: today }) as const;

		// PGlite runs every migration first, slowly on a busy machine.
		beforeAll(async () => {
			handle = await open();
		}, 240_000);
		afterAll(() => handle?.close());

		it('registers one open request under the report, with the 14-day deadline', async () => {
			const user = await citizen();
			const first = fastTrack();
			await createSickLeaveReport(handle.db, user, first);
			// The same report again (a retry) and a second fast-track report: still one request.
			await createSickLeaveReport(handle.db, user, first);
			await createSickLeaveReport(handle.db, user, fastTrack());
			const requests = await listRequests(handle.db, user.id);
			expect(requests).toEqual([
				expect.objectContaining({
					id: first.id,
					kind: 'fastTrack',
					topic: 'sygdom',
					status: 'open'
				})
			]);
			expect(requests[0]!.deadline).toBe(
				conversationDeadline(new Date(requests[0]!.requestedAt), 'fastTrack')
			);
			// Her jobcentre's console lists it among the open requests.
			const [caseworker] = await handle.db
				.insert(users)
				.values({
					subject: `fast-track-caseworker-${++serial}`,
					name: 'Sagsbehandler',
					role: 'caseworker',
					municipalityCode: '751',
					jobcenter: 'Jobcenter Aarhus'
				})
				.returning();
			const listed = (await openRequests(handle.db, caseworker!)).filter(
				(item) => item.id === first.id
			);
			expect(listed).toEqual([
				expect.objectContaining({ kind: 'fastTrack', deadline: requests[0]!.deadline })
			]);
		});

		it('closes the request when she withdraws the report the same day', async () => {
			const user = await citizen();
			const report = fastTrack();
			await createSickLeaveReport(handle.db, user, report);
			await createSickLeaveReport(handle.db, user, {
				id: crypto.randomUUID(),
				kind: 'withdrawal',
				reportedOn: today,
				withdraws: report.id
			});
			expect((await listRequests(handle.db, user.id)).map((r) => r.status)).toEqual(['closed']);
			// Asking again later opens a new one.
			const again = fastTrack();
			await createSickLeaveReport(handle.db, user, again);
			const open = (await listRequests(handle.db, user.id)).filter((r) => r.status === 'open');
			expect(open.map((r) => r.id)).toEqual([again.id]);
		});

		it('makes no request for her other reports', async () => {
			const user = await citizen();
			await createSickLeaveReport(handle.db, user, {
				id: crypto.randomUUID(),
				kind: 'fullReturn',
				reportedOn: today,
				date: today
			});
			expect(await listRequests(handle.db, user.id)).toEqual([]);
		});
	});
}

defineSuite('PGlite', () => openTemporaryPglite('fast-track-test'));
const openPostgres = postgresForSuite('fast_track');
if (openPostgres) defineSuite('PostgreSQL', openPostgres);
