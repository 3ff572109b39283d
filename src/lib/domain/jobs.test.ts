import { describe, expect, it } from 'vitest';
import { jobAdSchema, jobListItemSchema, toJobListItem, toJobSearchList, type JobAd } from './jobs';

const ad: JobAd = {
	id: '6f1c2b8e-3d4a-4b5c-8d9e-0f1a2b3c4d5e',
	title: 'Pædagog til vuggestue',
	employer: 'Aarhus Kommune',
	description: 'Vi søger en pædagog. '.repeat(80),
	occupation: { code: '2342', title: 'Pædagog' },
	municipality: { code: '751', name: 'Aarhus' },
	postalCode: '8000',
	city: 'Aarhus C',
	hours: 'full',
	weeklyHours: 37,
	employmentType: 'permanent',
	postedAt: '2026-11-20T08:00:00.000Z',
	deadline: '2026-12-20',
	applyUrl: 'https://example.org/job/1',
	applyEmail: 'job@example.org',
	contactName: 'Kim Jensen',
	contactPhone: '+45 12 34 56 78',
	hourlyWageKr: 210
};

describe('job list items', () => {
	it('keep what a result list shows and what the gain is computed from, nothing else', () => {
		const item = toJobListItem(ad);
		expect(jobListItemSchema.parse(item)).toEqual(item);
		expect(item).toEqual({
			id: ad.id,
			title: ad.title,
			employer: ad.employer,
			occupation: ad.occupation,
			municipality: ad.municipality,
			postalCode: ad.postalCode,
			city: ad.city,
			hours: ad.hours,
			weeklyHours: ad.weeklyHours,
			employmentType: ad.employmentType,
			postedAt: ad.postedAt,
			deadline: ad.deadline,
			hourlyWageKr: ad.hourlyWageKr
		});
		expect(jobAdSchema.safeParse(item).success).toBe(false);
		expect(JSON.stringify(item).length).toBeLessThan(JSON.stringify(ad).length / 3);
	});

	it('turn a search answer into a list answer, counts and paging unchanged', () => {
		const result = {
			items: [ad],
			nextCursor: 'abc',
			total: 1,
			facets: { municipality: [], region: [], occupation: [], hours: [] },
			fallback: 'none' as const,
			alsoSearched: []
		};
		expect(toJobSearchList(result)).toEqual({ ...result, items: [toJobListItem(ad)] });
	});
});
