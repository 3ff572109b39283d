import type { CitizenSection } from '$lib/domain/min-side';

export interface NavItem {
	href: string;
	labelKey: string;
}

export type Section = CitizenSection | 'medarbejder';

/**
 * The one list of sections that work today: the menu, the front page and Min side offer only these,
 * so none of them promises a page still to come; add a section here when it works.
 */
const availableSections: ReadonlySet<Section> = new Set<Section>([
	'job',
	'joblog',
	'cv',
	'samtaler',
	'medarbejder',
	'beregner',
	'sygemeldt',
	'profil'
]);

export function isAvailable(section: Section): boolean {
	return availableSections.has(section);
}

const sectionItem = (section: Section): NavItem => ({
	href: `/${section}`,
	labelKey: `nav.${section}`
});

export const publicNav: NavItem[] = [
	{ href: '/', labelKey: 'nav.home' },
	{ href: '/job', labelKey: 'nav.job' },
	{ href: '/beregner', labelKey: 'nav.beregner' }
];

export const citizenNav: NavItem[] = [
	{ href: '/min-side', labelKey: 'nav.minSide' },
	...(['job', 'joblog', 'cv', 'samtaler', 'beregner', 'sygemeldt', 'profil'] as const)
		.filter(isAvailable)
		.map(sectionItem)
];

/** The caseworker console: the day's meetings, slots, requests and feedback. */
export const caseworkerNav: NavItem[] = [
	{ href: '/medarbejder', labelKey: 'nav.medarbejder' },
	{ href: '/job', labelKey: 'nav.job' },
	{ href: '/beregner', labelKey: 'nav.beregner' },
	{ href: '/profil', labelKey: 'nav.profil' }
];

export function isCurrent(pathname: string, href: string) {
	return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}
