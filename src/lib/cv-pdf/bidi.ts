/**
 * A small stand-in for the Unicode bidi algorithm, which pdfkit does not have. fontkit shapes each
 * Arabic (or Hebrew) word and draws its letters right to left, but pdfkit places the words of a
 * line left to right in written order, so "أمين مستودع" would read backwards. A line with
 * right-to-left letters and no left-to-right ones (digits and punctuation are neutral) is handed
 * to pdfkit with its words in drawing order. Known limits: a space between two such words may be
 * lost in drawing (the words then touch), and texts that mix directions or wrap over several lines
 * keep the written order — their words are shaped right, their order may not be.
 */
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;
const LTR = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u052f\u1e00-\u1eff]/;

export function isRightToLeftOnly(text: string): boolean {
	return RTL.test(text) && !LTR.test(text);
}

/** The words of a right-to-left-only line in the order they are drawn from the left. */
export function drawingOrder(text: string): string {
	return isRightToLeftOnly(text) ? text.trim().split(/\s+/).reverse().join(' ') : text;
}
