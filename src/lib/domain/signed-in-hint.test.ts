import { describe, expect, it } from 'vitest';
import { hasSignedInHint } from './signed-in-hint';

describe('hasSignedInHint', () => {
	it('finds the hint among other cookies, and only with its own name and value', () => {
		expect(hasSignedInHint('')).toBe(false);
		expect(hasSignedInHint('vj_signed_in=1')).toBe(true);
		expect(hasSignedInHint('vj_lang=da; vj_signed_in=1; other=x')).toBe(true);
		expect(hasSignedInHint('vj_signed_in=0')).toBe(false);
		expect(hasSignedInHint('not_vj_signed_in=1')).toBe(false);
		expect(hasSignedInHint('vj_signed_in=10')).toBe(false);
	});
});
