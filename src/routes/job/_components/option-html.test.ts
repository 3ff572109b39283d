import { describe, expect, it } from 'vitest';
import { escapeHtml, optionGroupsHtml, optionsHtml } from './option-html';

describe('option lists as HTML', () => {
	it('escapes labels and values, so no text can become markup', () => {
		expect(escapeHtml(`<b>"Ærø" & 'Fanø'</b>`)).toBe(
			'&lt;b&gt;&quot;Ærø&quot; &amp; &#39;Fanø&#39;&lt;/b&gt;'
		);
		expect(optionsHtml([{ code: '"><x', label: '</option><script>x()</script>' }], '')).toBe(
			'<option value="&quot;&gt;&lt;x">&lt;/option&gt;&lt;script&gt;x()&lt;/script&gt;</option>'
		);
	});

	it('marks the chosen option, and only it', () => {
		const html = optionsHtml(
			[
				{ code: '101', label: 'København (1.234)' },
				{ code: '751', label: 'Aarhus (567)' }
			],
			'751'
		);
		expect(html).toBe(
			'<option value="101">København (1.234)</option><option value="751" selected>Aarhus (567)</option>'
		);
		expect(optionsHtml([{ code: '101', label: 'København' }], '')).not.toContain('selected');
	});

	it('groups options under their labels', () => {
		expect(
			optionGroupsHtml(
				[
					{ label: 'Ledere & chefer', options: [{ code: '11', label: 'Direktører (3)' }] },
					{ label: 'Akademikere', options: [{ code: '23', label: 'Undervisere (40)' }] }
				],
				'23'
			)
		).toBe(
			'<optgroup label="Ledere &amp; chefer"><option value="11">Direktører (3)</option></optgroup>' +
				'<optgroup label="Akademikere"><option value="23" selected>Undervisere (40)</option></optgroup>'
		);
	});
});
