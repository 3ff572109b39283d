import { describe, expect, it } from 'vitest';
import { pathOfRoute, routeFilesOf, routeIdOf, type RouteFiles } from './route-files';
import {
	isCvPdfFile,
	isFirstScreenFile,
	isKeptPageFresh,
	isPublicPage,
	KEPT_PAGES,
	needsKeeping,
	pagesOverLimit,
	phonePageKind,
	precacheTiers,
	textChunksOf,
	tierOfRoute
} from './routing';

/** A small build: the app's start, the public pages, the signed-in area and the caseworker's. */
const routeFiles: RouteFiles = {
	'': ['/_app/immutable/entry/start.js', '/_app/immutable/chunks/runtime.js'],
	'/': ['/_app/immutable/nodes/0.js', '/_app/immutable/assets/0.css'],
	'/job': ['/_app/immutable/nodes/3.js', '/_app/immutable/chunks/search.js'],
	'/job/[id]': ['/_app/immutable/nodes/4.js'],
	'/beregner': ['/_app/immutable/nodes/5.js'],
	'/offline': ['/_app/immutable/nodes/6.js'],
	'/tilgaengelighed': ['/_app/immutable/nodes/7.js'],
	'/(citizen)': ['/_app/immutable/nodes/8.js', '/_app/immutable/chunks/runtime.js'],
	'/(citizen)/cv': ['/_app/immutable/nodes/9.js', '/_app/immutable/chunks/cv-pdf.X.js'],
	'/(citizen)/min-side': ['/_app/immutable/nodes/10.js'],
	'/(signed-in)/profil': ['/_app/immutable/nodes/11.js'],
	'/(caseworker)': ['/_app/immutable/nodes/12.js'],
	'/(caseworker)/medarbejder': ['/_app/immutable/nodes/13.js', '/_app/immutable/chunks/console.js']
};
const manifest = {
	build: [
		...new Set(Object.values(routeFiles).flat()),
		'/_app/immutable/chunks/da.js',
		'/_app/version.json'
	],
	files: [
		'/favicon.svg',
		'/fonts/Plex.woff2',
		'/icons/icon-512.png',
		'/robots.txt',
		'/manifest.webmanifest'
	],
	prerendered: [
		'/offline',
		'/offline/__data.json',
		'/tilgaengelighed',
		'/cv',
		'/cv/__data.json',
		'/min-side',
		'/profil',
		'/medarbejder',
		'/medarbejder/__data.json'
	],
	version: 'v7',
	routeFiles
};
const urls = (entries: { url: string }[]) => entries.map((entry) => entry.url);

