import type { LayoutServerLoad } from './$types';

/** Only the language: nothing personal is rendered on the server, so cached pages hold nothing personal. */
export const load: LayoutServerLoad = ({ locals }) => ({ lang: locals.lang });
