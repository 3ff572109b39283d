import { describe, expect, it } from 'vitest';
import { I18n } from './i18n.svelte';

describe('I18n.localDate', () => {
	it('shows the calendar day it was given, in the page language', () => {
		expect(new I18n('da').localDate('2026-01-01', { dateStyle: 'long' })).toBe('1. januar 2026');
		expect(new I18n('en').localDate('2026-12-31', { day: 'numeric', month: 'long' })).toBe(
			'31 December'
		);
	});

	it('formats a month given as YYYY-MM', () => {
		expect(new I18n('da').localDate('2026-11', { month: 'long', year: 'numeric' })).toBe(
			'november 2026'
		);
	});
});

describe('I18n.count', () => {
	it('groups digits the Danish way in both languages', () => {
		expect(new I18n('da').count(12345)).toBe('12.345');
		expect(new I18n('en').count(12345)).toBe('12.345');
	});
});

describe('I18n.langOf', () => {
	it('marks Danish content only when the page is in another language', () => {
		expect(new I18n('da').langOf('da')).toBeUndefined();
		expect(new I18n('en').langOf()).toBe('da');
	});
});

describe('I18n.kr', () => {
	/** Intl puts a no-break space before "kr.". */
	const plain = (text: string) => text.replace(/\u00a0/g, ' ');

	it('is one money format in both languages: "4.037 kr.", never "DKK 4,037"', () => {
		for (const lang of ['da', 'en'] as const) {
			const i18n = new I18n(lang);
			expect(plain(i18n.kr(4037))).toBe('4.037 kr.');
			expect(plain(i18n.kr(46.5))).toBe('46,50 kr.');
			expect(plain(i18n.kr(-512))).toBe('\u2212512 kr.');
		}
	});
});
