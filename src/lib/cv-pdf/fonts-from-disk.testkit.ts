/** The committed font files read from disk, for tests in Node (in the browser `fonts.ts` fetches them). */
import { readFileSync } from 'node:fs';
import type { CvFonts } from './render';

export function fontsFromDisk(): CvFonts {
	const file = (name: string) =>
		new Uint8Array(readFileSync(new URL(`./fonts/${name}`, import.meta.url)));
	return { regular: file('DejaVuSans-subset.ttf'), bold: file('DejaVuSans-Bold-subset.ttf') };
}
