import { languageInUse } from '$lib/i18n/i18n.svelte';
import { textGroupsOf } from '$lib/i18n/groups';
import { loadPageTexts } from '$lib/i18n/load';
import type { LayoutLoad } from './$types';

/**
 * The texts this page shows (its text groups, groups.ts), and only those, before it renders: on
 * the server for the HTML, and again in the browser (one chunk per language and group) so hydration
 * shows the same texts. It runs again for each new route, in the language chosen meanwhile.
 */
export const load: LayoutLoad = async ({ data, route }) => ({
	...data,
	texts: await loadPageTexts(languageInUse(data.lang), textGroupsOf(route.id))
});
