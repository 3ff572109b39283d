/**
 * The generated PDF read back by another program (pdf.js): its text, its structure tree, its
 * language and title, and the JSON Resume inside it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { getDocument, OPS, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { fromJsonResume } from '../domain/cv/json-resume';
import { emptyCv, type Cv } from '../domain/cv/model';
import { createTranslator } from '../i18n/all';
import { pdfContent } from './content';
import { twoPageCv } from './cv-fixture.testkit';
import { fontsFromDisk } from './fonts-from-disk.testkit';
import { makeCvPdf } from './index';
import { jsonResumeFromPdf } from './read';

const fonts = fontsFromDisk();
const date = new Date('2026-12-05T12:00:00Z');

interface StructNode {
	role?: string;
	type?: string;
	children?: StructNode[];
}

interface Parsed {
	bytes: Uint8Array;
	doc: PDFDocumentProxy;
	/** Every page's text, items joined with a space. */
	text: string;
	/** The roles of the structure tree, depth first, over all pages. */
	roles: string[];
	pages: number;
}

function rolesOf(node: StructNode | null, out: string[] = []): string[] {
	if (!node) return out;
	if (node.role && node.role !== 'Root') out.push(node.role);
	for (const child of node.children ?? []) rolesOf(child, out);
	return out;
}

async function parse(bytes: Uint8Array): Promise<Parsed> {
	// pdf.js takes the buffer it is given: hand it a copy so `bytes` stays readable.
	const doc = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
	const texts: string[] = [];
	const roles: string[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const page = await doc.getPage(n);
		const content = await page.getTextContent();
		texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
		rolesOf((await page.getStructTree()) as StructNode, roles);
	}
	return { bytes, doc, text: texts.join(' '), roles, pages: doc.numPages };
}

/** The raw file as text, one character per byte (the catalogue and dictionaries are not compressed). */
const raw = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

const squeeze = (text: string) => text.replace(/\s+/g, ' ');

