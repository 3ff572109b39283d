/**
 * Reads the JSON Resume back out of a PDF the app made (`cv.json`, attached by `makeCvPdf`), in the
 * browser and on the server (the import route calls it for `application/pdf`). It is a small reader
 * for the files we write — classic cross-reference, the file spec and its stream as plain objects —
 * not a PDF parser: any other PDF, a broken one or anything else gives null, never a throw. The work
 * is bounded whatever the input: a size limit, a few searches without backtracking, and inflation
 * stopped at a limit (a small file cannot unpack into gigabytes).
 */

/** Far above any CV PDF (about 100 KB), far below what could hurt a phone. */
export const MAX_PDF_BYTES = 10 * 1024 * 1024;
/** A JSON Resume of the largest CV the model allows is well under this. */
export const MAX_JSON_BYTES = 2 * 1024 * 1024;
/** The embedded JSON Resume's file name (the pattern below spells it too). */
export const CV_ATTACHMENT_NAME = 'cv.json';
/** How many `(cv.json)` names we follow before giving up. */
const MAX_CANDIDATES = 8;

interface PdfObject {
	/** The object's text from after `obj` to `endobj` (or the end of the file). */
	text: string;
	/** Index in the file just after `obj`. */
	start: number;
}

/** The last definition of object `num gen` (a later incremental update wins). */
function findObject(source: string, ref: RegExpExecArray): PdfObject | null {
	const [, num, gen] = ref;
	if (num === undefined || gen === undefined) return null;
	const header = new RegExp(`(?<![0-9])${num}[ \\t\\r\\n]+${gen}[ \\t\\r\\n]+obj`, 'g');
	let last: RegExpExecArray | null = null;
	for (let match = header.exec(source); match; match = header.exec(source)) last = match;
	if (!last) return null;
	const start = last.index + last[0].length;
	const end = source.indexOf('endobj', start);
	return { start, text: source.slice(start, end === -1 ? source.length : end) };
}

/** The object that contains `index`: the nearest `N G obj` before it. */
function enclosingObject(source: string, index: number): string | null {
	const objAt = source.lastIndexOf(' obj', index);
	if (objAt === -1) return null;
	const end = source.indexOf('endobj', index);
	return source.slice(objAt, end === -1 ? source.length : end);
}

function streamLength(source: string, dictionary: string): number | null {
	const direct = /\/Length[ \r\n]+(\d{1,9})(?![ \r\n]+\d+[ \r\n]+R)/.exec(dictionary);
	if (direct) return Number(direct[1]);
	const indirect = /\/Length[ \r\n]+(\d{1,9})[ \r\n]+(\d{1,5})[ \r\n]+R/.exec(dictionary);
	if (!indirect) return null;
	const object = findObject(source, indirect);
	const value = object && /^[ \r\n]*(\d{1,9})/.exec(object.text);
	return value ? Number(value[1]) : null;
}

/** The raw (still encoded) bytes of a stream object, and whether they are Flate-compressed. */
function streamOf(
	bytes: Uint8Array,
	source: string,
	object: PdfObject
): { data: Uint8Array; flate: boolean } | null {
	const keyword = object.text.indexOf('stream');
	if (keyword === -1) return null;
	const dictionary = object.text.slice(0, keyword);
	const filter = /\/Filter[ \r\n]*(?:\[[ \r\n]*)?\/(\w+)/.exec(dictionary);
	if (filter && filter[1] !== 'FlateDecode') return null;
	let begin = object.start + keyword + 'stream'.length;
	if (source[begin] === '\r') begin++;
	if (source[begin] === '\n') begin++;
	const length = streamLength(source, dictionary);
	const end =
		length !== null && begin + length <= bytes.length
			? begin + length
			: source.indexOf('endstream', begin);
	if (end === -1 || end < begin) return null;
	return { data: bytes.subarray(begin, end), flate: filter !== null };
}

async function inflate(data: Uint8Array): Promise<Uint8Array | null> {
	const stream = new Blob([data as Uint8Array<ArrayBuffer>])
		.stream()
		.pipeThrough(new DecompressionStream('deflate'));
	const reader = stream.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > MAX_JSON_BYTES) {
			await reader.cancel();
			return null;
		}
		chunks.push(value);
	}
	const out = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return out;
}

async function decodeJson(data: Uint8Array, flate: boolean): Promise<unknown> {
	const plain = flate ? await inflate(data) : data;
	if (!plain || plain.byteLength > MAX_JSON_BYTES) return null;
	return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain));
}

function isPdf(bytes: Uint8Array): boolean {
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
	return head.includes('%PDF-');
}

/** The JSON Resume inside a PDF made by `makeCvPdf`, or null for any other or broken file. */
export async function jsonResumeFromPdf(bytes: Uint8Array): Promise<unknown | null> {
	try {
		if (!(bytes instanceof Uint8Array) || bytes.byteLength > MAX_PDF_BYTES || !isPdf(bytes)) {
			return null;
		}
		// One character per byte, so indices in the text are offsets in the file.
		const source = new TextDecoder('latin1').decode(bytes);
		const name = /\/U?F[ \r\n]*\(cv\.json\)/g;
		for (let i = 0; i < MAX_CANDIDATES; i++) {
			const found = name.exec(source);
			if (!found) break;
			const filespec = enclosingObject(source, found.index);
			const embedded =
				filespec &&
				/\/EF[ \r\n]*<<[^>]{0,200}?\/F[ \r\n]+(\d{1,9})[ \r\n]+(\d{1,5})[ \r\n]+R/.exec(filespec);
			if (!embedded) continue;
			const object = findObject(source, embedded);
			const stream = object && streamOf(bytes, source, object);
			if (!stream) continue;
			const json = await decodeJson(stream.data, stream.flate).catch(() => null);
			if (json !== null && typeof json === 'object') return json;
		}
		return null;
	} catch {
		return null;
	}
}
