import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';

import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createLocalIdp, demoUsers, languageOf } from './local-idp.js';
import {
	CookieJar,
	alertText,
	loginThroughLocalIdp,
	parseForms
} from '../../../../tests/support/oidc-login';

const CONFIDENTIAL = { id: 'test-confidential', secret: 'test-secret-0123456789' };
const PUBLIC_ID = 'test-public';

let server: Server;
let base: string;
let issuer: string;
let idp: ReturnType<typeof createLocalIdp>;
let confidential: client.Configuration;
let publicClient: client.Configuration;

// --- A tiny fake relying party (public client) used to exercise loginThroughLocalIdp ---------
const rpFlows = new Map<string, { verifier: string; state: string; nonce: string }>();
const rpSessions = new Map<string, Record<string, unknown>>();

function readCookie(req: IncomingMessage, name: string): string | undefined {
	for (const part of (req.headers.cookie ?? '').split(';')) {
		const [k, ...v] = part.trim().split('=');
		if (k === name) return v.join('=');
	}
	return undefined;
}

async function fakeRp(req: IncomingMessage, res: ServerResponse): Promise<void> {
	const url = new URL(req.url ?? '/', base);
	if (url.pathname === '/login') {
		const flowId = randomBytes(16).toString('hex');
		const flow = {
			verifier: client.randomPKCECodeVerifier(),
			state: client.randomState(),
			nonce: client.randomNonce()
		};
		rpFlows.set(flowId, flow);
		const target = client.buildAuthorizationUrl(publicClient, {
			redirect_uri: `${base}/auth/callback`,
			scope: 'openid profile jobcenter',
			code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
			code_challenge_method: 'S256',
			state: flow.state,
			nonce: flow.nonce
		});
		res.writeHead(302, {
			location: target.href,
			'set-cookie': `rp_flow=${flowId}; Path=/auth; HttpOnly; SameSite=Lax`
		});
		return void res.end();
	}
	if (url.pathname === '/auth/callback') {
		const flow = rpFlows.get(readCookie(req, 'rp_flow') ?? '');
		if (!flow) return void res.writeHead(400).end('no flow');
		const tokens = await client.authorizationCodeGrant(publicClient, url, {
			pkceCodeVerifier: flow.verifier,
			expectedState: flow.state,
			expectedNonce: flow.nonce
		});
		const sessionId = randomBytes(16).toString('hex');
		rpSessions.set(sessionId, { ...tokens.claims() });
		res.writeHead(303, {
			location: '/',
			'set-cookie': [
				`rp_session=${sessionId}; Path=/; HttpOnly; SameSite=Lax`,
				'rp_flow=; Path=/auth; Max-Age=0'
			]
		});
		return void res.end();
	}
	if (url.pathname === '/') {
		const claims = rpSessions.get(readCookie(req, 'rp_session') ?? '');
		res.writeHead(claims ? 200 : 401, { 'content-type': 'text/html; charset=utf-8' });
		return void res.end(claims ? `<p>Hej ${claims.name} (${claims.role})</p>` : 'ikke logget ind');
	}
	res.writeHead(404).end();
}

