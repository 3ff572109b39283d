/**
 * Drives a browser-like login through the local IdP (src/lib/server/auth/local-idp.js) with plain
 * fetch: follows redirects by hand, keeps a small cookie jar (RFC 6265 host/path matching, no port
 * isolation, like browsers) and submits the IdP's login form.
 */

interface StoredCookie {
	name: string;
	value: string;
	/** Lower-case host name (host-only cookie) or Domain attribute without a leading dot. */
	domain: string;
	hostOnly: boolean;
	path: string;
	secure: boolean;
	/** Epoch milliseconds; Infinity for session cookies. */
	expires: number;
	created: number;
}

/** Browsers treat these as secure contexts, so Secure cookies are sent over plain http. */
const TRUSTWORTHY_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** RFC 6265 5.1.4 default-path. */
function defaultPath(url: URL): string {
	const path = url.pathname;
	if (!path.startsWith('/') || path.lastIndexOf('/') === 0) return '/';
	return path.slice(0, path.lastIndexOf('/'));
}

/** RFC 6265 5.1.4 path-match. */
function pathMatches(requestPath: string, cookiePath: string): boolean {
	if (requestPath === cookiePath) return true;
	if (!requestPath.startsWith(cookiePath)) return false;
	return cookiePath.endsWith('/') || requestPath.charAt(cookiePath.length) === '/';
}

function domainMatches(host: string, cookie: StoredCookie): boolean {
	if (cookie.hostOnly) return host === cookie.domain;
	return host === cookie.domain || host.endsWith(`.${cookie.domain}`);
}

export class CookieJar {
	#cookies = new Map<string, StoredCookie>();
	#counter = 0;

	/** Stores the Set-Cookie headers of a response received from `url`. */
	store(url: URL | string, response: Response): void {
		const from = new URL(url);
		for (const header of response.headers.getSetCookie()) this.setCookie(from, header);
	}

	setCookie(url: URL | string, header: string): void {
		const from = new URL(url);
		const host = from.hostname.toLowerCase();
		const [pair = '', ...attributes] = header.split(';');
		const eq = pair.indexOf('=');
		if (eq < 1) return;
		const name = pair.slice(0, eq).trim();
		const value = pair.slice(eq + 1).trim();

		let domain = host;
		let hostOnly = true;
		let path = defaultPath(from);
		let secure = false;
		let expires = Infinity;
		let maxAgeSeen = false;

		for (const attribute of attributes) {
			const at = attribute.indexOf('=');
			const key = (at === -1 ? attribute : attribute.slice(0, at)).trim().toLowerCase();
			const val = at === -1 ? '' : attribute.slice(at + 1).trim();
			if (key === 'domain' && val) {
				const d = val.replace(/^\./, '').toLowerCase();
				if (host !== d && !host.endsWith(`.${d}`)) return; // foreign domain: reject
				domain = d;
				hostOnly = false;
			} else if (key === 'path') {
				path = val.startsWith('/') ? val : defaultPath(from);
			} else if (key === 'secure') {
				secure = true;
			} else if (key === 'max-age' && /^-?\d+$/.test(val)) {
				maxAgeSeen = true;
				const seconds = Number(val);
				expires = seconds <= 0 ? 0 : Date.now() + seconds * 1000;
			} else if (key === 'expires' && !maxAgeSeen) {
				const time = Date.parse(val);
				if (!Number.isNaN(time)) expires = time;
			}
		}

		const id = `${domain}|${path}|${name}`;
		if (expires <= Date.now()) {
			this.#cookies.delete(id);
			return;
		}
		const created = this.#cookies.get(id)?.created ?? this.#counter++;
		this.#cookies.set(id, { name, value, domain, hostOnly, path, secure, expires, created });
	}

