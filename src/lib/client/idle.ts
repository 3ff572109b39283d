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