describe('service worker routing', () => {
	it('never treats API, login or provider paths as cacheable pages', () => {
		for (const path of ['/api/v1/me', '/login', '/logout', '/auth/callback', '/oidc/auth']) {
			expect(isPublicPage(path)).toBe(false);
		}
		for (const path of ['/', '/job', '/beregner', '/job/123', '/apis']) {
			expect(isPublicPage(path)).toBe(true);
		}
	});

	it('answers the job search and ad pages from the phone when the page itself was never kept', () => {
		expect(phonePageKind('/job')).toBe('search');
		expect(phonePageKind('/job/3f2b8c1e-0c4d-4a5b-9e6f-123456789abc')).toBe('ad');
		for (const path of ['/job/123', '/job/aldrig-besoegt', '/joblog', '/', '/beregner']) {
			expect(phonePageKind(path)).toBeNull();
		}
	});

	it('keeps a tapped page unless it, or for phone pages a page of its kind, is kept already', () => {
		const at = (path: string) => new URL(path, 'https://vj.example');
		const ad = '/job/3f2b8c1e-0c4d-4a5b-9e6f-123456789abc';
		const otherAd = '/job/00000000-0c4d-4a5b-9e6f-123456789abc';
		expect(needsKeeping(at(ad), [])).toBe(true);
		expect(needsKeeping(at('/'), [at('/beregner')])).toBe(true);
		expect(needsKeeping(at('/'), [at('/')])).toBe(false);
		expect(needsKeeping(at(ad), [at(otherAd)])).toBe(false);
		expect(needsKeeping(at('/job?q=lager'), [at('/job?q=smed')])).toBe(false);
		expect(needsKeeping(at('/job?q=lager'), [at(`${ad}/__data.json`)])).toBe(true);
		expect(needsKeeping(at('/login?returnTo=%2F'), [])).toBe(false);
		expect(needsKeeping(at('/__data.json'), [])).toBe(false);
	});

	it('precaches at install only the app start, the root layout, the offline page and the fonts', () => {
		const tiers = precacheTiers(manifest);
		expect(urls(tiers.install).sort()).toEqual(
			[
				'/_app/immutable/entry/start.js',
				'/_app/immutable/chunks/runtime.js',
				'/_app/immutable/nodes/0.js',
				'/_app/immutable/assets/0.css',
				'/_app/immutable/nodes/6.js',
				'/favicon.svg',
				'/fonts/Plex.woff2',
				'/manifest.webmanifest',
				'/offline',
				'/offline/__data.json'
			].sort()
		);
		// Hashed names need no revision; the rest are new with each version.
		expect(tiers.install.find((entry) => entry.url === '/offline')?.revision).toBe('v7');
		expect(tiers.install.find((entry) => entry.url.endsWith('start.js'))?.revision).toBeNull();
		const installUrls = urls(tiers.install);
		for (const url of [
			...urls(tiers.public),
			...urls(tiers['signed-in']),
			...urls(tiers.caseworker)
		]) {
			expect(installUrls).not.toContain(url);
		}
		expect(installUrls.filter((url) => /medarbejder|nodes\/1[23]|console/.test(url))).toEqual([]);
		// Only the static files fetched past the browser's cache otherwise get it asked first.
		expect(
			['/fonts/Plex.woff2', '/favicon.svg', '/manifest.webmanifest'].every(isFirstScreenFile)
		).toBe(true);
		expect(
			['/offline', '/icons/icon-512.png', '/_app/immutable/nodes/0.js'].some(isFirstScreenFile)
		).toBe(false);
	});

	it('keeps the other public pages for the second visit: job search, an ad, the calculator', () => {
		const tiers = precacheTiers(manifest);
		expect(urls(tiers.public).sort()).toEqual(
			[
				'/_app/immutable/nodes/3.js',
				'/_app/immutable/chunks/search.js',
				'/_app/immutable/nodes/4.js',
				'/_app/immutable/nodes/5.js'
			].sort()
		);
		expect(tiers.public.every((entry) => entry.revision === null)).toBe(true);
	});

	it('keeps the signed-in area, and the caseworker area, in tiers of their own', () => {
		const tiers = precacheTiers(manifest);
		expect(urls(tiers['signed-in']).sort()).toEqual(
			[
				'/_app/immutable/nodes/8.js',
				'/_app/immutable/nodes/9.js',
				'/_app/immutable/nodes/10.js',
				'/_app/immutable/nodes/11.js',
				'/cv',
				'/cv/__data.json',
				'/min-side',
				'/profil'
			].sort()
		);
		expect(urls(tiers.caseworker).sort()).toEqual(
			[
				'/_app/immutable/chunks/console.js',
				'/_app/immutable/nodes/12.js',
				'/_app/immutable/nodes/13.js',
				'/medarbejder',
				'/medarbejder/__data.json'
			].sort()
		);
		// Another public page, a language's texts and the version file are kept when first loaded.
		const everyTier = [
			...urls(tiers.install),
			...urls(tiers.public),
			...urls(tiers['signed-in']),
			...urls(tiers.caseworker)
		];
		for (const url of [
			'/tilgaengelighed',
			'/_app/immutable/nodes/7.js',
			'/_app/immutable/chunks/da.js'
		]) {
			expect(everyTier).not.toContain(url);
		}
		expect(
			everyTier.filter((url) => url.endsWith('version.json') || url.startsWith('/icons/'))
		).toEqual([]);
	});

	it('without a route map (dev server) keeps every build file at install', () => {
		const tiers = precacheTiers({ ...manifest, routeFiles: null });
		expect(urls(tiers.install)).toContain('/_app/immutable/nodes/13.js');
		expect(urls(tiers.install)).toContain('/min-side');
		expect(tiers.public).toEqual([]);
		expect(tiers['signed-in']).toEqual([]);
	});

	it('sorts routes into tiers by their group', () => {
		expect(tierOfRoute('/(caseworker)/medarbejder/borger/[id]')).toBe('caseworker');
		expect(tierOfRoute('/(citizen)/joblog')).toBe('signed-in');
		expect(tierOfRoute('/(signed-in)/profil')).toBe('signed-in');
		expect(tierOfRoute('/job/[id]')).toBe('public');
		expect(pathOfRoute('/(citizen)/cv')).toBe('/cv');
		expect(pathOfRoute('/')).toBe('/');
	});

	it('maps a route to its chunk and what that imports statically, stylesheets included', () => {
		expect(routeIdOf('/repo/src/routes/(citizen)/cv/+page.svelte')).toBe('/(citizen)/cv');
		expect(routeIdOf('/repo/src/routes/+layout.svelte')).toBe('/');
		expect(routeIdOf('/repo/src/routes/job/[id]/+page.ts')).toBe('/job/[id]');
		expect(routeIdOf('/repo/src/lib/client/sync.ts')).toBeNull();
		const chunk = (file: string, more: Partial<Parameters<typeof routeFilesOf>[0][0]> = {}) => ({
			file,
			isEntry: false,
			route: null,
			imports: [],
			css: [],
			assets: [],
			...more
		});
		const files = routeFilesOf([
			chunk('_app/immutable/entry/start.js', {
				isEntry: true,
				imports: ['_app/immutable/chunks/a.js']
			}),
			chunk('_app/immutable/chunks/a.js'),
			chunk('_app/immutable/chunks/b.js', {
				imports: ['_app/immutable/chunks/a.js'],
				css: ['_app/immutable/assets/b.css']
			}),
			chunk('_app/immutable/nodes/3.js', {
				route: '/job',
				imports: ['_app/immutable/chunks/b.js']
			}),
			chunk('_app/immutable/chunks/lazy.js')
		]);
		expect(files).toEqual({
			'': ['/_app/immutable/chunks/a.js', '/_app/immutable/entry/start.js'],
			'/job': [
				'/_app/immutable/assets/b.css',
				'/_app/immutable/chunks/a.js',
				'/_app/immutable/chunks/b.js',
				'/_app/immutable/nodes/3.js'
			]
		});
	});

	it('leaves the CV PDF chunk and fonts out of the precache (kept when /cv opens)', () => {
		const pdfChunk = '/_app/immutable/chunks/cv-pdf.B2x9kLq1.js';
		const font = '/_app/immutable/assets/DejaVuSans-subset.Cq0w1a2B.ttf';
		const boldFont = '/_app/immutable/assets/DejaVuSans-Bold-subset.Dd9sXz0a.ttf';
		for (const url of [pdfChunk, font, boldFont]) expect(isCvPdfFile(url)).toBe(true);
		for (const url of [
			'/_app/immutable/chunks/B2x9kLq1.js',
			'/_app/immutable/assets/0.css',
			'/cv'
		]) {
			expect(isCvPdfFile(url)).toBe(false);
		}
		const build = ['/_app/immutable/chunks/B2x9kLq1.js', pdfChunk, font, boldFont];
		const tiers = precacheTiers({
			build,
			files: [],
			prerendered: ['/cv'],
			version: 'v1',
			routeFiles: { '/(citizen)/cv': build }
		});
		expect(urls(tiers['signed-in'])).toEqual(['/_app/immutable/chunks/B2x9kLq1.js', '/cv']);
		expect(urls(precacheTiers({ ...manifest, build, routeFiles: null }).install)).not.toContain(
			pdfChunk
		);
	});

	it('lets a kept page answer for 30 days, and keeps the newest 60', () => {
		const now = Date.parse('2026-12-05T12:00:00Z');
		expect(isKeptPageFresh('Sat, 05 Dec 2026 11:00:00 GMT', now)).toBe(true);
		expect(isKeptPageFresh('Fri, 06 Nov 2026 12:00:00 GMT', now)).toBe(true);
		expect(isKeptPageFresh('Wed, 04 Nov 2026 12:00:00 GMT', now)).toBe(false);
		expect(isKeptPageFresh(null, now)).toBe(true);
		const keys = Array.from({ length: KEPT_PAGES.maxEntries + 2 }, (_, i) => i);
		expect(pagesOverLimit(keys)).toEqual([0, 1]);
		expect(pagesOverLimit(keys.slice(0, 10))).toEqual([]);
	});
});

describe('textChunksOf', () => {
	it('finds the chunks of the text groups asked for, in the language asked for only', () => {
		const build = [
			'/_app/immutable/chunks/locale-da.common.Ab1_x.js',
			'/_app/immutable/chunks/locale-da.job.Cd-2.js',
			'/_app/immutable/chunks/locale-da.jobAd.Zz9.js',
			'/_app/immutable/chunks/locale-uk.job.Ef3.js',
			'/_app/immutable/chunks/Gh4.js',
			'/_app/immutable/entry/start.Ij5.js'
		];
		expect(textChunksOf(build, 'da', ['job', 'common'])).toEqual([
			'/_app/immutable/chunks/locale-da.common.Ab1_x.js',
			'/_app/immutable/chunks/locale-da.job.Cd-2.js'
		]);
		expect(textChunksOf(build, 'uk', ['job'])).toEqual([
			'/_app/immutable/chunks/locale-uk.job.Ef3.js'
		]);
		expect(textChunksOf(build, 'ar', ['job'])).toEqual([]);
	});
});
