// Job ads for the offline search's tests (domain/offline-search.test.ts, client/job-cache.test.ts).
import type { JobSearchQuery } from './job-search';
import { defaultSort } from './job-search';
import type { JobAd } from './jobs';

export const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export function ad(n: number, fields: Partial<JobAd> = {}): JobAd {
	return {
		id: id(n),
		title: `Stilling ${n}`,
		employer: 'Arbejdsgiver ApS',
		description: 'En almindelig stilling.',
		occupation: { code: '9112', title: 'Rengøringsassistent' },
		municipality: { code: '751', name: 'Aarhus' },
		postalCode: '8000',
		city: 'Aarhus C',
		hours: 'full',
		weeklyHours: 37,
		employmentType: 'permanent',
		postedAt: '2026-02-01T08:00:00.000Z',
		deadline: null,
		applyUrl: null,
		applyEmail: null,
		contactName: null,
		contactPhone: null,
		hourlyWageKr: null,
		...fields
	};
}

export function query(fields: Partial<JobSearchQuery> = {}): JobSearchQuery {
	return { sort: defaultSort(fields.q), limit: 20, ...fields };
}

export const minutes = (start: Date, n: number) => new Date(start.getTime() + n * 60_000);

/**
 * 23:30 UTC on 1 March is 00:30 on 2 March in Copenhagen: "today" is 2 March, so an ad whose
 * deadline was 1 March has expired although the UTC date is still 1 March.
 */
export const NOW = new Date('2026-03-01T23:30:00.000Z');
export const EARLIER = new Date('2026-03-01T12:00:00.000Z');

export const paedagog = ad(1, {
	title: 'Pædagog til børnehave',
	employer: 'Børnehuset Solsikken',
	description: 'Vi søger en glad og nærværende pædagog til vores børnehave.',
	occupation: { code: '2342', title: 'Pædagog' },
	municipality: { code: '751', name: 'Aarhus' },
	postalCode: '8200',
	city: 'Aarhus N',
	hours: 'full',
	postedAt: '2026-02-20T08:00:00.000Z',
	deadline: '2026-03-15'
});
export const sygeplejerske = ad(2, {
	title: 'Sygeplejersker til akutmodtagelsen',
	employer: 'Aarhus Universitetshospital',
	description: 'Akutmodtagelsen søger erfarne kolleger til dag- og aftenvagter.',
	occupation: { code: '2221', title: 'Sygeplejerske' },
	municipality: { code: '751', name: 'Aarhus' },
	postalCode: '8000',
	city: 'Aarhus C',
	hours: 'full',
	postedAt: '2026-02-25T08:00:00.000Z',
	deadline: '2026-03-05'
});
export const toemrer = ad(3, {
	title: 'Tømrer til renovering',
	employer: 'Byg & Bo ApS',
	description: 'Renovering af parcelhuse i hele Midtjylland.',
	occupation: { code: '7115', title: 'Tømrer' },
	municipality: { code: '740', name: 'Silkeborg' },
	postalCode: '8600',
	city: 'Silkeborg',
	hours: 'part',
	weeklyHours: 25,
	postedAt: '2026-02-28T08:00:00.000Z',
	deadline: null
});
export const kok = ad(4, {
	title: 'Kok til kantine',
	employer: 'Kantinen A/S',
	description: 'Køkkenet samarbejder tæt med pædagoger i børnehaven ved siden af.',
	occupation: { code: '5120', title: 'Kok' },
	municipality: { code: '101', name: 'København' },
	postalCode: '2300',
	city: 'København S',
	hours: 'part',
	weeklyHours: 30,
	postedAt: '2026-03-01T07:00:00.000Z',
	deadline: '2026-03-20'
});
export const medhjaelper = ad(5, {
	title: 'Pædagogmedhjælper, vikar',
	employer: 'Aalborg Kommune',
	description: 'Vikariat i en integreret institution.',
	occupation: { code: '5311', title: 'Pædagogmedhjælper' },
	municipality: { code: '851', name: 'Aalborg' },
	postalCode: '9000',
	city: 'Aalborg',
	hours: 'part',
	weeklyHours: 20,
	postedAt: '2026-02-10T08:00:00.000Z',
	deadline: null
});
export const expired = ad(6, {
	title: 'Pædagog i vuggestue',
	occupation: { code: '2342', title: 'Pædagog' },
	postedAt: '2026-02-15T08:00:00.000Z',
	deadline: '2026-03-01'
});
export const lastDay = ad(7, {
	title: 'Pædagog til SFO',
	occupation: { code: '2342', title: 'Pædagog' },
	postedAt: '2026-02-12T08:00:00.000Z',
	deadline: '2026-03-02'
});
export const all = [paedagog, sygeplejerske, toemrer, kok, medhjaelper, expired, lastDay];
