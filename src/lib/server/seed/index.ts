import { withBulkJobLoad } from '../db/bulk-load';
import { count } from 'drizzle-orm';
import type { Database } from '../db';
import { jobs, users } from '../db/schema';
import { seedCaseworkerCalendars } from './calendars';
import { seedCvs } from './cvs';
import { demoProfiles, signedUpDaysAgo } from './demo-profiles';
import { addDays, localDateOf } from '../../domain/local-time';
import { SEED } from './ids';
import { jobAdBatches } from './job-ads';

export { SEED };

const INSERT_BATCH = 1_000;

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
	const userIds = await seedDemoUsers(db, localDateOf(now));
	await seedCvs(db);
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

async function seedDemoUsers(db: Database, today: string): Promise<Map<string, string>> {
	const ids = new Map<string, string>();
	for (const { caseworkerSubject, ...rest } of demoProfiles) {
		const caseworkerId = caseworkerSubject ? ids.get(caseworkerSubject) : undefined;
		const daysAgo = signedUpDaysAgo[rest.subject];
		const profile = {
			...rest,
			signedUpOn: daysAgo === undefined ? null : addDays(today, -daysAgo)
		};
		const [inserted] = await db
			.insert(users)
			.values({ ...profile, caseworkerId })
			.onConflictDoUpdate({ target: users.subject, set: { ...profile, caseworkerId } })
			.returning({ id: users.id });
		if (inserted) ids.set(profile.subject, inserted.id);
	}
	return ids;
}
