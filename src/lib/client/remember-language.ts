import { hasSignedInHint } from '../domain/signed-in-hint';
import type { Language } from '../i18n';

/**
 * Stores a signed-in citizen's choice of language with her account, so the next login on another
 * device opens in it (the login callback sets the `lang` cookie from it). The device keeps the
 * choice in its own cookie either way: offline or failed, this is only a missed convenience, so it
 * is not queued in the outbox.
 */
export function rememberLanguageForAccount(lang: Language): void {
	if (!hasSignedInHint(document.cookie)) return;
	void fetch('/api/v1/me/language', {
		method: 'PUT',
		headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
		body: JSON.stringify({ language: lang })
	}).catch(() => undefined);
}
