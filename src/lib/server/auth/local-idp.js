// Embedded local OpenID Provider: the laptop / test stand-in for MitID / NemLog-in.
//
// Plain ESM JavaScript (imported by scripts/serve.js outside the Vite build), typed with JSDoc.
// It is only ever mounted when no real issuer (OIDC_ISSUER) is configured.
//
// Mounting: every route of the provider lives under the issuer's path (e.g. /oidc), so discovery is
// at `${issuer}/.well-known/openid-configuration`. `handle(req, res)` serves our own interaction
// pages itself and hands everything else to `provider.callback()` with the mount path stripped from
// `req.url` and the full path kept in `req.originalUrl`, which is how oidc-provider learns its mount
// path when it builds endpoint URLs (the same contract `connect`/express `app.use('/oidc', ...)` use).
//
// Claims: `openid` -> sub; `profile` -> name, given_name, family_name, birthdate; `jobcenter` -> role,
// municipality_code. `conformIdTokenClaims: false` puts every granted claim in the ID token as well as
// in the userinfo response.

import { errorSummary } from '../log.js';
import { readFileSync } from 'node:fs';
import {
	createHash,
	generateKeyPairSync,
	randomBytes,
	randomUUID,
	timingSafeEqual
} from 'node:crypto';

// @ts-expect-error oidc-provider ships no type declarations (and there is no @types package)
import Provider, { errors } from 'oidc-provider';
// The stock in-memory adapter, created explicitly so oidc-provider does not print its
// "development-only in-memory adapter" warning (it only warns when the adapter is left unset).
// Deep import: oidc-provider has no "exports" map and is pinned in package.json.
// @ts-expect-error oidc-provider ships no type declarations
import { createMemoryAdapter } from 'oidc-provider/lib/adapters/memory_adapter.js';

/**
 * @typedef {object} DemoUser
 * @property {string} sub OpenID Connect subject
 * @property {string} username login name on the local demo page
 * @property {string} name
 * @property {string} givenName
 * @property {string} familyName
 * @property {'citizen' | 'caseworker'} role
 * @property {string} municipalityCode Danish municipality code, e.g. '751'
 * @property {string} municipalityName
 * @property {string | null} birthDate ISO date (YYYY-MM-DD); null for caseworkers
 * @property {'dagpenge' | 'kontanthjaelp' | 'sygedagpenge' | null} benefitType
 * @property {string | null} benefitNote e.g. 'forhøjet sats'
 * @property {{ status: 'single' | 'married' | 'cohabiting', children: number } | null} household
 * @property {string | null} jobcenter the caseworker's jobcenter
 */

/**
 * @typedef {object} LocalIdpClient
 * @property {string} client_id
 * @property {string} [client_secret] present: confidential client (client_secret_basic); absent: public client ('none')
 * @property {string[]} redirect_uris
 * @property {string[]} post_logout_redirect_uris
 */

/**
 * The parts of the Koa context oidc-provider hands to its rendering hooks that we use
 * (oidc-provider ships no type declarations).
 * @typedef {object} ProviderContext
 * @property {string} type
 * @property {unknown} body
 * @property {number} status
 * @property {(field: string, value: string) => void} set
 * @property {(field: string) => string} get a request header ('' when absent)
 * @property {any} oidc
 */

/**
 * The oidc-provider `Provider` instance (a Koa application). oidc-provider ships no types, so this
 * is `any`; it stands for `import('oidc-provider').default`, which TypeScript cannot resolve.
 * @typedef {InstanceType<typeof Provider>} OidcProvider
 */

/** Password of every demo user. */
export const DEMO_PASSWORD = 'demo';

/** @param {DemoUser} user */
const frozen = (user) => Object.freeze(user);

/**
 * The demo users of the local IdP (also seeded into the database by scripts/seed.js).
 * @type {ReadonlyArray<DemoUser>}
 */
