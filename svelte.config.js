import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build', precompress: true }),
		files: { serviceWorker: 'service-worker' },
		// Absolute asset paths: offline, the worker answers a nested address (/job/…) with a kept copy
		// of another page, and relative paths would then ask for /job/_app/… and load no CSS or JS.
		paths: { relative: false },
		serviceWorker: { register: false },
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self'],
				'frame-ancestors': ['none'],
				'form-action': ['self'],
				'base-uri': ['self'],
				'object-src': ['none']
			}
		},
		// The same check runs in hooks.server.ts (isCrossSiteForm), which can answer problem+json;
		// SvelteKit's answers plain text before any hook runs.
		csrf: { trustedOrigins: ['*'] },
		version: { pollInterval: 0 }
	}
};

export default config;
