import { describe, expect, it } from 'vitest';
import { cvPdfFileName } from './cv-pdf';

describe('cvPdfFileName', () => {
	it.each([
		['Søren Ærø Åkjær', 'CV Søren Ærø Åkjær.pdf'],
		['Олена Шевченко', 'CV Олена Шевченко.pdf'],
		['  a/b\\c:d*e?"f<g>h|i\nj  ', 'CV a b c d e f g h i j.pdf'],
		['', 'CV.pdf'],
		['../..', 'CV .. ...pdf']
	])('%j → %j', (name, file) => {
		expect(cvPdfFileName(name)).toBe(file);
	});
});