describe('makeCvPdf in Danish', () => {
	const cv = twoPageCv();
	let pdf: Parsed;
	beforeAll(async () => {
		pdf = await parse(await makeCvPdf(cv, { language: 'da', fonts, date }));
	}, 30_000);

	it('is two A4 pages of real text: the name with æøå, every heading and every job', () => {
		expect(pdf.pages).toBe(2);
		const text = squeeze(pdf.text);
		expect(text).toContain('Søren Ærø Åkjær');
		const i18n = createTranslator('da');
		const headings = pdfContent(cv, 'da', (key, values) => i18n.t(key, { ...values })).sections.map(
			(s) => s.heading
		);
		expect(headings).toEqual([
			'Profil',
			'Erhvervserfaring',
			'Uddannelse',
			'Kompetencer',
			'Sprog',
			'Kurser og certifikater',
			'Kørekort',
			'Job jeg søger',
			'Referencer'
		]);
		for (const heading of headings) expect(text).toContain(heading);
		for (const job of cv.experience.filter((j) => !/[\u0600-\u06ff]/.test(j.title))) {
			expect(text).toContain(`${job.title} · ${job.employer}`);
			expect(text).toContain(job.description.slice(0, 40));
		}
		expect(text).toContain('Кладовщик · ООО Склад');
		expect(text).toContain('Українська');
	});

	it('writes Arabic letters as Arabic text (joined forms map back to the letters)', () => {
		// pdfkit shapes and draws the run right to left; word order in a mixed line is not bidi-correct.
		for (const word of ['مستودع', 'أمين', 'شركة', 'النور']) expect(pdf.text).toContain(word);
	});

	it('dates in Danish, with "nu" for the current job', () => {
		expect(pdf.text).toContain('jan. 2010 – jan. 2011');
		expect(pdf.text).toContain('jul. 2016 – nu');
	});

	it('is tagged: a structure tree in reading order with headings, sections, lists and paragraphs', async () => {
		// pdf.js types MarkInfo as an object; it answers with a Map.
		const markInfo = (await pdf.doc.getMarkInfo()) as unknown as Map<string, boolean>;
		expect(markInfo.get('Marked')).toBe(true);
		expect(pdf.roles[0]).toBe('Document');
		expect(pdf.roles.filter((r) => r === 'H1')).toHaveLength(1);
		expect(pdf.roles.filter((r) => r === 'H2')).toHaveLength(9);
		expect(pdf.roles.filter((r) => r === 'H3').length).toBeGreaterThanOrEqual(
			cv.experience.length + cv.education.length + cv.certificates.length
		);
		for (const role of ['Sect', 'Div', 'P', 'L', 'LI', 'Lbl', 'LBody']) {
			expect(pdf.roles).toContain(role);
		}
		// Reading order: the name before the first section, the sections in the CV's order.
		expect(pdf.roles.indexOf('H1')).toBeLessThan(pdf.roles.indexOf('Sect'));
		expect(raw(pdf.bytes)).toMatch(/\/StructTreeRoot \d+ 0 R/);
		expect(raw(pdf.bytes)).toContain('<pdfuaid:part>1</pdfuaid:part>');
	});

	it('draws nothing outside marked content (PDF/UA: all content tagged)', async () => {
		const drawing = new Set<number>([
			OPS.showText,
			OPS.showSpacedText,
			OPS.constructPath,
			OPS.fill,
			OPS.eoFill,
			OPS.stroke,
			OPS.fillStroke
		]);
		let drawn = 0;
		for (let n = 1; n <= pdf.pages; n++) {
			const { fnArray } = await (await pdf.doc.getPage(n)).getOperatorList();
			let depth = 0;
			for (const op of fnArray) {
				if (op === OPS.beginMarkedContentProps || op === OPS.beginMarkedContent) depth++;
				else if (op === OPS.endMarkedContent) depth--;
				else if (drawing.has(op)) {
					drawn++;
					expect(depth, `operator ${op} on page ${n}`).toBeGreaterThan(0);
				}
			}
		}
		expect(drawn).toBeGreaterThan(50);
	});

	it('has the document language, the title in its metadata and asks viewers to show the title', async () => {
		const { info } = (await pdf.doc.getMetadata()) as { info: Record<string, unknown> };
		expect(info.Language).toBe('da-DK');
		expect(info.Title).toBe('CV – Søren Ærø Åkjær');
		expect(raw(pdf.bytes)).toMatch(/\/DisplayDocTitle true/);
	});

	it('embeds subsets of the fonts, not the whole files', () => {
		const subsets = raw(pdf.bytes).match(/\/BaseFont \/[A-Z]{6}\+DejaVuSans[-\w]*/g) ?? [];
		expect(new Set(subsets).size).toBe(2);
		expect(pdf.bytes.byteLength).toBeLessThan(fonts.regular.byteLength);
	});

	it('carries the JSON Resume as cv.json (AFRelationship Data), which re-imports to the same CV', async () => {
		const attachments = (await pdf.doc.getAttachments()) as Map<string, { filename: string }>;
		expect([...attachments.values()].map((a) => a.filename)).toEqual(['cv.json']);
		expect(raw(pdf.bytes)).toMatch(/\/AFRelationship \/Data/);
		const json = await jsonResumeFromPdf(pdf.bytes);
		expect(json).not.toBeNull();
		const back = fromJsonResume(json);
		expect(back.cv).toEqual(cv);
		expect(back.unmapped).toEqual([]);
	});
});

describe('makeCvPdf in English, for a name in Cyrillic', () => {
	it('has English headings, English dates, the Cyrillic name as text and title, and /Lang en-GB', async () => {
		const cv = twoPageCv('Олена Шевченко');
		cv.pdfLanguage = 'en';
		const pdf = await parse(await makeCvPdf(cv, { language: 'en', fonts, date }));
		const text = squeeze(pdf.text);
		expect(text).toContain('Олена Шевченко');
		for (const heading of ['Profile', 'Work experience', 'Education', 'Skills', 'Languages']) {
			expect(text).toContain(heading);
		}
		expect(text).toContain('Jan 2010 – Jan 2011');
		expect(text).toContain('Jul 2016 – present');
		expect(text).not.toContain('Erhvervserfaring');
		const { info } = (await pdf.doc.getMetadata()) as { info: Record<string, unknown> };
		expect(info.Language).toBe('en-GB');
		expect(info.Title).toBe('CV – Олена Шевченко');
		expect(fromJsonResume(await jsonResumeFromPdf(pdf.bytes)).cv).toEqual(cv);
	}, 30_000);

	it('makes a valid PDF of an empty CV: no empty headings, the plain title', async () => {
		const pdf = await parse(await makeCvPdf(emptyCv(), { language: 'en', fonts, date }));
		expect(pdf.pages).toBe(1);
		expect(pdf.roles).toEqual(['Document', 'H1']);
		expect(squeeze(pdf.text).trim()).toBe('CV');
		const { info } = (await pdf.doc.getMetadata()) as { info: Record<string, unknown> };
		expect(info.Title).toBe('CV');
		const back: Cv = fromJsonResume(await jsonResumeFromPdf(pdf.bytes)).cv;
		expect(back).toEqual(emptyCv());
	}, 30_000);
});
