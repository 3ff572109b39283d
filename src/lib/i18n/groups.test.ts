import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INSTALL_ROUTES, PUBLIC_OFFLINE_ROUTES } from '../../../service-worker/routing';
import { routeIdOf } from '../../../service-worker/route-files';
import { resources } from './all';
import {
	groupOfKey,
	FIRST_VISIT_OFFLINE_ROUTES,
	RETURNING_OFFLINE_ROUTES,
	offlineTextGroups,
	pageTextGroups,
	textGroupNames,
	textGroups,
	textGroupsOf,
	textsOfGroup
} from './groups';
import { languages } from './index';
import { loadTexts } from './load';
import { flatten } from './locale-checks';

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]
	);
}

describe('text groups', () => {
	it('give every text exactly one group', () => {
		const paths = textGroupNames.flatMap((group) => [...textGroups[group]]);
		expect(paths.length, 'a path listed in two groups').toBe(new Set(paths).size);
		const keys = flatten(resources.da).map(([key]) => key);
		expect(keys.filter((key) => groupOfKey(key) === undefined)).toEqual([]);
		// Every listed path names texts that exist: no group is left pointing at nothing.
		for (const path of paths) {
			expect(
				keys.some((key) => key === path || key.startsWith(`${path}.`)),
				path
			).toBe(true);
		}
	});

	it('cut each language into parts that together are the whole file, with no text twice', () => {
		for (const lang of languages) {
			const whole = flatten(resources[lang]);
			const parts = textGroupNames.flatMap((group) =>
				flatten(textsOfGroup(resources[lang], group))
			);
			expect(parts.length, lang).toBe(whole.length);
			expect(Object.fromEntries(parts)).toEqual(Object.fromEntries(whole));
		}
	});

	it('leave the local sign-in page’s texts out of every page’s common texts', () => {
		const common = textsOfGroup(resources.da, 'common') as { auth: Record<string, unknown> };
		expect(common.auth.login).toBe(resources.da.auth && (resources.da.auth as never)['login']);
		expect(common.auth.localIdp).toBeUndefined();
		expect(groupOfKey('auth.localIdp.title')).toBe('localIdp');
	});

	it('are loaded as the build cuts them (virtual:texts), in the language asked for', async () => {
		expect(await loadTexts('uk', ['job', 'common'])).toEqual({
			...textsOfGroup(resources.uk, 'common'),
			...textsOfGroup(resources.uk, 'job')
		});
	});
});

describe('the pages’ text groups', () => {
	const pageRoutes = filesUnder('src/routes')
		.filter((file) => file.endsWith('+page.svelte'))
		.map((file) => routeIdOf(`/${file}`))
		.sort();

	it('name every page, and only pages that exist', () => {
		expect(Object.keys(pageTextGroups).sort()).toEqual(pageRoutes);
	});

	it('add a route group’s and the page’s own groups to the common ones', () => {
		expect(textGroupsOf('/beregner')).toEqual(['common', 'calculator']);
		expect(textGroupsOf('/(citizen)/cv')).toEqual(['common', 'signedIn', 'cv']);
		expect(textGroupsOf(null)).toEqual(['common']);
	});

	it('keep for offline use the groups of the pages the service worker keeps', () => {
		expect(FIRST_VISIT_OFFLINE_ROUTES).toEqual(INSTALL_ROUTES);
		expect(RETURNING_OFFLINE_ROUTES).toEqual(PUBLIC_OFFLINE_ROUTES);
		expect(offlineTextGroups(false, false).sort()).toEqual(['common', 'home']);
		expect(offlineTextGroups(false, true).sort()).toEqual(['calculator', 'common', 'home', 'job']);
		const signedIn = offlineTextGroups(true, false);
		expect(signedIn).toEqual(expect.arrayContaining(['signedIn', 'cv', 'booking', 'joblog']));
		expect(signedIn).not.toContain('console');
	});
});

describe('browser code', () => {
	it('never imports a whole language file, nor all.ts', () => {
		const browserFiles = filesUnder('src').filter(
			(file) =>
				/\.(ts|js|svelte)$/.test(file) &&
				!/\.(test|testkit)\.ts$/.test(file) &&
				!file.startsWith(join('src', 'lib', 'server')) &&
				!/\.server\.ts$/.test(file) &&
				!['all.ts', 'vite-plugin.ts'].includes(relative(join('src', 'lib', 'i18n'), file))
		);
		const offenders = browserFiles.filter((file) =>
			/from ['"][^'"]*(locales\/\w+\.json|i18n\/all)['"]|import\(['"][^'"]*locales\//.test(
				readFileSync(file, 'utf8')
			)
		);
		expect(offenders).toEqual([]);
	});
});
