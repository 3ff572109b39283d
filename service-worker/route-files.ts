/**
 * Which build files each route needs at start: its node's chunk and the chunks, stylesheets and
 * assets that chunk imports statically. Worked out from the browser build's bundle (see
 * `serviceWorkerRouteFiles` in vite.config.ts) and handed to the service worker, which cannot tell
 * from `$service-worker`'s flat file list which file belongs to which page.
 */

/** One chunk of the browser build, as much of it as the route map needs. */
export interface BuiltChunk {
	/** e.g. `_app/immutable/nodes/3.Ab12.js` (no leading slash, as the bundle names it) */
	file: string;
	/** The app's start (`entry/start`, `entry/app`): every page needs it. */
	isEntry: boolean;
	/** The SvelteKit route id of the node this chunk is (`/(citizen)/cv`), or null. */
	route: string | null;
	imports: string[];
	css: string[];
	assets: string[];
}

/** Route id → the files it needs at start, as URL paths. The app's start is under `''`. */
export type RouteFiles = Record<string, string[]>;

/** The key of the files every page needs: the entry chunks and what they import. */
export const APP_START = '';

/**
 * A route id from a source path under src/routes: `…/src/routes/(citizen)/cv/+page.svelte` →
 * `/(citizen)/cv`, `…/src/routes/+layout.svelte` → `/`; null for anything else.
 */
export function routeIdOf(modulePath: string): string | null {
	const match =
		/\/src\/routes((?:\/[^/]+)*)\/\+(?:page|layout|error)(?:@[^./]*)?(?:\.[a-z]+)*$/.exec(
			modulePath
		);
	if (!match) return null;
	return match[1] || '/';
}

export function routeFilesOf(chunks: BuiltChunk[]): RouteFiles {
	const byFile = new Map(chunks.map((chunk) => [chunk.file, chunk]));
	/** The chunk and everything it imports statically, with their stylesheets and assets. */
	const closure = (start: BuiltChunk, into: Set<string>) => {
		const pending = [start];
		const seen = new Set<string>();
		while (pending.length > 0) {
			const chunk = pending.pop()!;
			if (seen.has(chunk.file)) continue;
			seen.add(chunk.file);
			for (const file of [chunk.file, ...chunk.css, ...chunk.assets]) into.add(`/${file}`);
			for (const imported of chunk.imports) {
				const next = byFile.get(imported);
				if (next) pending.push(next);
			}
		}
	};
	const sets = new Map<string, Set<string>>();
	for (const chunk of chunks) {
		const key = chunk.route ?? (chunk.isEntry ? APP_START : null);
		if (key === null) continue;
		const files = sets.get(key) ?? new Set<string>();
		sets.set(key, files);
		closure(chunk, files);
	}
	return Object.fromEntries([...sets].map(([route, files]) => [route, [...files].sort()]));
}

/** The address a route id answers at: groups left out (`/(citizen)/cv` → `/cv`). */
export function pathOfRoute(routeId: string): string {
	const path = routeId
		.split('/')
		.filter((segment) => segment && !/^\(.*\)$/.test(segment))
		.join('/');
	return `/${path}`;
}
