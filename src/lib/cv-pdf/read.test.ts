/**
 * `jsonResumeFromPdf` on anything a citizen might pick in "Importér CV": our own PDF gives its
 * JSON Resume, everything else null — never a throw, and quickly.
 */
import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { twoPageCv } from './cv-fixture.testkit';
import { fontsFromDisk } from './fonts-from-disk.testkit';
import { makeCvPdf } from './index';
import { jsonResumeFromPdf, MAX_JSON_BYTES, MAX_PDF_BYTES } from './read';

const encode = (text: string) => new TextEncoder().encode(text);

/** A hand-written PDF whose `cv.json` stream holds `data` (Flate-compressed when `flate`). */
function pdfWithStream(data: Uint8Array, flate: boolean): Uint8Array {
	const head = encode(
		'%PDF-1.7\n' +
			'1 0 obj\n<< /Type /Filespec /F (cv.json) /UF (cv.json) /EF << /F 2 0 R >> >>\nendobj\n' +
			`2 0 obj\n<< /Type /EmbeddedFile /Length ${data.byteLength}${flate ? ' /Filter /FlateDecode' : ''} >>\nstream\n`
	);
	const tail = encode('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
	const out = new Uint8Array(head.byteLength + data.byteLength + tail.byteLength);
	out.set(head, 0);
	out.set(data, head.byteLength);
	out.set(tail, head.byteLength + data.byteLength);
	return out;
}

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);
const bytesOf = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const withText = (bytes: Uint8Array, from: string, to: string) =>
	bytesOf(latin1(bytes).replace(from, to));

function pdfkitWithout(): Promise<Uint8Array> {
	return new Promise((resolve) => {
		const doc = new PDFDocument();
		const chunks: Uint8Array[] = [];
		doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
		doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
		doc.text('Et andet dokument');
		doc.end();
	});
}

describe('jsonResumeFromPdf', () => {
	let ours: Uint8Array;
	beforeAll(async () => {
		ours = await makeCvPdf(twoPageCv(), { language: 'da', fonts: fontsFromDisk() });
	}, 30_000);

	it('finds cv.json in our PDF', async () => {
		const json = (await jsonResumeFromPdf(ours)) as { basics: { name: string } };
		expect(json.basics.name).toBe('Søren Ærø Åkjær');
	});

	it('reads an uncompressed cv.json and an indirect /Length', async () => {
		expect(
			await jsonResumeFromPdf(pdfWithStream(encode('{"basics":{"name":"Åse"}}'), false))
		).toEqual({ basics: { name: 'Åse' } });
		const indirect = withText(
			pdfWithStream(encode('{"a":1}'), false),
			'/Length 7',
			'/Length 9 0 R'
		);
		const withLength = bytesOf(latin1(indirect) + '9 0 obj\n7\nendobj\n');
		expect(await jsonResumeFromPdf(withLength)).toEqual({ a: 1 });
	});

	it.each([
		['nothing', new Uint8Array()],
		['random bytes', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)],
		['a JSON file', encode('{"basics":{"name":"Åse"}}')],
		['a PDF header and nothing else', encode('%PDF-1.7\n%%EOF')],
		['cv.json that is not JSON', pdfWithStream(encode('ikke json'), false)],
		['cv.json that is JSON but no object', pdfWithStream(encode('42'), false)],
		['cv.json that is not UTF-8', pdfWithStream(Uint8Array.of(0x7b, 0xff, 0xfe, 0x7d), false)],
		['cv.json said to be Flate but is not', pdfWithStream(encode('{"a":1}'), true)],
		[
			'cv.json with another filter',
			withText(
				pdfWithStream(encode('{"a":1}'), false),
				'/Length 7',
				'/Length 7 /Filter /ASCIIHexDecode'
			)
		]
	])('gives null for %s', async (_, bytes) => {
		expect(await jsonResumeFromPdf(bytes)).toBeNull();
	});

	it('gives null for a PDF without an attachment, and for ours cut inside cv.json', async () => {
		expect(await jsonResumeFromPdf(await pdfkitWithout())).toBeNull();
		const cut = ours.subarray(0, latin1(ours).indexOf('/EmbeddedFile') + 200);
		expect(await jsonResumeFromPdf(cut)).toBeNull();
	});

	it('stops inflating a small file that unpacks past the limit (a zip bomb)', async () => {
		const bomb = deflateSync(Buffer.alloc(MAX_JSON_BYTES * 8, 0x20));
		expect(bomb.byteLength).toBeLessThan(100_000);
		const started = performance.now();
		expect(await jsonResumeFromPdf(pdfWithStream(new Uint8Array(bomb), true))).toBeNull();
		expect(performance.now() - started).toBeLessThan(2000);
	});

	it('refuses a file over the size limit without reading it', async () => {
		const huge = new Uint8Array(MAX_PDF_BYTES + 1);
		huge.set(ours);
		expect(await jsonResumeFromPdf(huge)).toBeNull();
	});

	it('never throws on our PDF with bytes changed at random', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.tuple(fc.nat(ours.byteLength - 1), fc.integer({ min: 0, max: 255 })), {
					minLength: 1,
					maxLength: 20
				}),
				async (changes) => {
					const bytes = ours.slice();
					for (const [at, value] of changes) bytes[at] = value;
					const json = await jsonResumeFromPdf(bytes);
					expect(json === null || typeof json === 'object').toBe(true);
				}
			),
			{ numRuns: 60 }
		);
	});
});
