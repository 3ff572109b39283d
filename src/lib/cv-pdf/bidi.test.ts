import { describe, expect, it } from 'vitest';
import { drawingOrder, isRightToLeftOnly } from './bidi';

describe('drawingOrder', () => {
	it.each([
		['أمين مستودع', 'مستودع أمين'],
		['أمين مستودع · شركة النور', 'النور شركة · مستودع أمين'],
		['עובד מחסן', 'מחסן עובד'],
		['Søren Ærø', 'Søren Ærø'],
		['Кладовщик · ООО Склад', 'Кладовщик · ООО Склад'],
		['Lager أمين', 'Lager أمين'],
		['2003 – 2005', '2003 – 2005']
	])('%s → %s', (text, drawn) => {
		expect(drawingOrder(text)).toBe(drawn);
	});

	it('treats digits and punctuation as neutral, Latin and Cyrillic as left to right', () => {
		expect(isRightToLeftOnly('شركة 24')).toBe(true);
		expect(isRightToLeftOnly('شركة ApS')).toBe(false);
		expect(isRightToLeftOnly('Склад شركة')).toBe(false);
		expect(isRightToLeftOnly('')).toBe(false);
	});
});
