// The production entry point: adapter-node's handler plus, when no real issuer is configured, the
// embedded local OpenID Provider under /oidc on the same port.
import http from 'node:http';
import compression from 'compression';
import { errorSummary } from '../src/lib/server/log.js';
import {
	hstsHeader,
	htmlBaselineCsp,
	securityHeaders
} from '../src/lib/server/security-headers.js';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
process.env.ORIGIN ??= `http://localhost:${port}`;
// The API enforces its own 1 MiB limit with a problem+json answer; adapter-node's would answer plain text.
process.env.BODY_SIZE_LIMIT ??= 'Infinity';
const origin = process.env.ORIGIN;

/** @type {null | { handle: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void> }} */
let localIdp = null;
if (!process.env.OIDC_ISSUER) {
	const { createLocalIdp } = await import('../src/lib/server/auth/local-idp.js');
	const issuer = `${origin}/oidc`;
	process.env.LOCAL_IDP_ISSUER = issuer;
	localIdp = createLocalIdp({
		issuer,
		clients: [
			{
				client_id: process.env.OIDC_CLIENT_ID || 'virtuelt-jobunivers',
				redirect_uris: [`${origin}/auth/callback`],
				post_logout_redirect_uris: [`${origin}/logget-ud`]
			}
		]
	});
}

console.log('Starter Virtuelt Jobunivers …');
// The handler opens the database as it loads; a DATA_DIR another process uses is said plainly.
const { handler } = await import('../build/handler.js').catch((error) => {
	if (error?.name !== 'DataDirInUseError') throw error;
	console.error(error.message);
	process.exit(1);
});

// Pages and API answers are made per request, so adapter-node's precompressed files do not cover
// them: a search page's HTML or a search answer is 40–60 KB as text and a fifth of that compressed,
// on a phone's slow connection. Static files keep their precompressed .br/.gz (already encoded).
const compress = compression({ threshold: 1024 });

/**
 * Every answer gets the security headers, also those SvelteKit's hooks never see: the prerendered
 * shells (/min-side, /joblog, …), static files and the local IdP. Only headers not already set are
 * added, so a page's own CSP (with its nonces or hashes) stands.
 * @param {http.ServerResponse} res
 */
function addSecurityHeaders(res) {
	const writeHead = res.writeHead;
	/** @type {(...args: any[]) => http.ServerResponse} */
	const patched = function (...args) {
		const given = args.find((arg) => arg && typeof arg === 'object' && !Array.isArray(arg)) ?? {};
		const names = new Set(Object.keys(given).map((name) => name.toLowerCase()));
		const has = (/** @type {string} */ name) => names.has(name) || res.hasHeader(name);
		const type = String(
			Object.entries(given).find(([name]) => name.toLowerCase() === 'content-type')?.[1] ??
				res.getHeader('content-type') ??
				''
		);
		for (const [name, value] of Object.entries(securityHeaders)) {
			if (!has(name)) res.setHeader(name, value);
		}
		if (origin.startsWith('https:') && !has('strict-transport-security')) {
			res.setHeader('strict-transport-security', hstsHeader);
		}
		if (type.startsWith('text/html') && !has('content-security-policy')) {
			res.setHeader('content-security-policy', htmlBaselineCsp);
		}
		return writeHead.apply(res, /** @type {any} */ (args));
	};
	res.writeHead = /** @type {typeof res.writeHead} */ (patched);
}

/** Past this an unread body is not worth reading: the connection is closed instead. */
const DRAIN_LIMIT_BYTES = 16 * 1024 * 1024;

/**
 * An answer given before the request's body was read (401, 403, 404, 415 …) leaves the rest of the
 * body in the connection, and Node then never reads the next request on it: the client's next
 * request hangs until a timeout resets it. Read and drop the rest (up to a limit), or close.
 * @param {http.IncomingMessage} req
 * @param {http.ServerResponse} res
 */
function drainUnreadBody(req, res) {
	res.once('finish', () => {
		if (req.complete || req.destroyed) return;
		let size = 0;
		// SvelteKit's body stream would keep what it reads; nobody reads that stream any more.
		req.removeAllListeners('data');
		req.on('data', (/** @type {Buffer} */ chunk) => {
			size += chunk.length;
			if (size > DRAIN_LIMIT_BYTES) req.socket.destroy();
		});
		req.resume();
	});
}

const server = http.createServer((req, res) => {
	addSecurityHeaders(res);
	drainUnreadBody(req, res);
	if (localIdp && (req.url === '/oidc' || req.url?.startsWith('/oidc/'))) {
		localIdp.handle(req, res).catch((error) => {
			console.error(`Local IdP error: ${errorSummary(error)}`);
			if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
			res.end('Der skete en fejl i den lokale login-tjeneste.');
		});
		return;
	}
	compress(req, res, () => handler(req, res));
});

server.listen(port, host, () => {
	console.log(`Virtuelt Jobunivers kører på ${origin}`);
	if (localIdp)
		console.log(
			`Lokal login (demo): ${origin}/oidc — brugere anna, mohammed, sofie, lars, mette; adgangskode demo`
		);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, () => {
		server.close(() => process.exit(0));
		setTimeout(() => process.exit(0), 3000).unref();
	});
}
