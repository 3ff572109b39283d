import { withBulkJobLoad } from '../db/bulk-load';
import { count, eq } from 'drizzle-orm';
import { addDays, isoWeekday, localDateOf, localDateTimeToUtc } from '../../domain/local-time';
import type { Database } from '../db';
import { jobs, slots, users } from '../db/schema';
import { demoProfiles } from './demo-profiles';
import { SEED } from './ids';
import { jobAdBatches } from './job-ads';

export { SEED };

const INSERT_BATCH = 1_000;
const SLOT_TIMES = ['09:00', '09:45', '10:30', '11:15', '12:30', '13:15', '14:00'];
const SLOT_MINUTES = 40;
const CALENDAR_WEEKS = 8;

export interface SeedReport {
	users: number;
	jobs: number;
	slots: number;
	milliseconds: number;
}

/** Seeds only an empty database, so restarting `npm start` never touches what citizens saved. */
export async function seedIfEmpty(
	db: Database,
	options: { jobCount: number; now?: Date; log?: (line: string) => void }
): Promise<SeedReport | null> {
	const [row] = await db.select({ n: count() }).from(users);
	if ((row?.n ?? 0) > 0) return null;
	return seedDatabase(db, options);
}

export async function seedDatabase(
	db: Database,
	{
		jobCount,
		now = new Date(),
		log = () => {}
	}: { jobCount: number; now?: Date; log?: (line: string) => void }
): Promise<SeedReport> {
	const started = performance.now();
	const userIds = await seedDemoUsers(db);
	let jobTotal = 0;
	await withBulkJobLoad(db, async () => {
		for (const batch of jobAdBatches(jobCount, { seed: SEED, now }, INSERT_BATCH)) {
			await db
				.insert(jobs)
				.values(batch.map((ad) => ({ ...ad, postedAt: new Date(ad.postedAt) })))
				.onConflictDoNothing();
			jobTotal += batch.length;
			if (jobTotal % 10_000 === 0) log(`  ${jobTotal.toLocaleString('da-DK')} jobannoncer`);
		}
	});
	const slotTotal = await seedCaseworkerCalendars(db, now);
	return {
		users: userIds.size,
		jobs: jobTotal,
		slots: slotTotal,
		milliseconds: Math.round(performance.now() - started)
	};
}

async function seedDemoUsers(db: Database): Promise<Map<string, string>> {
	const ids = new Map<string, string>();
	for (const { caseworkerSubject, ...profile } of demoProfiles) {
		const caseworkerId = caseworkerSubject ? ids.get(caseworkerSubject) : undefined;
		const [inserted] = await db
			.insert(users)
			.values({ ...profile, caseworkerId })
			.onConflictDoUpdate({ target: users.subject, set: { ...profile, caseworkerId } })
			.returning({ id: users.id });
		if (inserted) ids.set(profile.subject, inserted.id);
	}
	return ids;
}

/** Weekday slots for every caseworker for the next eight weeks, at Copenhagen office hours. */
async function seedCaseworkerCalendars(db: Database, now: Date) {
	const caseworkers = await db
		.select({ id: users.id, jobcenter: users.jobcenter })
		.from(users)
		.where(eq(users.role, 'caseworker'));
	const today = localDateOf(now);
	const rows: (typeof slots.$inferInsert)[] = [];
	for (const caseworker of caseworkers) {
		for (let day = 1; day <= CALENDAR_WEEKS * 7; day++) {
			const date = addDays(today, day);
			if (isoWeekday(date) > 5) continue;
			for (const time of SLOT_TIMES) {
				const startsAt = localDateTimeToUtc(date, time);
				rows.push({
					caseworkerId: caseworker.id,
					startsAt,
					endsAt: new Date(startsAt.getTime() + SLOT_MINUTES * 60_000),
					location: caseworker.jobcenter
				});
			}
		}
	}
	for (let i = 0; i < rows.length; i += INSERT_BATCH) {
		await db
			.insert(slots)
			.values(rows.slice(i, i + INSERT_BATCH))
			.onConflictDoNothing();
	}
	return rows.length;
}
