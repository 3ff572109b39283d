/**
 * Draws the outline from `content.ts` with pdfkit as a tagged PDF (PDF/UA-1 identification, a
 * structure tree in reading order: Document › H1, P, Sect › H2 › P | L › LI › Lbl, LBody | Div › H3,
 * P), with the document language, the title shown by the viewer, the fonts embedded as subsets and
 * the CV's JSON Resume attached as `cv.json`. pdfkit shapes Arabic through fontkit (joining forms,
 * drawn right to left); the order of words is put right only for one-line right-to-left texts
 * (`bidi.ts`, which names what is still wrong).
 */
import { create, type Font } from 'fontkit';
import PDFDocument from 'pdfkit';
import { drawingOrder } from './bidi';
import type { PdfContent, PdfEntry, PdfLanguage, PdfSection } from './content';

export interface CvFonts {
	regular: Uint8Array;
	bold: Uint8Array;
}

export interface Attachment {
	name: string;
	description: string;
	data: Uint8Array;
	/** When it was made: also the PDF's creation date, so the same CV can give the same file. */
	date: Date;
}

type Doc = PDFKit.PDFDocument;

/**
 * Parsed fonts, kept per font file: fontkit then reuses its parsed tables and glyphs, which makes
 * every PDF after the first about twice as fast. pdfkit takes a fontkit font as well as bytes.
 */
const parsedFonts = new WeakMap<Uint8Array, Font>();

function parsed(bytes: Uint8Array): string {
	let font = parsedFonts.get(bytes);
	if (!font) {
		// fontkit reads a Uint8Array as it reads a Buffer (its types ask for a Buffer).
		font = create(bytes as Buffer) as Font;
		parsedFonts.set(bytes, font);
	}
	// @types/pdfkit lists paths and bytes only; pdfkit accepts a fontkit font too.
	return font as unknown as string;
}
type Struct = PDFKit.PDFStructureElement;

const INK = '#1a1a1a';
const MUTED = '#4a4a4a';
const ACCENT = '#004b87';
const MARGIN = 56;

const LANGUAGE_TAGS: Record<PdfLanguage, string> = { da: 'da-DK', en: 'en-GB' };

/** Sets font, size and colour before a text is written. */
type Style = (doc: Doc) => Doc;

const bold =
	(size: number, color = INK): Style =>
	(doc) =>
		doc.font('bold').fontSize(size).fillColor(color);
const regular =
	(size: number, color = INK): Style =>
	(doc) =>
		doc.font('regular').fontSize(size).fillColor(color);

/**
 * One structure element holding one text. A right-to-left line that fits on one line is handed to
 * pdfkit in drawing order (`bidi.ts`); its ActualText keeps the written order for screen readers.
 */
function block(
	doc: Doc,
	parent: Struct,
	type: string,
	style: Style,
	text: string,
	spaceAfter: number
): void {
	style(doc);
	const drawn = drawingOrder(text);
	const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
	const reordered = drawn !== text && doc.widthOfString(text) <= width;
	parent.add(
		doc.struct(type, reordered ? { actual: text } : {}, () => doc.text(reordered ? drawn : text))
	);
	doc.moveDown(spaceAfter);
}

/** Keeps a heading with at least the first lines under it: never alone at a page's foot. */
function keepWithNext(doc: Doc, needed: number): void {
	if (doc.y + needed > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function entry(doc: Doc, parent: Struct, item: PdfEntry): void {
	const div = doc.struct('Div');
	parent.add(div);
	keepWithNext(doc, 48);
	block(doc, div, 'H3', bold(11.5), item.title, 0.1);
	if (item.meta) block(doc, div, 'P', regular(9.5, MUTED), item.meta, 0.15);
	if (item.body) block(doc, div, 'P', regular(10.5), item.body, 0.2);
	div.end();
	doc.moveDown(0.5);
}

function section(doc: Doc, root: Struct, item: PdfSection): void {
	const sect = doc.struct('Sect');
	root.add(sect);
	keepWithNext(doc, 72);
	block(doc, sect, 'H2', bold(14, ACCENT), item.heading, 0.3);
	for (const paragraph of item.paragraphs) block(doc, sect, 'P', regular(10.5), paragraph, 0.4);
	for (const entryItem of item.entries) entry(doc, sect, entryItem);
	if (item.list.length > 0) {
		const list = doc.struct('L');
		sect.add(list);
		regular(10.5)(doc).list(item.list, {
			structParent: list,
			// The bullet is the label (Lbl), so no drawing is left outside the structure.
			structTypes: ['LI', 'Lbl', 'LBody'],
			bulletRadius: 2,
			textIndent: 12,
			paragraphGap: 2
		} as PDFKit.Mixins.TextOptions);
		list.end();
		doc.moveDown(0.4);
	}
	sect.end();
	doc.moveDown(0.6);
}

function bytesOf(doc: Doc): Promise<Uint8Array> {
	return new Promise((resolve, reject) => {
		const chunks: Uint8Array[] = [];
		doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
		doc.on('error', reject);
		doc.on('end', () => {
			const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
			let offset = 0;
			for (const chunk of chunks) {
				out.set(chunk, offset);
				offset += chunk.byteLength;
			}
			resolve(out);
		});
	});
}

export function renderCvPdf(
	content: PdfContent,
	language: PdfLanguage,
	fonts: CvFonts,
	attachment: Attachment
): Promise<Uint8Array> {
	const doc = new PDFDocument({
		size: 'A4',
		margin: MARGIN,
		pdfVersion: '1.7',
		// @types/pdfkit lists only the PDF/A subsets; pdfkit 0.20 writes PDF/UA identification too.
		subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets,
		tagged: true,
		lang: LANGUAGE_TAGS[language],
		displayTitle: true,
		// pdfkit would otherwise load Helvetica, which cannot write æøå's neighbours in Cyrillic or Arabic.
		font: parsed(fonts.regular),
		info: {
			Title: content.title,
			...(content.name ? { Author: content.name } : {}),
			Subject: content.title,
			Creator: 'Virtuelt Jobunivers',
			CreationDate: attachment.date
		}
	});
	const output = bytesOf(doc);
	doc.registerFont('regular', parsed(fonts.regular));
	doc.registerFont('bold', parsed(fonts.bold));

	const root = doc.struct('Document');
	doc.addStructure(root);
	// The one H1: her name, or "CV" before she has written it (headings start at level 1).
	block(doc, root, 'H1', bold(22), content.name || content.title, 0.2);
	for (const line of content.contact) block(doc, root, 'P', regular(10.5, MUTED), line, 0.05);
	doc.moveDown(1);
	for (const item of content.sections) section(doc, root, item);
	root.end();

	doc.file(
		attachment.data as unknown as ArrayBuffer,
		{
			name: attachment.name,
			type: 'application/json',
			description: attachment.description,
			creationDate: attachment.date,
			modifiedDate: attachment.date,
			relationship: 'Data'
		} as PDFKit.Mixins.PDFAttachmentOptions
	);
	doc.end();
	return output;
}
