/**
 * The CV as a PDF, made in the browser without a network: `makeCvPdf`. Load this module with a
 * dynamic `import('$lib/cv-pdf')` when she asks for a PDF, so pdfkit and the fonts stay out of
 * every page's first download (bench/page-weight shows it). Reading the JSON Resume back out of a
 * PDF is `read.ts`, which is small and has no pdfkit in it.
 */
import type { Cv } from '../domain/cv/model';
import { toJsonResume } from '../domain/cv/json-resume';
import { createTranslator, type Translate } from '../i18n';
import { loadTexts } from '../i18n/load';
import { pdfContent, type PdfLanguage } from './content';
import { CV_ATTACHMENT_NAME } from './read';
import { loadCvFonts } from './fonts';
import { renderCvPdf, type CvFonts } from './render';

export { CV_FONT_URLS } from './fonts';
export type { CvFonts } from './render';

export interface CvPdfOptions {
	/** Language of the headings and dates (the CV's `pdfLanguage`, or the page's). */
	language: PdfLanguage;
	/** The font files; fetched from the build when not given (tests and the bench pass them). */
	fonts?: CvFonts;
	/** When the PDF is made; now when not given. */
	date?: Date;
}

export async function makeCvPdf(cv: Cv, options: CvPdfOptions): Promise<Uint8Array> {
	const { language } = options;
	const i18n = createTranslator(language, await loadTexts(language, ['cv']));
	const t: Translate = (key, values) => i18n.t(key, { ...values });
	const fonts = options.fonts ?? (await loadCvFonts());
	const json = JSON.stringify(toJsonResume(cv), null, 2);
	return renderCvPdf(pdfContent(cv, language, t), language, fonts, {
		name: CV_ATTACHMENT_NAME,
		description: t('cvPdf.attachment'),
		data: new TextEncoder().encode(json),
		date: options.date ?? new Date()
	});
}
