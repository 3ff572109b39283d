import { loadLanguage } from '$lib/i18n/load';
import type { LayoutLoad } from './$types';

/**
 * The page language's texts, and only those, before the first render: on the server for the HTML,
 * and again in the browser (one chunk per language) so hydration shows the same texts.
 */
export const load: LayoutLoad = async ({ data }) => ({
	...data,
	texts: await loadLanguage(data.lang)
});