	/** The Cookie request header a browser would send to `url` ('' when none). */
	header(url: URL | string): string {
		const to = new URL(url);
		const host = to.hostname.toLowerCase();
		const secureContext = to.protocol === 'https:' || TRUSTWORTHY_HOSTS.has(host);
		const now = Date.now();
		return [...this.#cookies.values()]
			.filter(
				(c) =>
					c.expires > now &&
					domainMatches(host, c) &&
					pathMatches(to.pathname, c.path) &&
					(!c.secure || secureContext)
			)
			.sort((a, b) => b.path.length - a.path.length || a.created - b.created)
			.map((c) => `${c.name}=${c.value}`)
			.join('; ');
	}

	/** fetch() with this jar: sends matching cookies, stores Set-Cookie, never follows redirects. */
	async fetch(url: URL | string, init: RequestInit = {}): Promise<Response> {
		const headers = new Headers(init.headers);
		const cookie = this.header(url);
		if (cookie) headers.set('cookie', cookie);
		const response = await fetch(url, { ...init, headers, redirect: 'manual' });
		this.store(url, response);
		return response;
	}
}

function decodeEntities(text: string): string {
	return text
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

function attr(tag: string, name: string): string | undefined {
	const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag);
	return m ? decodeEntities(m[1] ?? m[2] ?? '') : undefined;
}

export interface HtmlForm {
	action: URL;
	method: string;
	/** Named inputs with their current values (hidden inputs included). */
	fields: URLSearchParams;
	inputNames: string[];
}

/** Finds the forms of an HTML page (regex based; enough for the IdP's own simple markup). */
export function parseForms(html: string, pageUrl: URL | string): HtmlForm[] {
	const forms: HtmlForm[] = [];
	for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
		const tag = m[1] ?? '';
		const inner = m[2] ?? '';
		const fields = new URLSearchParams();
		const inputNames: string[] = [];
		for (const input of inner.matchAll(/<input\b[^>]*>/gi)) {
			const name = attr(input[0], 'name');
			if (!name) continue;
			inputNames.push(name);
			fields.append(name, attr(input[0], 'value') ?? '');
		}
		forms.push({
			action: new URL(attr(` ${tag}`, 'action') ?? '', pageUrl),
			method: (attr(` ${tag}`, 'method') ?? 'get').toUpperCase(),
			fields,
			inputNames
		});
	}
	return forms;
}

/** The text of the page's role="alert" element, for error messages. */
export function alertText(html: string): string | undefined {
	const m = /role="alert"[^>]*>([\s\S]*?)<\/div>/i.exec(html);
	return m?.[1]
		?.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

const MAX_HOPS = 25;

/**
 * Logs `username` in through the local IdP, starting at `${appBaseUrl}/login`, and returns the
 * Cookie header value the app set (e.g. its session cookie) once redirected back to the app.
 * The IdP's own cookies are path-scoped to /oidc and so are not part of the result.
 */
export async function loginThroughLocalIdp(
	appBaseUrl: string,
	username: string,
	password = 'demo'
): Promise<string> {
	const appRoot = new URL(appBaseUrl.endsWith('/') ? appBaseUrl : `${appBaseUrl}/`);
	const jar = new CookieJar();
	let url = new URL('login', appRoot);
	let init: RequestInit = { method: 'GET' };
	let submitted = false;
	const trail: string[] = [];

	for (let hop = 0; hop < MAX_HOPS; hop++) {
		trail.push(`${init.method} ${url.href}`);
		const response = await jar.fetch(url, init);
		const location = response.headers.get('location');

		if (response.status >= 300 && response.status < 400 && location) {
			await response.body?.cancel();
			const keepMethod = response.status === 307 || response.status === 308;
			url = new URL(location, url);
			init = keepMethod ? init : { method: 'GET' };
			continue;
		}

		const isHtml = response.headers.get('content-type')?.includes('text/html') ?? false;
		const body = isHtml ? await response.text() : '';
		if (!isHtml) await response.body?.cancel();
		const loginForm = parseForms(body, url).find(
			(f) => f.method === 'POST' && f.inputNames.includes('password')
		);

		if (loginForm) {
			if (submitted) {
				throw new Error(
					`local IdP login for "${username}" failed (${response.status}): ${alertText(body) ?? 'no message'}`
				);
			}
			loginForm.fields.set('username', username);
			loginForm.fields.set('password', password);
			url = loginForm.action;
			init = {
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				body: loginForm.fields.toString()
			};
			submitted = true;
			continue;
		}

		if (!submitted) {
			throw new Error(
				`expected the local IdP login form, got ${response.status} at ${url.href}\n${trail.join('\n')}`
			);
		}
		if (!response.ok || url.origin !== appRoot.origin) {
			throw new Error(
				`login for "${username}" ended with ${response.status} at ${url.href}: ${body.slice(0, 300)}\n${trail.join('\n')}`
			);
		}
		const cookie = jar.header(appRoot);
		if (!cookie) {
			throw new Error(`the app set no cookie after login for "${username}"\n${trail.join('\n')}`);
		}
		return cookie;
	}
	throw new Error(`too many redirects while logging in "${username}"\n${trail.join('\n')}`);
}
