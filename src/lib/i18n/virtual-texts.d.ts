/** The build's table of text chunks (vite-plugin.ts): `<lang>/<group>` → a loader of that group. */
declare module 'virtual:texts' {
	export const loaders: Record<string, () => Promise<{ default: import('./index').Texts }>>;
}
