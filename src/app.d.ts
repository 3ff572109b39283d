// See https://svelte.dev/docs/kit/types#app.d.ts
import type { User } from '$lib/server/db/schema';
import type { Language } from '$lib/i18n';

declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			user: User | null;
			sessionToken: string | null;
			lang: Language;
		}
	}
}

export {};
