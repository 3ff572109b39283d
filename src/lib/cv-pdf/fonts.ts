/**
 * The two fonts the PDF embeds (DejaVu Sans and DejaVu Sans Bold, cut down to Latin, Cyrillic and
 * Arabic: see fonts/README.md). They are separate files fetched when she asks for a PDF, not inlined
 * in the script: the service worker keeps them for offline use once /cv has been opened.
 */
import boldUrl from './fonts/DejaVuSans-Bold-subset.ttf?url';
import regularUrl from './fonts/DejaVuSans-subset.ttf?url';
import type { CvFonts } from './render';

/** The fonts' addresses in the build, for the service worker to keep. */
export const CV_FONT_URLS = [regularUrl, boldUrl] as const;

async function bytes(url: string): Promise<Uint8Array> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`Font ${url} answered ${response.status}`);
	return new Uint8Array(await response.arrayBuffer());
}

let loading: Promise<CvFonts> | null = null;

/** Fetched once per page load; a failed fetch (offline before the worker kept them) can be retried. */
export function loadCvFonts(): Promise<CvFonts> {
	loading ??= Promise.all([bytes(regularUrl), bytes(boldUrl)]).then(
		([regular, bold]) => ({ regular, bold }),
		(error: unknown) => {
			loading = null;
			throw error;
		}
	);
	return loading;
}
