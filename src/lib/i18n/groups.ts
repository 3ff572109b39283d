/**
 * The texts in groups: the browser downloads a page's groups, not the whole language file (about a
 * fifth of the front page's JavaScript was texts it never showed). The language files stay whole —
 * the translators, the locale checks and the plural tests read them — and the build cuts them into
 * one chunk per language and group (`textChunks` in vite-plugin.ts, named `locale-<lang>.<group>.`).
 *
 * A group lists text keys: a namespace ("calculator") or a part of one ("auth.localIdp"); a key
 * belongs to the group with the longest path that holds it (groups.test.ts checks that every text
 * belongs to exactly one group).
 */
import type { Texts } from './index';

export const textGroups = {
	/** The layout (header, footer, language picker, update banner) and shared components. */
	common: [
		'app',
		'nav',
		'language',
		'install',
		'update',
		'footer',
		'errors',
		'form',
		'notice',
		'offline',
		'sections',
		'auth'
	],
	/** The local sign-in page's texts: the server renders that page itself (local-idp.js). */
	localIdp: ['auth.localIdp'],
	home: ['home'],
	job: [
		'search',
		'jobAd',
		'jobGain',
		'savedSearches',
		'savedJobs',
		'savedShortcuts',
		'recentlyViewed'
	],
	calculator: ['calculator'],
	accessibility: ['accessibility'],
	/** The signed-in layer on every page once she may be signed in: sync, conflicts, her pages' frame. */
	signedIn: ['sync', 'conflict', 'minSide', 'profile'],
	duties: ['duties'],
	cv: ['cv', 'cvPdf'],
	sickLeave: ['sickLeave'],
	booking: ['booking'],
	joblog: ['joblog'],
	console: ['console', 'medarbejder']
} as const satisfies Record<string, readonly string[]>;

export type TextGroup = keyof typeof textGroups;
export const textGroupNames = Object.keys(textGroups) as TextGroup[];

/** The groups every page loads: the root layout's. */
export const COMMON_GROUPS: readonly TextGroup[] = ['common'];

/**
 * The groups each page shows beyond `common`, by SvelteKit route id (a page's, groups.test.ts
 * checks every page has one). Keys that a page's texts point to in another namespace count too:
 * Min side's duties name CV parts and sick-leave steps.
 */
export const pageTextGroups: Record<string, readonly TextGroup[]> = {
	'/': ['home'],
	'/job': ['job'],
	'/job/[id]': ['job'],
	'/beregner': ['calculator'],
	'/tilgaengelighed': ['accessibility'],
	'/offline': [],
	'/logget-ud': [],
	'/(citizen)/min-side': ['duties', 'booking', 'sickLeave', 'cv'],
	'/(citizen)/cv': ['cv'],
	'/(citizen)/joblog': ['joblog'],
	'/(citizen)/samtaler': ['booking'],
	'/(citizen)/sygemeldt': ['sickLeave', 'duties', 'cv'],
	'/(citizen)/sygemeldt/oplysningsskema': ['sickLeave'],
	'/(signed-in)/profil': [],
	'/(caseworker)/medarbejder': ['console', 'booking', 'duties', 'sickLeave', 'cv']
};

/** The groups a route group's layout shows for every page under it. */
const layoutTextGroups: Record<string, readonly TextGroup[]> = {
	'/(citizen)': ['signedIn'],
	'/(signed-in)': ['signedIn'],
	'/(caseworker)': ['signedIn']
};

/** Everything a route shows: `common`, its layouts' groups and its own; `common` alone for none (404). */
export function textGroupsOf(routeId: string | null): TextGroup[] {
	const groups = new Set<TextGroup>(COMMON_GROUPS);
	if (routeId) {
		for (const [layout, own] of Object.entries(layoutTextGroups)) {
			if (routeId === layout || routeId.startsWith(`${layout}/`)) own.forEach((g) => groups.add(g));
		}
		pageTextGroups[routeId]?.forEach((group) => groups.add(group));
	}
	return [...groups];
}

/**
 * The pages an offline citizen opens, as the service worker keeps them (`service-worker/routing.ts`;
 * groups.test.ts checks they match): on her first visit the front and offline pages, from her second
 * visit on the other public pages too. Their groups are loaded once the worker runs, in her language,
 * so it keeps them and the pages show their texts offline.
 */
export const FIRST_VISIT_OFFLINE_ROUTES = ['/', '/offline'];
export const RETURNING_OFFLINE_ROUTES = ['/job', '/job/[id]', '/beregner'];

export function offlineTextGroups(signedIn: boolean, returning: boolean): TextGroup[] {
	const publicRoutes = [
		...FIRST_VISIT_OFFLINE_ROUTES,
		...(returning ? RETURNING_OFFLINE_ROUTES : [])
	];
	const routes = Object.keys(pageTextGroups).filter(
		(route) =>
			publicRoutes.includes(route) ||
			(signedIn && (route.startsWith('/(citizen)/') || route.startsWith('/(signed-in)/')))
	);
	return [...new Set(routes.flatMap(textGroupsOf))];
}

/** The group a text key belongs to ("auth.localIdp.title" → localIdp, "auth.login" → common). */
export function groupOfKey(key: string): TextGroup | undefined {
	let best: { group: TextGroup; length: number } | undefined;
	for (const group of textGroupNames) {
		for (const path of textGroups[group] as readonly string[]) {
			if ((key === path || key.startsWith(`${path}.`)) && path.length > (best?.length ?? -1)) {
				best = { group, length: path.length };
			}
		}
	}
	return best?.group;
}

/** One group's part of a language's texts, in the same tree shape. */
export function textsOfGroup(texts: Texts, group: TextGroup): Texts {
	const out: Texts = {};
	const visit = (node: Texts, path: string[], into: Texts) => {
		for (const [key, value] of Object.entries(node)) {
			const full = [...path, key];
			if (typeof value === 'string') {
				if (groupOfKey(full.join('.')) === group) into[key] = value;
				continue;
			}
			const child: Texts = {};
			visit(value, full, child);
			if (Object.keys(child).length > 0) into[key] = child;
		}
	};
	visit(texts, [], out);
	return out;
}

/** Several groups' texts as one tree (groups of one namespace each fill their own branches). */
export function mergeTexts(target: Texts, source: Texts): Texts {
	for (const [key, value] of Object.entries(source)) {
		const existing = target[key];
		target[key] =
			typeof value === 'object' && typeof existing === 'object'
				? mergeTexts({ ...existing }, value)
				: value;
	}
	return target;
}
