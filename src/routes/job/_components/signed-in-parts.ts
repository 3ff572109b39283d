/**
 * The job search page's parts that only a signed-in citizen sees, with their stores (IndexedDB, the
 * outbox, the saved searches' schemas): one module the page imports once she is signed in
 * (`SignedInPart`), so an anonymous search loads none of it.
 */
export { default as SavedJobsList } from './SavedJobsList.svelte';
export { default as SavedSearchesList } from './SavedSearchesList.svelte';
export { default as SavedShortcuts } from './SavedShortcuts.svelte';
export { default as SaveSearchForm } from './SaveSearchForm.svelte';
