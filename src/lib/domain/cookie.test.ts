import { describe, expect, it } from 'vitest';
import { readCookie } from './cookie';

describe('readCookie', () => {
	it('finds a cookie by its whole name among others, or says it is not there', () => {
		expect(readCookie('vj_lang=en; vj_signed_in=1', 'vj_lang')).toBe('en');
		expect(readCookie('vj_lang=en;vj_signed_in=1', 'vj_signed_in')).toBe('1');
		expect(readCookie('not_vj_lang=en', 'vj_lang')).toBeUndefined();
		expect(readCookie('', 'vj_lang')).toBeUndefined();
		expect(readCookie('token=a=b', 'token')).toBe('a=b');
	});
});
