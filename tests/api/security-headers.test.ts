// Every HTML answer carries the same security headers, prerendered shells included: a signed-in
// page must not be framed (a <meta> CSP cannot say frame-ancestors).
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { baseUrl } from './client';

/** Every page route in src/routes, dynamic segments filled with a real value. */
function pageRoutes(fill: Record<string, string>): string[] {
	const root = 'src/routes';
	const routes: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name === '+page.svelte') {
				const route = relative(root, dir)
					.split('/')
					.filter((part) => part && !/^\(.*\)$/.test(part))
					.map((part) => part.replace(/^\[(\w+)\]$/, (_, param: string) => fill[param] ?? 'x'))
					.join('/');
				routes.push(`/${route}`);
			}
		}
	};
	walk(root);
	return routes;
}

let routes: string[] = [];

beforeAll(async () => {
	const jobs = (await (await fetch(`${baseUrl}/api/v1/jobs?limit=1`)).json()) as {
		items: { id: string }[];
	};
	routes = [...pageRoutes({ id: jobs.items[0]!.id }), '/findes-ikke'];
});

describe('security headers on every HTML answer', () => {
	it('covers the prerendered shells', () => {
		for (const shell of ['/min-side', '/joblog', '/sygemeldt', '/medarbejder', '/offline']) {
			expect(routes).toContain(shell);
		}
	});

	it('sends CSP frame-ancestors, X-Frame-Options and the rest on every page', async () => {
		const missing: string[] = [];
		for (const route of routes) {
			const response = await fetch(`${baseUrl}${route}`, { redirect: 'manual' });
			await response.body?.cancel();
			const type = response.headers.get('content-type') ?? '';
			if (!type.startsWith('text/html')) {
				missing.push(`${route}: ${response.status} ${type} (not HTML)`);
				continue;
			}
			const csp = response.headers.get('content-security-policy') ?? '';
			const expected: Record<string, string | RegExp> = {
				'x-frame-options': 'DENY',
				'x-content-type-options': 'nosniff',
				'referrer-policy': 'strict-origin-when-cross-origin',
				'cross-origin-opener-policy': 'same-origin',
				'permissions-policy': /camera=\(\)/
			};
			if (!/frame-ancestors 'none'/.test(csp)) missing.push(`${route}: CSP "${csp}"`);
			for (const [name, value] of Object.entries(expected)) {
				const got = response.headers.get(name) ?? '';
				if (typeof value === 'string' ? got !== value : !value.test(got)) {
					missing.push(`${route}: ${name} "${got}"`);
				}
			}
		}
		console.log(`security headers: ${routes.length} HTML routes checked`);
		expect(missing).toEqual([]);
	});
});