export const demoUsers = Object.freeze([
	frozen({
		sub: 'demo-anna',
		username: 'anna',
		name: 'Anna Jensen',
		givenName: 'Anna',
		familyName: 'Jensen',
		role: 'citizen',
		municipalityCode: '751',
		municipalityName: 'Aarhus',
		birthDate: '1992-03-14',
		benefitType: 'dagpenge',
		benefitNote: null,
		household: null,
		jobcenter: null
	}),
	frozen({
		sub: 'demo-mohammed',
		username: 'mohammed',
		name: 'Mohammed Ali',
		givenName: 'Mohammed',
		familyName: 'Ali',
		role: 'citizen',
		municipalityCode: '461',
		municipalityName: 'Odense',
		birthDate: '1985-06-02',
		benefitType: 'kontanthjaelp',
		benefitNote: 'forhøjet sats',
		household: Object.freeze({ status: 'married', children: 2 }),
		jobcenter: null
	}),
	frozen({
		sub: 'demo-sofie',
		username: 'sofie',
		name: 'Sofie Nielsen',
		givenName: 'Sofie',
		familyName: 'Nielsen',
		role: 'citizen',
		municipalityCode: '101',
		municipalityName: 'København',
		birthDate: '1998-09-21',
		benefitType: 'sygedagpenge',
		benefitNote: null,
		household: null,
		jobcenter: null
	}),
	frozen({
		sub: 'demo-lars',
		username: 'lars',
		name: 'Lars Holm',
		givenName: 'Lars',
		familyName: 'Holm',
		role: 'caseworker',
		municipalityCode: '751',
		municipalityName: 'Aarhus',
		birthDate: null,
		benefitType: null,
		benefitNote: null,
		household: null,
		jobcenter: 'Jobcenter Aarhus'
	}),
	frozen({
		sub: 'demo-mette',
		username: 'mette',
		name: 'Mette Berg',
		givenName: 'Mette',
		familyName: 'Berg',
		role: 'caseworker',
		municipalityCode: '461',
		municipalityName: 'Odense',
		birthDate: null,
		benefitType: null,
		benefitNote: null,
		household: null,
		jobcenter: 'Jobcenter Odense'
	})
]);

/** Scope -> claims it releases. */
const CLAIMS = {
	acr: null,
	sid: null,
	auth_time: null,
	iss: null,
	openid: ['sub'],
	profile: ['name', 'given_name', 'family_name', 'birthdate'],
	jobcenter: ['role', 'municipality_code']
};

/** Failed login attempts allowed per username+IP within the window. */
export const LOGIN_MAX_FAILURES = 5;
/** Rate limit window in milliseconds. */
export const LOGIN_WINDOW_MS = 5 * 60 * 1000;
const MAX_FORM_BYTES = 8 * 1024;

// ---------------------------------------------------------------------------------------------
// HTML

/** @param {unknown} value */
function esc(value) {
	return String(value).replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c
	);
}

/** @param {string} source */
const sha256 = (source) => `'sha256-${createHash('sha256').update(source).digest('base64')}'`;

