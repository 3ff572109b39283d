// The signed-in area renders in the browser from IndexedDB inside a prerendered shell, which the
// service worker precaches: it opens with no network at all.
export const ssr = false;
export const prerender = true;
