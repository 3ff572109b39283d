// The return path after login (/login?returnTo=…) through the real local IdP to /auth/callback.
import { describe, expect, it } from 'vitest';
import { baseUrl } from './client';
import { CookieJar, parseForms } from '../support/oidc-login';

/** Logs anna in from `/login?returnTo=…` and answers the callback's status and Location. */
async function loginReturningTo(returnTo: string) {
	const jar = new CookieJar();
	let url = new URL(`/login?returnTo=${returnTo}`, baseUrl);
	let init: RequestInit = { method: 'GET' };
	for (let hop = 0; hop < 20; hop++) {
		const response = await jar.fetch(url, init);
		if (url.pathname === '/auth/callback') {
			await response.body?.cancel();
			return { status: response.status, location: response.headers.get('location') };
		}
		const location = response.headers.get('location');
		if (location) {
			await response.body?.cancel();
			url = new URL(location, url);
			init = { method: 'GET' };
			continue;
		}
		const form = parseForms(await response.text(), url).find((f) => f.method === 'POST');
		if (!form) throw new Error(`no login form at ${url.href} (${response.status})`);
		form.fields.set('username', 'anna');
		form.fields.set('password', 'demo');
		url = form.action;
		init = {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: form.fields.toString()
		};
	}
	throw new Error('too many hops');
}

describe('the return path after login', () => {
	it('returns to a path on this site', async () => {
		expect(await loginReturningTo(encodeURIComponent('/joblog?uge=2'))).toEqual({
			status: 303,
			location: '/joblog?uge=2'
		});
	});

	it('never leaves the site, however the path is smuggled', async () => {
		for (const evil of [
			'%2F%09%2Fevil.example%2Fphish',
			'%2F%0A%2Fevil.example',
			'%2F%5Cevil.example',
			'%2F%2Fevil.example',
			'https%3A%2F%2Fevil.example'
		]) {
			const answer = await loginReturningTo(evil);
			expect(answer.status, evil).toBe(303);
			expect(new URL(answer.location!, baseUrl).origin, evil).toBe(new URL(baseUrl).origin);
			expect(answer.location, evil).toBe('/min-side');
		}
	});

	it('answers a redirect, not a 500, for CR, LF, VT and characters outside Latin-1', async () => {
		for (const odd of [
			'%2Fa%0D%0Ab',
			'%2Fa%0Bb',
			encodeURIComponent('/søg/日本'),
			'%2Fx%ED%A0%80'
		]) {
			const answer = await loginReturningTo(odd);
			expect(answer.status, odd).toBe(303);
			expect(answer.location, odd).toMatch(/^\/[\x21-\x7e]*$/);
		}
	});
});
