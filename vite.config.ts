import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { configDefaults, defineConfig } from 'vitest/config';

/** `npm run dev` gets the same local OpenID Provider under /oidc that `npm start` mounts. */
function localIdentityProvider(): Plugin {
	return {
		name: 'local-identity-provider',
		apply: 'serve',
		async configureServer(server) {
			if (process.env.OIDC_ISSUER || process.env.VITEST) return;
			const port = server.config.server.port ?? 3000;
			const origin = process.env.ORIGIN ?? `http://localhost:${port}`;
			const { createLocalIdp } = await import('./src/lib/server/auth/local-idp.js');
			process.env.LOCAL_IDP_ISSUER = `${origin}/oidc`;
			const idp = createLocalIdp({
				issuer: `${origin}/oidc`,
				clients: [
					{
						client_id: process.env.OIDC_CLIENT_ID || 'virtuelt-jobunivers',
						redirect_uris: [`${origin}/auth/callback`],
						post_logout_redirect_uris: [`${origin}/logget-ud`]
					}
				]
			});
			server.middlewares.use((req, res, next) => {
				if (req.url === '/oidc' || req.url?.startsWith('/oidc/') || req.url?.startsWith('/oidc?')) {
					idp.handle(req, res).catch(next);
				} else next();
			});
		}
	};
}

/**
 * SvelteKit names browser chunks by hash alone; the PDF's chunk gets `cv-pdf.` in front so the
 * service worker can leave it out of the precache and keep it only once /cv has been opened
 * (`service-worker/routing.ts`, `cvPdfFiles`). Each language's texts get `locale-<lang>.` the same way.
 */
function namedCvPdfChunk(): Plugin {
	return {
		name: 'named-cv-pdf-chunk',
		apply: 'build',
		outputOptions(options) {
			const pattern = options.chunkFileNames;
			if (typeof pattern !== 'string' || !pattern.startsWith('_app/immutable/chunks/')) return null;
			return {
				...options,
				chunkFileNames: (chunk: { moduleIds: string[] }) => {
					if (chunk.moduleIds.some((id) => /node_modules\/(pdfkit|fontkit)\//.test(id)))
						return pattern.replace('[hash]', 'cv-pdf.[hash]');
					// One language's texts (i18n/load.ts): `locale-uk.` in front, so the worker can
					// precache the chosen language only.
					const locale = /\/src\/lib\/i18n\/locales\/(\w+)\.json$/.exec(chunk.moduleIds.join('\n'));
					return locale && chunk.moduleIds.length === 1
						? pattern.replace('[hash]', `locale-${locale[1]}.[hash]`)
						: pattern;
				}
			};
		}
	};
}

export default defineConfig({
	plugins: [localIdentityProvider(), sveltekit(), namedCvPdfChunk()],
	server: { port: 3000, strictPort: true },
	css: { preprocessorOptions: { scss: { loadPaths: ['node_modules'] } } },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'service-worker/**/*.test.ts'],
					environment: 'node'
				}
			},
			{
				extends: true,
				test: {
					name: 'api',
					include: ['tests/api/**/*.test.ts'],
					// Several app processes share a database only on PostgreSQL (PGlite is one process's).
					exclude:
						process.env.API_TEST_DB === 'postgres'
							? configDefaults.exclude
							: [...configDefaults.exclude, 'tests/api/two-servers.test.ts'],
					globalSetup: ['tests/api/global-setup.ts'],
					testTimeout: 30_000,
					hookTimeout: 180_000,
					fileParallelism: false
				}
			}
		]
	}
});
