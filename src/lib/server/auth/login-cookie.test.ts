import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './login-cookie';

const fallback = '/min-side';

describe('safeReturnPath', () => {
	it('keeps paths on this site, with their query and fragment', () => {
		expect(safeReturnPath('/joblog', fallback)).toBe('/joblog');
		expect(safeReturnPath('/job?v=1&q=kok#top', fallback)).toBe('/job?v=1&q=kok#top');
		expect(safeReturnPath('/job/abc', fallback)).toBe('/job/abc');
	});

	it('refuses anything a browser would take off the site', () => {
		for (const evil of [
			'/\t/evil.example/phish',
			'/\n/evil.example',
			'/\r/evil.example',
			'//evil.example',
			'/\\evil.example',
			'\\/evil.example',
			'/./../\t/evil.example',
			'/.//evil.example',
			'https://evil.example/',
			'javascript:alert(1)',
			' /joblog',
			'joblog',
			''
		]) {
			const safe = safeReturnPath(evil, fallback);
			expect(new URL(safe, 'https://jobunivers.example').origin, evil).toBe(
				'https://jobunivers.example'
			);
			expect(safe.startsWith('//')).toBe(false);
		}
		expect(safeReturnPath('/\t/evil.example/phish', fallback)).toBe(fallback);
		expect(safeReturnPath(null, fallback)).toBe(fallback);
	});

	it('never returns what a Location header cannot carry', () => {
		for (const odd of [
			'/a\u000bb',
			'/a\u0000',
			'/a\r\nSet-Cookie: x=1',
			'/søg?q=æøå',
			'/x\ud800',
			'/日本'
		]) {
			const safe = safeReturnPath(odd, fallback);
			expect(safe, odd).toMatch(/^\/[\x21-\x7e]*$/);
			expect(() => new Headers({ location: safe })).not.toThrow();
		}
		expect(safeReturnPath('/søg?q=æøå', fallback)).toBe('/s%C3%B8g?q=%C3%A6%C3%B8%C3%A5');
	});
});
