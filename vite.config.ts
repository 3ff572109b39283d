import { writeFileSync } from 'node:fs';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin, ResolvedConfig } from 'vite';
import { routeFilesOf, routeIdOf, type BuiltChunk } from './service-worker/route-files.js';
import { configDefaults, defineConfig } from 'vitest/config';
import { textChunkOf, textChunks } from './src/lib/i18n/vite-plugin.js';

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
 * (`service-worker/routing.ts`, `cvPdfFiles`). Each text group's chunk gets `locale-<lang>.<group>.` the
 * same way (`locale-uk.job.`), so a bench or test can tell which language a page fetched.
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
					// One language's text group (i18n/vite-plugin.ts): `locale-uk.job.` in front.
					const texts = chunk.moduleIds.length === 1 ? textChunkOf(chunk.moduleIds[0]!) : null;
					return texts
						? pattern.replace('[hash]', `locale-${texts.lang}.${texts.group}.[hash]`)
						: pattern;
				}
			};
		}
	};
}

/** Where the server build's `define` waits for the route map (the browser build loads this file anew). */
const SERVER_BUILD_DEFINE = Symbol.for('vj.server-build-define');
type WithDefine = { [SERVER_BUILD_DEFINE]?: ResolvedConfig['define'] };

/**
 * Tells the service worker which build files each route needs (`service-worker/route-files.ts`),
 * so it can precache what an offline citizen needs first and leave the signed-in and caseworker
 * areas for later. SvelteKit builds the worker after the browser build with the server build's
 * `define`; the browser build fills the map in there as `__SERVICE_WORKER_ROUTE_FILES__`.
 */
function serviceWorkerRouteFiles(): Plugin {
	let browserBuild = false;
	return {
		name: 'service-worker-route-files',
		apply: 'build',
		// The server build's define exists, so it can be filled in later (SvelteKit passes its object on).
		config: () => ({ define: { __SERVICE_WORKER_ROUTE_FILES__: 'undefined' } }),
		configResolved(config) {
			browserBuild = !config.build.ssr;
			if (!browserBuild) (globalThis as WithDefine)[SERVER_BUILD_DEFINE] = config.define;
		},
		generateBundle(_options, bundle) {
			const define = (globalThis as WithDefine)[SERVER_BUILD_DEFINE];
			if (!browserBuild || !define) return;
			const chunks: BuiltChunk[] = [];
			for (const output of Object.values(bundle)) {
				if (output.type !== 'chunk') continue;
				const facade = output.facadeModuleId ? this.getModuleInfo(output.facadeModuleId) : null;
				const route = facade?.importedIds.map(routeIdOf).find((id) => id !== null) ?? null;
				chunks.push({
					file: output.fileName,
					// SvelteKit makes each node an entry too; the app's start is under entry/.
					isEntry: output.isEntry && output.fileName.startsWith('_app/immutable/entry/'),
					route,
					imports: output.imports,
					css: [...(output.viteMetadata?.importedCss ?? [])],
					assets: [...(output.viteMetadata?.importedAssets ?? [])]
				});
			}
			const routeFiles = JSON.stringify(routeFilesOf(chunks));
			define.__SERVICE_WORKER_ROUTE_FILES__ = JSON.stringify(routeFiles);
			// For `bench/precache-tiers.ts`, which weighs each tier of the build.
			writeFileSync('.svelte-kit/service-worker-route-files.json', routeFiles);
		}
	};
}

export default defineConfig({
	plugins: [
		localIdentityProvider(),
		textChunks(),
		sveltekit(),
		namedCvPdfChunk(),
		serviceWorkerRouteFiles()
	],
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
