/**
 * The /cv page's way to the PDF: the PDF module is imported only here, dynamically, when she asks
 * for a PDF or imports one, so its code and fonts stay out of every page's first download.
 */
import type { Cv } from '$lib/domain/cv/model';

/** "CV Søren Ærø Åkjær.pdf": her name as she wrote it, without characters file systems refuse. */
export function cvPdfFileName(name: string): string {
	const printable = [...name].map((char) => (char.charCodeAt(0) < 32 ? ' ' : char)).join('');
	const safe = printable
		.replace(/[\\/:*?"<>|]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	return safe ? `CV ${safe}.pdf` : 'CV.pdf';
}

/** Makes the PDF (offline too, once the worker keeps the files) and hands it to the browser to save. */
export async function downloadCvPdf(cv: Cv, language: 'da' | 'en'): Promise<string> {
	const { makeCvPdf } = await import('$lib/cv-pdf');
	const bytes = await makeCvPdf(cv, { language });
	const url = URL.createObjectURL(
		new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' })
	);
	const fileName = cvPdfFileName(cv.contact.name);
	const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
	document.body.append(link);
	link.click();
	link.remove();
	// The browser has started the download; the address is no longer needed.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
	return fileName;
}

/** The JSON Resume inside a PDF she picked (one the app made), or null for any other file. */
export async function jsonResumeFromPdfFile(file: Blob): Promise<unknown | null> {
	const { jsonResumeFromPdf } = await import('$lib/cv-pdf/read');
	return jsonResumeFromPdf(new Uint8Array(await file.arrayBuffer()));
}
