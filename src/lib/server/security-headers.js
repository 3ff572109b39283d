// The security headers every answer carries, HTML or API, server-rendered or prerendered.
// Plain ESM JavaScript typed with JSDoc: hooks.server.ts sets them on what SvelteKit renders, and
// scripts/serve.js on what it serves around SvelteKit (the prerendered shells, static files, /oidc).

/** @type {Readonly<Record<string, string>>} */
export const securityHeaders = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'x-frame-options': 'DENY',
	'cross-origin-opener-policy': 'same-origin',
	'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'
};

/**
 * The header CSP of an HTML answer that has none of its own: the prerendered shells. Their
 * `<meta>` CSP (with the hashes of their inline scripts) still governs scripts and styles, but a
 * `<meta>` cannot say `frame-ancestors`; both policies apply, so together they equal the header a
 * server-rendered page gets (svelte.config.js).
 */
export const htmlBaselineCsp =
	"frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'";

export const hstsHeader = 'max-age=31536000; includeSubDomains';
