import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from './html-text';

describe('htmlToText', () => {
	it('keeps paragraphs, line breaks and list items', () => {
		expect(
			htmlToText(
				'<div>\n  <h3>Om os</h3>\n  <p>Vi er   et lille\n firma.</p>\n<p>Linje 1<br/>Linje 2</p>' +
					'<ol>\n <li>Et</li>\n <li>To</li>\n</ol>Slut'
			)
		).toBe('Om os\n\nVi er et lille firma.\n\nLinje 1\nLinje 2\n\n• Et\n• To\n\nSlut');
	});

	it('drops scripts, styles, comments and attributes', () => {
		expect(
			htmlToText(
				'<style>p{color:red}</style><p class="a" data-x=\'1>2\'>Hej<!-- skjult --></p><script>alert(1)</script>'
			)
		).toBe('Hej');
	});

	it('decodes entities once, named and numeric', () => {
		expect(htmlToText('<p>K&oslash;ge &amp; R&#248;dby &#x2013; &quot;ok&quot; &amp;lt;</p>')).toBe(
			'Køge & Rødby – "ok" &lt;'
		);
		expect(decodeEntities('&unknown; &#0; &#xD800;')).toBe('&unknown; \ufffd \ufffd');
		expect(htmlToText('<p>a&nbsp;&nbsp;b</p>')).toBe('a b');
	});

	it('reads HTML that was escaped once', () => {
		expect(htmlToText('&lt;p&gt;Første&lt;/p&gt;&lt;p&gt;Anden&lt;/p&gt;')).toBe('Første\n\nAnden');
	});

	it('keeps plain text as it is, tidied', () => {
		expect(htmlToText('Afsnit 1\r\nsamme afsnit\n\n\n\nAfsnit  2\t \n')).toBe(
			'Afsnit 1\nsamme afsnit\n\nAfsnit 2'
		);
		expect(htmlToText('Løn < 200 kr. og > 100 kr.')).toBe('Løn < 200 kr. og > 100 kr.');
	});

	it('removes control characters and empty list items', () => {
		expect(htmlToText('<ul><li></li><li>a\u0007b</li></ul>')).toBe('• ab');
	});

	it('stays linear on hostile input (unclosed comments, scripts, quotes)', () => {
		const started = performance.now();
		for (const hostile of ['<script>', '<!--', '<a "', '<p x'].map((s) => s.repeat(100_000))) {
			htmlToText(hostile);
		}
		expect(performance.now() - started).toBeLessThan(2_000);
		expect(htmlToText('<p>a<!-- x --><script type="x">bad()</SCRIPT >b</p><style>c</style>')).toBe(
			'ab'
		);
	});

	it('turns tables into lines', () => {
		expect(htmlToText('<table><tr><td>Løn</td><td>180 kr.</td></tr></table>')).toBe('Løn 180 kr.');
	});
});
