import { getContext, setContext } from 'svelte';

const KEY = Symbol('announcer');

/**
 * The app's one polite live region (`LiveAnnouncer.svelte`, in the root layout from the first
 * render, since a region that appears with its text already in it is often not read). Components
 * call `announce` with the outcome of what the citizen did, once per outcome; the text they show
 * on screen is then not a live region of its own, or she would hear it twice.
 */
export class Announcer {
	message = $state('');
	#timer: ReturnType<typeof setTimeout> | undefined;

	/**
	 * Says `text` once. Calls close together are one announcement (the last one wins), and the same
	 * text twice is heard twice: the region is emptied first and filled a moment later.
	 */
	announce(text: string) {
		clearTimeout(this.#timer);
		this.message = '';
		this.#timer = setTimeout(() => (this.message = text), 100);
	}
}

export function setAnnouncer(announcer: Announcer): Announcer {
	return setContext(KEY, announcer);
}

export function getAnnouncer(): Announcer {
	return getContext<Announcer>(KEY);
}
