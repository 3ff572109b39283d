import { describe, expect, it } from 'vitest';
import { mayBeSignedIn, SessionSlot } from './session-slot.svelte';

describe('mayBeSignedIn: whether a page loads the signed-in layer', () => {
	it('not for a visitor with neither the hint nor a remembered citizen', () => {
		expect(mayBeSignedIn('', null)).toBe(false);
		expect(mayBeSignedIn('vj_lang=en; vj_signed_in=0', null)).toBe(false);
	});

	it('behind the hint of a login session', () => {
		expect(mayBeSignedIn('vj_lang=en; vj_signed_in=1', null)).toBe(true);
	});

	it('for a citizen whose data is kept here, though her session has ended', () => {
		expect(mayBeSignedIn('', 'a-citizen-id')).toBe(true);
	});
});

describe('SessionSlot before the session arrives', () => {
	it('answers that nobody is signed in, with no local data', () => {
		const slot = new SessionSlot();
		expect(slot.current).toBeNull();
		expect(slot.signedIn).toBe(false);
		expect(slot.profile).toBeNull();
		expect(slot.status).toBe('anonymous');
		expect(slot.data.db).toBeNull();
	});
});
