/**
 * Runs `work` once the browser is idle, so that what the citizen does not see yet (keeping ads for
 * offline use, say) does not compete with the page she is opening; where `requestIdleCallback` is
 * missing (Safari), after `fallbackMs`. Returns a function that cancels it.
 */
export function whenIdle(work: () => void, fallbackMs = 2_000): () => void {
	if (typeof requestIdleCallback === 'function') {
		const handle = requestIdleCallback(work, { timeout: 10_000 });
		return () => cancelIdleCallback(handle);
	}
	const timer = setTimeout(work, fallbackMs);
	return () => clearTimeout(timer);
}

/**
 * Resolves in a new task, so what follows does not lengthen the one running now (a cheap phone's
 * start-up: hydration is one long task, and each task over 50 ms blocks taps): `scheduler.yield`
 * where the browser has it (it runs before other queued tasks), else a timeout.
 */
export function yieldToMain(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}
