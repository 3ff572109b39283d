export interface NavItem {
	href: string;
	labelKey: string;
}

export const publicNav: NavItem[] = [
	{ href: '/', labelKey: 'nav.home' },
	{ href: '/job', labelKey: 'nav.job' },
	{ href: '/beregner', labelKey: 'nav.beregner' }
];

export const citizenNav: NavItem[] = [
	{ href: '/min-side', labelKey: 'nav.minSide' },
	{ href: '/job', labelKey: 'nav.job' },
	{ href: '/joblog', labelKey: 'nav.joblog' },
	{ href: '/cv', labelKey: 'nav.cv' },
	{ href: '/samtaler', labelKey: 'nav.samtaler' },
	{ href: '/beregner', labelKey: 'nav.beregner' },
	{ href: '/sygemeldt', labelKey: 'nav.sygemeldt' },
	{ href: '/profil', labelKey: 'nav.profil' }
];

export const caseworkerNav: NavItem[] = [
	{ href: '/medarbejder', labelKey: 'nav.medarbejder' },
	{ href: '/job', labelKey: 'nav.job' },
	{ href: '/beregner', labelKey: 'nav.beregner' },
	{ href: '/profil', labelKey: 'nav.profil' }
];

export function isCurrent(pathname: string, href: string) {
	return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}