beforeAll(async () => {
	server = createServer((req, res) => {
		const work = req.url?.startsWith('/oidc') ? idp.handle(req, res) : fakeRp(req, res);
		work.catch((err: unknown) => {
			console.error(err);
			if (!res.headersSent) res.writeHead(500);
			res.end();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, resolve));
	const { port } = server.address() as AddressInfo;
	base = `http://localhost:${port}`;
	issuer = `${base}/oidc`;
	idp = createLocalIdp({
		issuer,
		clients: [
			{
				client_id: CONFIDENTIAL.id,
				client_secret: CONFIDENTIAL.secret,
				redirect_uris: [`${base}/cb`],
				post_logout_redirect_uris: [`${base}/logged-out`]
			},
			{
				client_id: PUBLIC_ID,
				redirect_uris: [`${base}/auth/callback`],
				post_logout_redirect_uris: [`${base}/`]
			}
		]
	});
	const execute = [client.allowInsecureRequests];
	confidential = await client.discovery(
		new URL(issuer),
		CONFIDENTIAL.id,
		undefined,
		client.ClientSecretBasic(CONFIDENTIAL.secret),
		{ execute }
	);
	publicClient = await client.discovery(new URL(issuer), PUBLIC_ID, undefined, client.None(), {
		execute
	});
});

afterAll(async () => {
	server.closeAllConnections();
	await new Promise((resolve) => server.close(resolve));
});

// --- helpers ----------------------------------------------------------------------------------

async function startAuthorization(jar: CookieJar, extra: Record<string, string> = {}) {
	const verifier = client.randomPKCECodeVerifier();
	const state = client.randomState();
	const nonce = client.randomNonce();
	const url = client.buildAuthorizationUrl(confidential, {
		redirect_uri: `${base}/cb`,
		scope: 'openid profile jobcenter',
		code_challenge: await client.calculatePKCECodeChallenge(verifier),
		code_challenge_method: 'S256',
		state,
		nonce,
		...extra
	});
	const response = await jar.fetch(url);
	return { verifier, state, nonce, response };
}

/** Follows redirects with the jar until a non-redirect or a redirect to the RP's /cb. */
async function follow(jar: CookieJar, response: Response, from: URL) {
	let res = response;
	let url = from;
	for (let i = 0; i < 10; i++) {
		const location = res.headers.get('location');
		if (res.status < 300 || res.status >= 400 || !location) return { res, url };
		url = new URL(location, url);
		if (url.pathname === '/cb') return { res, url };
		await res.body?.cancel();
		res = await jar.fetch(url);
	}
	throw new Error('too many redirects');
}

async function openLoginPage(jar: CookieJar) {
	const flow = await startAuthorization(jar);
	expect(flow.response.status).toBe(303);
	const loginUrl = new URL(flow.response.headers.get('location') ?? '', issuer);
	expect(loginUrl.pathname).toMatch(/^\/oidc\/interaction\/[\w-]+$/);
	const page = await jar.fetch(loginUrl);
	const html = await page.text();
	const form = parseForms(html, loginUrl).find((f) => f.method === 'POST');
	if (!form) throw new Error(`no login form in: ${html}`);
	return { ...flow, loginUrl, page, html, form };
}

async function submitLogin(jar: CookieJar, action: URL, username: string, password: string) {
	return jar.fetch(action, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ username, password }).toString()
	});
}

async function loginWithConfidentialClient(jar: CookieJar, username: string) {
	const login = await openLoginPage(jar);
	const posted = await submitLogin(jar, login.form.action, username, 'demo');
	expect(posted.status).toBe(303);
	const { url: callbackUrl } = await follow(jar, posted, login.form.action);
	expect(callbackUrl.pathname).toBe('/cb');
	const tokens = await client.authorizationCodeGrant(confidential, callbackUrl, {
		pkceCodeVerifier: login.verifier,
		expectedState: login.state,
		expectedNonce: login.nonce
	});
	return { login, callbackUrl, tokens };
}

// --- tests ------------------------------------------------------------------------------------

