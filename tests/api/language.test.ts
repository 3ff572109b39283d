import { describe, expect, it } from 'vitest';
import { loginThroughLocalIdp } from '../support/oidc-login';
import { api, baseUrl, expectProblem, sessionOf } from './client';

const langCookie = (cookie: string) => /(?:^|;\s*)lang=(\w+)/.exec(cookie)?.[1];
const put = (language: unknown, cookie?: string, extra: object = {}) =>
	api('/api/v1/me/language', { method: 'PUT', cookie, json: { language, ...extra } });

describe('the language of a signed-in citizen', () => {
	it('asks who she is first', async () => {
		expectProblem(await put('uk'), 401);
	});

	it('names the field of an unknown language or an unknown field', async () => {
		const cookie = await sessionOf('sofie');
		const unknown = expectProblem(await put('sv', cookie), 400);
		expect(unknown.errors?.map((error) => error.field)).toEqual(['language']);
		const extra = expectProblem(await put('uk', cookie, { dialect: 'kyiv' }), 400);
		expect(extra.errors).toEqual([{ field: 'dialect', message: 'Feltet kendes ikke' }]);
	});

	it('is kept with her account and set on the next device she logs in on', async () => {
		const before = await loginThroughLocalIdp(baseUrl, 'sofie');
		const chosen = before === '' ? undefined : langCookie(before);
		expect(chosen === undefined || chosen === 'da').toBe(true);
		try {
			expect((await put('uk', before)).status).toBe(200);
			const otherDevice = await loginThroughLocalIdp(baseUrl, 'sofie');
			expect(langCookie(otherDevice)).toBe('uk');
			expect((await put('ar', otherDevice)).status).toBe(200);
			expect(langCookie(await loginThroughLocalIdp(baseUrl, 'sofie'))).toBe('ar');
		} finally {
			// Danish again, so the other suites that log in as Sofie see the source language.
			await put('da', before);
		}
	});
});
