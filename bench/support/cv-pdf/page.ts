// The bench page: what the /cv page has loaded already (the CV model, i18n) is imported statically,
// the PDF module dynamically — as the editor does — so the build splits it into chunks of its own.
import { twoPageCv } from '../../../src/lib/cv-pdf/cv-fixture.testkit';
import { createTranslator } from '../../../src/lib/i18n';
import { loadTexts } from '../../../src/lib/i18n/load';

void loadTexts('da', ['common', 'cv']).then((texts) => createTranslator('da', texts));

declare global {
	interface Window {
		benchCvPdf(runs: number): Promise<{ loadMs: number; times: number[]; bytes: number }>;
	}
}

window.benchCvPdf = async (runs) => {
	const started = performance.now();
	const { makeCvPdf } = await import('../../../src/lib/cv-pdf');
	const loadMs = performance.now() - started;
	const times: number[] = [];
	let bytes = 0;
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		const pdf = await makeCvPdf(twoPageCv(), { language: 'da' });
		times.push(performance.now() - t0);
		bytes = pdf.byteLength;
	}
	return { loadMs, times, bytes };
};