describe('local IdP', () => {
	it('is mounted under the issuer path and advertises code + PKCE S256 only', () => {
		const meta = confidential.serverMetadata();
		expect(meta.issuer).toBe(issuer);
		expect(meta.authorization_endpoint).toBe(`${issuer}/auth`);
		expect(meta.token_endpoint).toBe(`${issuer}/token`);
		expect(meta.end_session_endpoint).toBe(`${issuer}/session/end`);
		expect(meta.response_types_supported).toEqual(['code']);
		expect(meta.code_challenge_methods_supported).toEqual(['S256']);
		expect(meta.scopes_supported).toEqual(
			expect.arrayContaining(['openid', 'profile', 'jobcenter'])
		);
		expect(meta.claims_supported).toEqual(expect.arrayContaining(['role', 'municipality_code']));
	});

	it('exports the five demo users', () => {
		expect(demoUsers.map((u) => [u.sub, u.username, u.name, u.role, u.municipalityCode])).toEqual([
			['demo-anna', 'anna', 'Anna Jensen', 'citizen', '751'],
			['demo-mohammed', 'mohammed', 'Mohammed Ali', 'citizen', '461'],
			['demo-sofie', 'sofie', 'Sofie Nielsen', 'citizen', '101'],
			['demo-lars', 'lars', 'Lars Holm', 'caseworker', '751'],
			['demo-mette', 'mette', 'Mette Berg', 'caseworker', '461']
		]);
	});

	it('runs the authorization code + PKCE flow with a confidential client and our own login page', async () => {
		const jar = new CookieJar();
		const login = await openLoginPage(jar);

		expect(login.page.status).toBe(200);
		expect(login.page.headers.get('content-type')).toMatch(/^text\/html/);
		const html = login.html;
		expect(html).toContain('<html lang="da" dir="ltr">');
		expect(html).toMatch(/<meta name="viewport"/);
		expect(html).toMatch(/<title>[^<]+<\/title>/);
		expect(html).toMatch(/<main>[\s\S]*<h1>Log ind<\/h1>[\s\S]*<\/main>/);
		expect(html).toContain(
			'Lokal demo-login i stedet for MitID. Brug en demobruger, fx anna, med adgangskoden demo.'
		);
		expect(html).toContain('<label for="username">Brugernavn</label>');
		expect(html).toMatch(/<input id="username" name="username"[^>]*autocomplete="username"/);
		expect(html).toContain('<label for="password">Adgangskode</label>');
		expect(html).toMatch(
			/<input id="password" name="password" type="password" autocomplete="current-password"/
		);
		expect(html).toMatch(/<button type="submit">Log ind<\/button>/);
		expect(login.form.action.pathname).toBe(`${login.loginUrl.pathname}/login`);

		const posted = await submitLogin(jar, login.form.action, 'Anna', 'demo');
		expect(posted.status).toBe(303);
		const { url: callbackUrl } = await follow(jar, posted, login.form.action);
		// No consent screen: straight back to the registered redirect_uri with a code.
		expect(callbackUrl.origin + callbackUrl.pathname).toBe(`${base}/cb`);
		expect(callbackUrl.searchParams.get('code')).toBeTruthy();
		expect(callbackUrl.searchParams.get('iss')).toBe(issuer);

		const tokens = await client.authorizationCodeGrant(confidential, callbackUrl, {
			pkceCodeVerifier: login.verifier,
			expectedState: login.state,
			expectedNonce: login.nonce
		});
		const claims = tokens.claims();
		expect(claims).toMatchObject({
			iss: issuer,
			aud: CONFIDENTIAL.id,
			sub: 'demo-anna',
			name: 'Anna Jensen',
			given_name: 'Anna',
			family_name: 'Jensen',
			birthdate: '1992-03-14',
			role: 'citizen',
			municipality_code: '751'
		});

		const userinfo = await client.fetchUserInfo(confidential, tokens.access_token, 'demo-anna');
		expect(userinfo).toMatchObject({
			sub: 'demo-anna',
			name: 'Anna Jensen',
			role: 'citizen',
			municipality_code: '751'
		});

		// The provider session is reused (SSO): a second request goes straight to the RP.
		const again = await startAuthorization(jar);
		const { url: second } = await follow(jar, again.response, new URL(issuer));
		expect(second.pathname).toBe('/cb');
		expect(second.searchParams.get('code')).toBeTruthy();
	});

	it('releases only the claims of the requested scopes', async () => {
		const jar = new CookieJar();
		const flow = await startAuthorization(jar, { scope: 'openid profile' });
		const loginUrl = new URL(flow.response.headers.get('location') ?? '', issuer);
		await (await jar.fetch(loginUrl)).body?.cancel();
		const posted = await submitLogin(jar, new URL(`${loginUrl.href}/login`), 'lars', 'demo');
		const { url } = await follow(jar, posted, loginUrl);
		const tokens = await client.authorizationCodeGrant(confidential, url, {
			pkceCodeVerifier: flow.verifier,
			expectedState: flow.state,
			expectedNonce: flow.nonce
		});
		const claims = tokens.claims();
		expect(claims?.name).toBe('Lars Holm');
		expect(claims?.role).toBeUndefined();
		expect(claims?.birthdate).toBeUndefined();
	});

	it('requires PKCE', async () => {
		const url = client.buildAuthorizationUrl(confidential, {
			redirect_uri: `${base}/cb`,
			scope: 'openid',
			state: 'abc'
		});
		const response = await fetch(url, { redirect: 'manual' });
		expect(response.status).toBe(303);
		const location = new URL(response.headers.get('location') ?? '');
		expect(location.pathname).toBe('/cb');
		expect(location.searchParams.get('error')).toBe('invalid_request');
		expect(location.searchParams.get('code')).toBeNull();
	});

	it('rejects a wrong password with a Danish error tied to the fields and issues no code', async () => {
		const jar = new CookieJar();
		const login = await openLoginPage(jar);
		const posted = await submitLogin(jar, login.form.action, 'anna', 'forkert');
		expect(posted.status).toBe(401);
		expect(posted.headers.get('location')).toBeNull();
		const html = await posted.text();
		expect(html).toContain('<html lang="da" dir="ltr">');
		expect(alertText(html)).toBe('Forkert brugernavn eller adgangskode.');
		expect(html).toMatch(/<div id="login-error" class="error" role="alert">/);
		expect(html).toMatch(/<input id="username"[^>]*aria-describedby="login-error"/);
		expect(html).toMatch(/<input id="password"[^>]*aria-describedby="login-error"/);
		expect(html).toMatch(/value="anna"/);
		expect(html).not.toMatch(/\bat .*\.js:\d+/); // no stack trace

		// The same interaction still accepts the right password afterwards.
		const retry = await submitLogin(jar, login.form.action, 'anna', 'demo');
		expect(retry.status).toBe(303);
		const { url } = await follow(jar, retry, login.form.action);
		expect(url.pathname).toBe('/cb');
		expect(url.searchParams.get('code')).toBeTruthy();
	});

	it('lets the user abort the login and returns access_denied to the RP', async () => {
		const jar = new CookieJar();
		const login = await openLoginPage(jar);
		const link = /<a href="([^"]+\/abort)">Afbryd og gå tilbage<\/a>/.exec(login.html)?.[1];
		expect(link).toBeTruthy();
		const aborted = await jar.fetch(new URL(link ?? '', login.loginUrl));
		const { url } = await follow(jar, aborted, login.loginUrl);
		expect(url.pathname).toBe('/cb');
		expect(url.searchParams.get('error')).toBe('access_denied');
		expect(url.searchParams.get('state')).toBe(login.state);
		expect(url.searchParams.get('code')).toBeNull();
	});

	it('rate limits failed logins per username and IP: the 6th attempt gets 429', async () => {
		const jar = new CookieJar();
		const login = await openLoginPage(jar);
		for (let i = 1; i <= 5; i++) {
			const res = await submitLogin(jar, login.form.action, 'sofie', `forkert-${i}`);
			expect(res.status, `attempt ${i}`).toBe(401);
			await res.body?.cancel();
		}
		// Even the right password is refused while the limit applies.
		const sixth = await submitLogin(jar, login.form.action, 'sofie', 'demo');
		expect(sixth.status).toBe(429);
		expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(0);
		expect(alertText(await sixth.text())).toBe('For mange forsøg. Prøv igen om lidt.');

		// Another username from the same IP is not affected.
		const other = await submitLogin(jar, login.form.action, 'mette', 'forkert');
		expect(other.status).toBe(401);
		await other.body?.cancel();
	});

	it('ends the provider session on RP-initiated logout and returns to post_logout_redirect_uri', async () => {
		const jar = new CookieJar();
		const { tokens } = await loginWithConfidentialClient(jar, 'anna');
		const idToken = tokens.id_token;
		if (!idToken) throw new Error('no id_token');

		const endSession = client.buildEndSessionUrl(confidential, {
			id_token_hint: idToken,
			post_logout_redirect_uri: `${base}/logged-out`,
			state: 'farvel'
		});
		const page = await jar.fetch(endSession);
		expect(page.status).toBe(200);
		const html = await page.text();
		expect(html).toContain('<html lang="da" dir="ltr">');
		expect(html).toMatch(/<button type="submit">Log ud<\/button>/);
		expect(html).toMatch(
			/<script>document\.getElementById\('op\.logoutForm'\)\.submit\(\);<\/script>/
		);
		const csp = page.headers.get('content-security-policy') ?? '';
		expect(csp).toMatch(/script-src 'sha256-/);
		const form = parseForms(html, endSession).find((f) => f.method === 'POST');
		expect(form?.fields.get('logout')).toBe('yes');
		expect(form?.fields.get('xsrf')).toBeTruthy();

		const confirmed = await jar.fetch(form!.action, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: form!.fields.toString()
		});
		expect(confirmed.status).toBe(303);
		expect(confirmed.headers.get('location')).toBe(`${base}/logged-out?state=farvel`);

		// The provider session is gone: a new authorization request asks for a login again.
		const again = await startAuthorization(jar);
		expect(new URL(again.response.headers.get('location') ?? '', issuer).pathname).toMatch(
			/^\/oidc\/interaction\//
		);
	});

	it('still returns to post_logout_redirect_uri when the id_token_hint is from an earlier process', async () => {
		const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
		const staleHint = `${b64({ alg: 'RS256', kid: 'from-before-restart' })}.${b64({
			iss: issuer,
			aud: CONFIDENTIAL.id,
			sub: 'demo-anna'
		})}.c2lnbmF0dXI`;
		const jar = new CookieJar();
		const url = client.buildEndSessionUrl(confidential, {
			id_token_hint: staleHint,
			post_logout_redirect_uri: `${base}/logged-out`
		});
		const page = await jar.fetch(url);
		expect(page.status).toBe(200);
		const form = parseForms(await page.text(), url).find((f) => f.method === 'POST');
		if (!form) throw new Error('no logout form');
		const confirmed = await jar.fetch(form.action, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: form.fields.toString()
		});
		expect(confirmed.status).toBe(303);
		expect(confirmed.headers.get('location')).toBe(`${base}/logged-out`);

		// An unregistered post_logout_redirect_uri is still refused.
		const evil = client.buildEndSessionUrl(confidential, {
			id_token_hint: staleHint,
			post_logout_redirect_uri: 'https://evil.example/'
		});
		const refused = await fetch(evil, { redirect: 'manual', headers: { accept: 'text/html' } });
		expect(refused.status).toBe(400);
		expect(await refused.text()).toContain('Der opstod en fejl');
	});

	it('renders provider errors in Danish without stack traces', async () => {
		const response = await fetch(`${issuer}/auth?client_id=ukendt&response_type=code`);
		expect(response.status).toBe(400);
		const html = await response.text();
		expect(html).toContain('<html lang="da" dir="ltr">');
		expect(html).toContain('<h1>Der opstod en fejl</h1>');
		expect(html).toContain('Den tjeneste, du kom fra, er ikke kendt af login-tjenesten.');
		expect(html).not.toMatch(/\bat .*\.js:\d+/);

		const stale = await fetch(`${issuer}/interaction/ukendt-interaktion`);
		expect(stale.status).toBe(400);
		expect(await stale.text()).toContain('Din login-session er udløbet eller findes ikke.');
	});

	it("speaks the app's language (the lang cookie): Ukrainian, Arabic right to left", async () => {
		const texts = (lang: string) =>
			JSON.parse(readFileSync(`src/lib/i18n/locales/${lang}.json`, 'utf8')).auth.localIdp;
		for (const [lang, dir] of [
			['uk', 'ltr'],
			['ar', 'rtl']
		] as const) {
			const jar = new CookieJar();
			jar.setCookie(issuer, 'lang=' + lang + '; Path=/');
			const login = await openLoginPage(jar);
			expect(login.html).toContain(`<html lang="${lang}" dir="${dir}">`);
			expect(login.html).toContain(`<h1>${texts(lang).title}</h1>`);
			expect(login.html).toContain(`<label for="username">${texts(lang).username}</label>`);
			const posted = await submitLogin(jar, login.form.action, 'anna', 'forkert');
			expect(alertText(await posted.text())).toBe(texts(lang).wrong);
		}
		const stale = await fetch(`${issuer}/interaction/ukendt-interaktion`, {
			headers: { cookie: 'lang=ar' }
		});
		expect(await stale.text()).toContain(texts('ar').errors.session_not_found);
	});

	it('reads the language from the cookie, Danish when none or unknown', () => {
		expect(languageOf('a=1; lang=uk; b=2')).toBe('uk');
		expect(languageOf('lang=ar')).toBe('ar');
		expect(languageOf('lang=sv')).toBe('da');
		expect(languageOf('slang=en')).toBe('da');
		expect(languageOf(undefined)).toBe('da');
	});

	it('drives a full login for a public client via loginThroughLocalIdp and a fake RP', async () => {
		const cookie = await loginThroughLocalIdp(base, 'mohammed');
		expect(cookie).toMatch(/^rp_session=[0-9a-f]{32}$/); // IdP cookies are scoped to /oidc
		const home = await fetch(`${base}/`, { headers: { cookie } });
		expect(home.status).toBe(200);
		expect(await home.text()).toBe('<p>Hej Mohammed Ali (citizen)</p>');

		await expect(loginThroughLocalIdp(base, 'mohammed', 'forkert')).rejects.toThrow(
			/Forkert brugernavn eller adgangskode/
		);
	});
});

describe('CookieJar', () => {
	it('matches cookies by host and path and honours deletion', () => {
		const jar = new CookieJar();
		jar.setCookie('http://localhost:1/oidc/auth/x', 'a=1; Path=/oidc; HttpOnly');
		jar.setCookie('http://localhost:2/', 'b=2; Path=/');
		jar.setCookie('http://localhost:2/auth/cb', 'c=3');
		jar.setCookie('http://example.test/', 'd=4; Secure');
		expect(jar.header('http://localhost:3/')).toBe('b=2');
		expect(jar.header('http://localhost:3/oidc/me')).toBe('a=1; b=2');
		expect(jar.header('http://localhost:3/oidcx')).toBe('b=2');
		expect(jar.header('http://localhost:3/auth/cb')).toBe('c=3; b=2');
		expect(jar.header('http://example.test/')).toBe('');
		expect(jar.header('https://example.test/')).toBe('d=4');
		jar.setCookie('http://localhost/', 'b=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT');
		expect(jar.header('http://localhost/')).toBe('');
	});
});
