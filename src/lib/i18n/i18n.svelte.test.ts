import { describe, expect, it, vi } from 'vitest';
import { resources } from './all';
import type { Language } from './index';
import { I18n } from './i18n.svelte';
import { textGroupNames, textsOfGroup } from './groups';
import type { PageTexts } from './load';

const i18nIn = (lang: Language) =>
	new I18n(lang, () => ({ lang, groups: textGroupNames, texts: resources[lang] }));
/** Intl puts no-break and narrow no-break spaces into numbers and money. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/[\u2066\u2069]/g, '');

describe('I18n.localDate', () => {
	it('shows the calendar day it was given, in the page language', () => {
		expect(i18nIn('da').localDate('2026-01-01', { dateStyle: 'long' })).toBe('1. januar 2026');
		expect(i18nIn('en').localDate('2026-12-31', { day: 'numeric', month: 'long' })).toBe(
			'31 December'
		);
		expect(i18nIn('uk').localDate('2026-01-01', { day: 'numeric', month: 'long' })).toBe('1 січня');
	});

	it('writes Arabic dates with Arabic month names and Western digits', () => {
		const date = i18nIn('ar').localDate('2026-01-21', { dateStyle: 'long' });
		expect(date).toContain('يناير');
		expect(date).toMatch(/21/);
		expect(date).not.toMatch(/[\u0660-\u0669]/);
	});

	it('formats a month given as YYYY-MM', () => {
		expect(i18nIn('da').localDate('2026-11', { month: 'long', year: 'numeric' })).toBe(
			'november 2026'
		);
	});
});

describe('I18n.dateTime', () => {
	it('shows Danish wall-clock time in every language', () => {
		const options = { hour: '2-digit', minute: '2-digit' } as const;
		expect(i18nIn('da').dateTime('2026-06-01T08:30:00Z', options)).toBe('10.30');
		expect(i18nIn('uk').dateTime('2026-06-01T08:30:00Z', options)).toBe('10:30');
		expect(i18nIn('ar').dateTime('2026-06-01T08:30:00Z', options)).toMatch(/10:30/);
	});
});

describe('I18n.count', () => {
	it('groups digits the Danish way in Danish and English, and each language its own way', () => {
		expect(i18nIn('da').count(12345)).toBe('12.345');
		expect(i18nIn('en').count(12345)).toBe('12.345');
		expect(plain(i18nIn('uk').count(12345))).toBe('12 345');
		expect(i18nIn('ar').count(12345)).toBe('12,345');
	});
});

describe('I18n.langOf and dirOf', () => {
	it('marks Danish content only when the page is in another language', () => {
		expect(i18nIn('da').langOf('da')).toBeUndefined();
		expect(i18nIn('en').langOf()).toBe('da');
		expect(i18nIn('ar').langOf()).toBe('da');
	});

	it('keeps Danish content left to right on an Arabic page only', () => {
		expect(i18nIn('uk').dirOf()).toBeUndefined();
		expect(i18nIn('ar').dirOf()).toBe('ltr');
		expect(i18nIn('ar').dir).toBe('rtl');
	});
});

describe('I18n.kr', () => {
	it('is one money format in every language: "4.037 kr.", never "DKK 4,037"', () => {
		for (const lang of ['da', 'en', 'uk', 'ar'] as const) {
			const i18n = i18nIn(lang);
			expect(plain(i18n.kr(4037))).toBe('4.037 kr.');
			expect(plain(i18n.kr(46.5))).toBe('46,50 kr.');
			expect(plain(i18n.kr(-512))).toBe('\u2212512 kr.');
		}
	});

	it('isolates the amount left to right on an Arabic page, so it never reads ".kr 4.037"', () => {
		expect(i18nIn('ar').kr(4037)).toBe('\u20664.037\u00a0kr.\u2069');
		expect(i18nIn('da').kr(4037)).not.toContain('\u2066');
	});
});

describe('formatters are built once per language and options', () => {
	it('does not build a new Intl formatter for each call', () => {
		const built = { number: 0, date: 0 };
		const { NumberFormat, DateTimeFormat } = Intl;
		Intl.NumberFormat = new Proxy(NumberFormat, {
			construct: (target, args) => (built.number++, new target(...(args as []))),
			apply: (target, _this, args) => (built.number++, target(...(args as [])))
		});
		Intl.DateTimeFormat = new Proxy(DateTimeFormat, {
			construct: (target, args) => (built.date++, new target(...(args as []))),
			apply: (target, _this, args) => (built.date++, target(...(args as [])))
		});
		try {
			const i18n = i18nIn('uk');
			for (let i = 0; i < 50; i++) {
				i18n.count(i * 1000);
				i18n.kr(i * 10.5);
				i18n.localDate('2026-03-04', { day: 'numeric', month: 'short' });
				i18n.dateTime('2026-03-04T10:00:00Z', { timeStyle: 'short' });
			}
		} finally {
			Intl.NumberFormat = NumberFormat;
			Intl.DateTimeFormat = DateTimeFormat;
		}
		// At most one per language and options (kr has two: with and without øre).
		expect(built.number).toBeLessThanOrEqual(3);
		expect(built.date).toBeLessThanOrEqual(2);
	});
});

describe('I18n with a page’s text groups', () => {
	const page = (...groups: PageTexts['groups']): PageTexts => ({
		lang: 'da',
		groups,
		texts: groups.reduce((all, group) => ({ ...all, ...textsOfGroup(resources.da, group) }), {})
	});

	it('takes in the next page’s groups before its first text, keeping the earlier ones', () => {
		let current = page('common');
		const i18n = new I18n('da', () => current);
		expect(i18n.t('nav.job')).toBe((resources.da.nav as Record<string, string>).job);
		current = page('common', 'calculator');
		expect(i18n.t('calculator.intro')).toBe(
			(resources.da.calculator as Record<string, string>).intro
		);
		current = page('common', 'home');
		expect(i18n.t('calculator.intro')).toBe(
			(resources.da.calculator as Record<string, string>).intro
		);
	});

	it('reports a text whose group the page did not load', () => {
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		try {
			const i18n = new I18n('da', () => page('common'));
			expect(i18n.t('calculator.intro')).toBe('calculator.intro');
			expect(error).toHaveBeenCalledWith(expect.stringContaining('"calculator.intro"'));
		} finally {
			error.mockRestore();
		}
	});
});
