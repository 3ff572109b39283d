import { eq, inArray } from 'drizzle-orm';
import type { JobAd } from '../domain/jobs';
import { isUuid } from '../domain/validation';
import { municipalityByCode } from '../domain/taxonomy/municipalities';
import type { Database } from './db';
import { jobs } from './db/schema';

/** The columns an ad shows: a whole row, a search page's row, or a generated seed ad. */
export type JobAdColumns = Omit<
	typeof jobs.$inferSelect,
	'externalId' | 'createdAt' | 'updatedAt' | 'searchVector' | 'rankVector'
>;

export function toJobAd(row: JobAdColumns): JobAd {
	return {
		id: row.id,
		title: row.title,
		employer: row.employer,
		description: row.description,
		occupation: { code: row.occupationCode, title: row.occupationTitle },
		municipality: {
			code: row.municipalityCode,
			name: municipalityByCode(row.municipalityCode)?.name ?? row.city
		},
		postalCode: row.postalCode,
		city: row.city,
		hours: row.hours,
		weeklyHours: row.weeklyHours,
		employmentType: row.employmentType,
		postedAt: row.postedAt.toISOString(),
		deadline: row.deadline,
		applyUrl: row.applyUrl,
		applyEmail: row.applyEmail,
		contactName: row.contactName,
		contactPhone: row.contactPhone,
		hourlyWageKr: row.hourlyWageKr
	};
}

export async function findJobAd(db: Database, id: string): Promise<JobAd | null> {
	if (!isUuid(id)) return null;
	const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
	return row ? toJobAd(row) : null;
}

export async function findJobAds(db: Database, ids: string[]): Promise<Map<string, JobAd>> {
	if (ids.length === 0) return new Map();
	const rows = await db.select().from(jobs).where(inArray(jobs.id, ids));
	return new Map(rows.map((row) => [row.id, toJobAd(row)]));
}
