/**
 * The build's side of text groups (groups.ts): `virtual:texts` is a table of loaders, one per
 * language and group, each a dynamic import of `virtual:texts/<lang>/<group>`, a module with that
 * group's part of locales/<lang>.json. Each becomes a chunk of its own (named `locale-<lang>.<group>.`
 * in vite.config.ts), so a page fetches its groups in its language and nothing else.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { textGroupNames, textsOfGroup, type TextGroup } from './groups';
import { isLanguage, languages } from './languages';

const TABLE = 'virtual:texts';
const PART = `${TABLE}/`;

/** `virtual:texts/uk/job` → `{ lang: 'uk', group: 'job' }`; null for any other module id. */
export function textChunkOf(moduleId: string): { lang: string; group: string } | null {
	const match = /virtual:texts\/(\w+)\/(\w+)$/.exec(moduleId);
	return match ? { lang: match[1]!, group: match[2]! } : null;
}

export function textChunks(): Plugin {
	const localeFile = (lang: string) =>
		fileURLToPath(new URL(`./locales/${lang}.json`, import.meta.url));
	return {
		name: 'text-chunks',
		resolveId(id) {
			return id === TABLE || id.startsWith(PART) ? `\0${id}` : null;
		},
		load(id) {
			if (id === `\0${TABLE}`) {
				const entries = languages.flatMap((lang) =>
					textGroupNames.map(
						(group) =>
							`\t${JSON.stringify(`${lang}/${group}`)}: () => import('${PART}${lang}/${group}')`
					)
				);
				return `export const loaders = {\n${entries.join(',\n')}\n};\n`;
			}
			if (!id.startsWith(`\0${PART}`)) return null;
			const part = textChunkOf(id);
			if (!part || !isLanguage(part.lang) || !textGroupNames.includes(part.group as TextGroup)) {
				this.error(`Unknown text group module ${id.slice(1)}`);
			}
			const file = localeFile(part.lang);
			this.addWatchFile(file);
			const texts = textsOfGroup(JSON.parse(readFileSync(file, 'utf8')), part.group as TextGroup);
			// JSON.parse of a string literal is parsed faster than the same object as code.
			return `export default JSON.parse(${JSON.stringify(JSON.stringify(texts))});\n`;
		}
	};
}