const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body {
	margin: 0;
	font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
	font-size: 1rem;
	line-height: 1.5;
	color: #1a1a1a;
	background: #f2f2f2;
}
main {
	max-width: 30rem;
	margin: 2rem auto;
	padding: 1.5rem 2rem 2rem;
	background: #ffffff;
	border: 1px solid #bfbfbf;
	border-radius: 4px;
}
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 1rem; }
p, ul { margin: 0 0 1rem; }
.hint { color: #454545; }
label { display: block; margin-top: 1rem; font-weight: 600; }
input {
	display: block;
	width: 100%;
	margin-top: 0.25rem;
	padding: 0.5rem 0.75rem;
	font: inherit;
	color: #1a1a1a;
	background: #ffffff;
	border: 2px solid #595959;
	border-radius: 4px;
}
input[aria-invalid='true'] { border-color: #b10e1e; }
button {
	margin-top: 1.5rem;
	padding: 0.625rem 1.5rem;
	font: inherit;
	font-weight: 600;
	color: #ffffff;
	background: #0059b3;
	border: 2px solid #0059b3;
	border-radius: 4px;
	cursor: pointer;
}
button:hover { background: #003f80; border-color: #003f80; }
a { color: #0059b3; }
a:hover { color: #003f80; }
:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 3px; }
.error {
	margin: 0 0 1rem;
	padding: 0.75rem 1rem;
	color: #1a1a1a;
	background: #fbeaea;
	border-inline-start: 6px solid #b10e1e;
}
.error p { margin: 0; }
code { font-size: 0.95em; }
.actions { margin-top: 1.5rem; }
footer { max-width: 30rem; margin: 0 auto 2rem; padding: 0 2rem; }
`;
const CSS_HASH = sha256(CSS);

const LOGOUT_SCRIPT = "document.getElementById('op.logoutForm').submit();";
const LOGOUT_SCRIPT_HASH = sha256(LOGOUT_SCRIPT);

// ---------------------------------------------------------------------------------------------
// Language: the app's own (the `lang` cookie), texts from the locale files' `auth.localIdp`

const LANGUAGES = ['da', 'en', 'uk', 'ar'];
const RIGHT_TO_LEFT = new Set(['ar']);

/**
 * `auth.localIdp` of a locale file.
 * @typedef {object} IdpTexts
 * @property {string} suffix
 * @property {string} title
 * @property {string} intro
 * @property {string} users
 * @property {string} username
 * @property {string} password
 * @property {string} submit
 * @property {string} abort
 * @property {string} tooMany
 * @property {string} wrong
 * @property {string} accessibility
 * @property {string} toFrontPage
 * @property {string} errorTitle
 * @property {string} errorCode
 * @property {string} logoutTitle
 * @property {string} logoutText
 * @property {string} logoutButton
 * @property {string} loggedOutTitle
 * @property {string} loggedOutText
 * @property {Record<string, string> & { unknown: string }} errors
 */

/** @type {Map<string, IdpTexts>} */
const textsByLanguage = new Map();

/**
 * One language's texts for these pages, read once from the app's locale file (this file runs
 * outside the Vite build, so it reads the JSON itself).
 * @param {string} lang
 * @returns {IdpTexts}
 */
function textsFor(lang) {
	let texts = textsByLanguage.get(lang);
	if (!texts) {
		const file = new URL(`../../i18n/locales/${lang}.json`, import.meta.url);
		texts = /** @type {IdpTexts} */ (JSON.parse(readFileSync(file, 'utf8')).auth.localIdp);
		textsByLanguage.set(lang, texts);
	}
	return texts;
}

/**
 * The page's language from a Cookie header: the app's choice, Danish when none.
 * @param {string | undefined} cookieHeader
 */
export function languageOf(cookieHeader) {
	const match = /(?:^|;\s*)lang=([a-z]{2})(?:;|$)/.exec(cookieHeader ?? '');
	return match && LANGUAGES.includes(match[1] ?? '') ? /** @type {string} */ (match[1]) : 'da';
}

/**
 * Content-Security-Policy for our pages: inline style/script allowed only by hash.
 * @param {{ script?: boolean }} [options]
 */
function csp({ script = false } = {}) {
	return [
		"default-src 'none'",
		`style-src ${CSS_HASH}`,
		script ? `script-src ${LOGOUT_SCRIPT_HASH}` : "script-src 'none'",
		"img-src 'self'",
		"base-uri 'none'",
		"frame-ancestors 'none'"
	].join('; ');
}

/**
 * @param {{ lang: string, title: string, body: string, script?: string }} page
 */
function layout({ lang, title, body, script }) {
	const t = textsFor(lang);
	return `<!DOCTYPE html>
<html lang="${esc(lang)}" dir="${RIGHT_TO_LEFT.has(lang) ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${esc(title)} – ${esc(t.suffix)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${body}
</main>
<footer><p><a href="/tilgaengelighed">${esc(t.accessibility)}</a></p></footer>${script ? `\n<script>${script}</script>` : ''}
</body>
</html>`;
}

/**
 * @param {{ lang: string, action: string, abortHref: string, username?: string, error?: 'tooMany' | 'wrong' }} options
 */
function loginPage({ lang, action, abortHref, username = '', error }) {
	const t = textsFor(lang);
	const described = error ? ' aria-describedby="login-error" aria-invalid="true"' : '';
	return layout({
		lang,
		title: t.title,
		body: `<h1>${esc(t.title)}</h1>
<p>${esc(t.intro)}</p>
<p class="hint">${esc(t.users)}</p>
${error ? `<div id="login-error" class="error" role="alert"><p>${esc(t[error])}</p></div>\n` : ''}<form method="post" action="${esc(action)}" novalidate>
<label for="username">${esc(t.username)}</label>
<input id="username" name="username" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" dir="ltr" required value="${esc(username)}"${described}>
<label for="password">${esc(t.password)}</label>
<input id="password" name="password" type="password" autocomplete="current-password" dir="ltr" required${described}>
<button type="submit">${esc(t.submit)}</button>
</form>
<p class="actions"><a href="${esc(abortHref)}">${esc(t.abort)}</a></p>`
	});
}

/**
 * Error page in the visitor's language (the OAuth/OIDC error codes a browser can end up seeing are
 * explained under `auth.localIdp.errors`). Shows the error code and the provider's short
 * description, never a stack.
 * @param {string} lang
 * @param {string} code
 * @param {string | undefined} description
 */
function errorPage(lang, code, description) {
	const t = textsFor(lang);
	const text = Object.hasOwn(t.errors, code) ? t.errors[code] : t.errors.unknown;
	return layout({
		lang,
		title: t.errorTitle,
		body: `<h1>${esc(t.errorTitle)}</h1>
<p>${esc(text ?? '')}</p>
<p class="hint">${esc(t.errorCode)} <code>${esc(code)}</code>${
			description ? `<br><span lang="en" dir="ltr">${esc(description)}</span>` : ''
		}</p>
<p class="actions"><a href="/">${esc(t.toFrontPage)}</a></p>`
	});
}

// ---------------------------------------------------------------------------------------------
// Rate limiting of failed logins (in memory, per username + IP, sliding window)

function createLoginLimiter() {
	/** @type {Map<string, number[]>} */
	const failures = new Map();

	/** @param {number} now */
	function sweep(now) {
		for (const [key, times] of failures) {
			if (times.every((t) => now - t >= LOGIN_WINDOW_MS)) failures.delete(key);
		}
	}

	return {
		/**
		 * @param {string} key
		 * @param {number} [now]
		 * @returns {number} seconds until the next attempt is allowed; 0 when allowed now
		 */
		retryAfter(key, now = Date.now()) {
			const recent = (failures.get(key) ?? []).filter((t) => now - t < LOGIN_WINDOW_MS);
			if (recent.length < LOGIN_MAX_FAILURES) return 0;
			const oldest = recent[recent.length - LOGIN_MAX_FAILURES] ?? now;
			return Math.max(1, Math.ceil((oldest + LOGIN_WINDOW_MS - now) / 1000));
		},
		/** @param {string} key @param {number} [now] */
		fail(key, now = Date.now()) {
			if (failures.size > 10_000) sweep(now);
			const recent = (failures.get(key) ?? []).filter((t) => now - t < LOGIN_WINDOW_MS);
			recent.push(now);
			failures.set(key, recent.slice(-LOGIN_MAX_FAILURES));
		},
		/** @param {string} key */
		reset(key) {
			failures.delete(key);
		}
	};
}

// ---------------------------------------------------------------------------------------------
// Small node:http helpers

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} html
 * @param {Record<string, string>} [headers]
 */
function sendHtml(res, status, html, headers = {}) {
	res.writeHead(status, {
		'content-type': 'text/html; charset=utf-8',
		'cache-control': 'no-store',
		'content-security-policy': csp(),
		'x-content-type-options': 'nosniff',
		'referrer-policy': 'no-referrer',
		...headers
	});
	res.end(html);
}

/**
 * Reads an application/x-www-form-urlencoded body (small; login forms only).
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<URLSearchParams | null>} null when the body is too large
 */
async function readForm(req) {
	/** @type {Buffer[]} */
	const chunks = [];
	let size = 0;
	for await (const chunk of req) {
		const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
		size += buf.length;
		if (size > MAX_FORM_BYTES) return null;
		chunks.push(buf);
	}
	return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** @param {string} a @param {string} b */
function safeEqual(a, b) {
	const ha = createHash('sha256').update(a).digest();
	const hb = createHash('sha256').update(b).digest();
	return timingSafeEqual(ha, hb);
}

/**
 * Generates a fresh RS256 signing key for this process.
 * @returns {{ keys: Array<import('node:crypto').JsonWebKey & { kid: string, use: string, alg: string }> }}
 */
function generateJwks() {
	const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
	return {
		keys: [{ ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), use: 'sig', alg: 'RS256' }]
	};
}

/**
 * Decodes a JWT segment without verifying anything.
 * @param {string | undefined} segment
 * @returns {Record<string, unknown> | null}
 */
function decodeSegment(segment) {
	if (!segment) return null;
	try {
		const value = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
		return value && typeof value === 'object' ? value : null;
	} catch {
		return null;
	}
}

// ---------------------------------------------------------------------------------------------

/**
 * Creates the embedded local OpenID Provider.
 *
 * @param {{ issuer: string,
 *           clients: Array<LocalIdpClient>,
 *           cookieKeys?: string[],
 *           proxy?: boolean }} options
 *   `issuer` e.g. 'http://localhost:3000/oidc' (must match the URL the browser and the RP use);
 *   `cookieKeys` signs the provider's cookies (default: random per process);
 *   `proxy` trusts X-Forwarded-Proto/-Host/-For (set it when behind a TLS-terminating proxy).
 * @returns {{ provider: OidcProvider, handle: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void> }}
 */
export function createLocalIdp(options) {
	const issuerUrl = new URL(options.issuer);
	const mountPath = issuerUrl.pathname.replace(/\/+$/, '');
	const jwks = generateJwks();
	const kids = new Set(jwks.keys.map((k) => k.kid));
	const limiter = createLoginLimiter();

	const clients = options.clients.map((c) => ({
		client_id: c.client_id,
		...(c.client_secret ? { client_secret: c.client_secret } : {}),
		redirect_uris: [...c.redirect_uris],
		post_logout_redirect_uris: [...c.post_logout_redirect_uris],
		grant_types: ['authorization_code'],
		response_types: ['code'],
		token_endpoint_auth_method: c.client_secret ? 'client_secret_basic' : 'none'
	}));

	// No `secure` flag here on purpose: koa/cookies sets it from the connection, so plain http on
	// localhost works in Chromium and the cookies become Secure behind TLS (with `proxy`).
	/** Session cookie: scoped to the mount path so the app never receives it. */
	const longCookie = { httpOnly: true, sameSite: 'lax', path: mountPath || '/' };
	/** Interaction cookies: oidc-provider scopes them to the interaction/resume path itself. */
	const shortCookie = { httpOnly: true, sameSite: 'lax' };

	const provider = new Provider(options.issuer, {
		adapter: createMemoryAdapter(15),
		clients,
		jwks,
		claims: CLAIMS,
		scopes: ['openid', 'profile', 'jobcenter'],
		responseTypes: ['code'],
		clientAuthMethods: ['client_secret_basic', 'none'],
		// Scope claims go to the ID token too (not only to userinfo).
		conformIdTokenClaims: false,
		pkce: { required: () => true },
		cookies: {
			names: {
				session: '_idp_session',
				interaction: '_idp_interaction',
				resume: '_idp_interaction_resume'
			},
			long: longCookie,
			short: shortCookie,
			keys: options.cookieKeys?.length
				? options.cookieKeys
				: [randomBytes(32).toString('base64url')]
		},
		discovery: { ui_locales_supported: ['da'], claims_locales_supported: ['da'] },
		features: {
			devInteractions: { enabled: false },
			rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource }
		},
		interactions: {
			/** @param {unknown} _ctx @param {{ uid: string }} interaction */
			url: (_ctx, interaction) => `${mountPath}/interaction/${interaction.uid}`
		},
		ttl: {
			AccessToken: 10 * 60,
			AuthorizationCode: 60,
			IdToken: 60 * 60,
			Interaction: 15 * 60,
			Session: 8 * 60 * 60,
			Grant: 8 * 60 * 60
		},
		clientBasedCORS: () => false,
		findAccount,
		loadExistingGrant,
		renderError
	});
	provider.proxy = options.proxy ?? false;
	provider.on(
		'server_error',
		/** @param {unknown} _ctx @param {unknown} err */
		(_ctx, err) => console.error(`[local-idp] server_error: ${errorSummary(err)}`)
	);

	/**
	 * @param {unknown} _ctx
	 * @param {string} sub
	 */
	async function findAccount(_ctx, sub) {
		const user = demoUsers.find((u) => u.sub === sub);
		if (!user) return undefined;
		return {
			accountId: user.sub,
			async claims() {
				return {
					sub: user.sub,
					name: user.name,
					given_name: user.givenName,
					family_name: user.familyName,
					...(user.birthDate ? { birthdate: user.birthDate } : {}),
					role: user.role,
					municipality_code: user.municipalityCode
				};
			}
		};
	}

	/**
	 * All registered clients are our own (first-party): consent is granted automatically for the
	 * requested OIDC scopes and claims, so the consent prompt never triggers.
	 * @param {ProviderContext} ctx
	 */
	async function loadExistingGrant(ctx) {
		const { oidc } = ctx;
		const grantId = oidc.result?.consent?.grantId || oidc.session.grantIdFor(oidc.client.clientId);
		let grant = grantId ? await oidc.provider.Grant.find(grantId) : undefined;
		grant ??= new oidc.provider.Grant({
			accountId: oidc.session.accountId,
			clientId: oidc.client.clientId
		});
		const scope = [...oidc.requestParamOIDCScopes].join(' ');
		if (scope) grant.addOIDCScope(scope);
		const claims = [...oidc.requestParamClaims];
		if (claims.length) grant.addOIDCClaims(claims);
		await grant.save();
		return grant;
	}

	/**
	 * Logout confirmation, auto-submitted: ends the whole provider session (logout=yes) and lets
	 * oidc-provider redirect to the validated post_logout_redirect_uri. The button is the no-JS
	 * fallback.
	 * @param {ProviderContext} ctx
	 * @param {string} form `<form id="op.logoutForm" ...><input type="hidden" name="xsrf" ...></form>`
	 */
	async function logoutSource(ctx, form) {
		const lang = languageOf(ctx.get('cookie'));
		const t = textsFor(lang);
		const withLogout = form.replace(
			'</form>',
			`<input type="hidden" name="logout" value="yes"><button type="submit">${esc(t.logoutButton)}</button></form>`
		);
		ctx.type = 'html';
		ctx.set('cache-control', 'no-store');
		ctx.set('content-security-policy', csp({ script: true }));
		ctx.body = layout({
			lang,
			title: t.logoutTitle,
			body: `<h1>${esc(t.logoutTitle)}</h1>
<p>${esc(t.logoutText)}</p>
${withLogout}`,
			script: LOGOUT_SCRIPT
		});
	}

	/** @param {ProviderContext} ctx */
	async function postLogoutSuccessSource(ctx) {
		const lang = languageOf(ctx.get('cookie'));
		const t = textsFor(lang);
		ctx.type = 'html';
		ctx.set('content-security-policy', csp());
		ctx.body = layout({
			lang,
			title: t.loggedOutTitle,
			body: `<h1>${esc(t.loggedOutTitle)}</h1>
<p>${esc(t.loggedOutText)}</p>
<p class="actions"><a href="/">${esc(t.toFrontPage)}</a></p>`
		});
	}

	/**
	 * @param {ProviderContext} ctx
	 * @param {{ error?: string, error_description?: string }} out
	 */
	async function renderError(ctx, out) {
		ctx.type = 'html';
		ctx.set('cache-control', 'no-store');
		ctx.set('content-security-policy', csp());
		ctx.body = errorPage(
			languageOf(ctx.get('cookie')),
			out.error ?? 'server_error',
			out.error_description
		);
	}

	/**
	 * Consent fallback (should not happen thanks to loadExistingGrant): grant what is missing.
	 * @param {any} details the Interaction from provider.interactionDetails
	 */
	async function autoConsent(details) {
		const missing = details.prompt.details ?? {};
		let grant = details.grantId ? await provider.Grant.find(details.grantId) : undefined;
		grant ??= new provider.Grant({
			accountId: details.session?.accountId,
			clientId: details.params.client_id
		});
		if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
		if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
		for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) {
			grant.addResourceScope(indicator, /** @type {string[]} */ (scopes).join(' '));
		}
		const grantId = await grant.save();
		return { consent: details.grantId ? {} : { grantId } };
	}

	/**
	 * Our own interaction pages: GET /interaction/:uid, POST /interaction/:uid/login,
	 * GET /interaction/:uid/abort (all under the mount path).
	 * @param {import('node:http').IncomingMessage} req
	 * @param {import('node:http').ServerResponse} res
	 * @param {string} uid
	 * @param {string | undefined} action
	 */
	async function interaction(req, res, uid, action) {
		const base = `${mountPath}/interaction/${encodeURIComponent(uid)}`;
		const lang = languageOf(req.headers.cookie);
		try {
			const details = await provider.interactionDetails(req, res);
			if (details.uid !== uid) {
				throw new errors.SessionNotFound('interaction uid does not match the cookie');
			}

			if (details.prompt.name !== 'login') {
				const result = await autoConsent(details);
				return await provider.interactionFinished(req, res, result, {
					mergeWithLastSubmission: true
				});
			}

			if (action === 'abort' && req.method === 'GET') {
				return await provider.interactionFinished(
					req,
					res,
					{ error: 'access_denied', error_description: 'End-User aborted interaction' },
					{ mergeWithLastSubmission: false }
				);
			}

			const page = { lang, action: `${base}/login`, abortHref: `${base}/abort` };

			if (action === undefined && (req.method === 'GET' || req.method === 'HEAD')) {
				return sendHtml(res, 200, loginPage(page));
			}

			if (action !== 'login' || req.method !== 'POST') {
				return sendHtml(res, 405, errorPage(lang, 'invalid_request', 'method not allowed'), {
					allow: action === 'login' ? 'POST' : 'GET'
				});
			}

			const form = await readForm(req);
			if (!form) {
				return sendHtml(res, 413, errorPage(lang, 'invalid_request', 'request body too large'));
			}
			const username = (form.get('username') ?? '').trim().toLowerCase().slice(0, 100);
			const password = form.get('password') ?? '';
			const ip = provider.createContext(req, res).ip ?? req.socket.remoteAddress ?? '';
			const key = `${username}\u0000${ip}`;

			const wait = limiter.retryAfter(key);
			if (wait > 0) {
				return sendHtml(res, 429, loginPage({ ...page, username, error: 'tooMany' }), {
					'retry-after': String(wait)
				});
			}

			const user = demoUsers.find((u) => u.username === username);
			if (!user || !safeEqual(password, DEMO_PASSWORD)) {
				limiter.fail(key);
				return sendHtml(res, 401, loginPage({ ...page, username, error: 'wrong' }));
			}

			limiter.reset(key);
			return await provider.interactionFinished(
				req,
				res,
				{ login: { accountId: user.sub, remember: false, amr: ['pwd'] } },
				{ mergeWithLastSubmission: false }
			);
		} catch (err) {
			if (err instanceof errors.SessionNotFound) {
				return sendHtml(res, 400, errorPage(lang, 'session_not_found', undefined));
			}
			console.error(`[local-idp] interaction failed: ${errorSummary(err)}`);
			if (res.headersSent) return void res.end();
			return sendHtml(res, 500, errorPage(lang, 'server_error', undefined));
		}
	}

	/**
	 * After a restart the signing key is new, so an RP's stored ID token can no longer be verified
	 * and RP-initiated logout would end on an error page. When the hint was signed by a key we do
	 * not know, drop it and pass its audience as client_id instead: oidc-provider then still checks
	 * post_logout_redirect_uri against that client's registration.
	 * @param {string} search the query string including '?'
	 * @returns {string} the (possibly rewritten) query string
	 */
	function dropForeignIdTokenHint(search) {
		const params = new URLSearchParams(search);
		const [header, payload] = (params.get('id_token_hint') ?? '').split('.');
		const head = decodeSegment(header);
		if (!head || (typeof head.kid === 'string' && kids.has(head.kid))) return search;
		params.delete('id_token_hint');
		const aud = decodeSegment(payload)?.aud;
		if (!params.has('client_id') && typeof aud === 'string') params.set('client_id', aud);
		return `?${params}`;
	}

	const callback = provider.callback();
	const endSessionPath = provider.pathFor('end_session', { mountPath: '' });

	/**
	 * Serves one request whose path begins with the mount path (e.g. /oidc).
	 * @param {import('node:http').IncomingMessage & { originalUrl?: string }} req
	 * @param {import('node:http').ServerResponse} res
	 * @returns {Promise<void>}
	 */
	async function handle(req, res) {
		// connect/Vite `use('/oidc', fn)` strips the prefix from req.url and keeps originalUrl.
		const full =
			req.originalUrl?.startsWith(`${mountPath}/`) || req.originalUrl === mountPath
				? req.originalUrl
				: (req.url ?? '/');
		const queryAt = full.indexOf('?');
		const pathname = queryAt === -1 ? full : full.slice(0, queryAt);
		let search = queryAt === -1 ? '' : full.slice(queryAt);

		if (mountPath && pathname !== mountPath && !pathname.startsWith(`${mountPath}/`)) {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
			return void res.end('Ikke fundet');
		}
		const route = pathname.slice(mountPath.length) || '/';

		const match = /^\/interaction\/([A-Za-z0-9_-]{1,64})(?:\/(login|abort))?$/.exec(route);
		if (match?.[1]) {
			return interaction(req, res, match[1], match[2]);
		}

		if (route === endSessionPath && req.method === 'GET' && search) {
			search = dropForeignIdTokenHint(search);
		}

		req.originalUrl = `${pathname}${search}`;
		req.url = `${route}${search}`;
		await callback(req, res);
	}

	return { provider, handle };
}
