import { describe, expect, it } from 'vitest';
import { isCvPdfFile, isPublicPage, needsKeeping, phonePageKind, precacheList } from './routing';

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

	it('precaches hashed assets without revision and the rest with the build version', () => {
		const list = precacheList({
			build: ['/_app/immutable/a.js', '/_app/version.json'],
			files: ['/favicon.svg', '/robots.txt', '/fonts/OFL.txt', '/screenshots/min-side-phone.png'],
			prerendered: ['/min-side', '/offline'],
			version: 'v42'
		});
		expect(list).toEqual([
			{ url: '/_app/immutable/a.js', revision: null },
			{ url: '/favicon.svg', revision: 'v42' },
			{ url: '/min-side', revision: 'v42' },
			{ url: '/offline', revision: 'v42' }
		]);
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
		const list = precacheList({
			build: ['/_app/immutable/chunks/B2x9kLq1.js', pdfChunk, font, boldFont],
			files: [],
			prerendered: ['/cv'],
			version: 'v1'
		});
		expect(list.map((entry) => entry.url)).toEqual(['/_app/immutable/chunks/B2x9kLq1.js', '/cv']);
	});
});
