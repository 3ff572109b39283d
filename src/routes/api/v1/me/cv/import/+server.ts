import { jsonResumeFromPdf, MAX_PDF_BYTES } from '$lib/cv-pdf/read';
import { cvImport, jsonResumeBodySchema } from '$lib/domain/cv/operations';
import { citizenMutation } from '$lib/server/api-route';
import { cvResource, importCv } from '$lib/server/cv';
import { etagOf } from '$lib/server/etag';
import { discardBody, HttpProblem, json, readJson } from '$lib/server/http';

const notOurPdf = () =>
	new HttpProblem(400, {
		detail:
			'PDF-filen er ikke et CV lavet her. Importér en PDF fra "Mit CV" eller en JSON Resume-fil.',
		errors: [{ field: '(body)', message: 'Ikke et CV fra Virtuelt Jobunivers' }]
	});

/** The body's bytes, 413 past `limit` (counted as they stream, so a huge upload is not kept). */
async function readLimitedBytes(request: Request, limit: number): Promise<Uint8Array> {
	const chunks: Uint8Array[] = [];
	let size = 0;
	const reader = request.body?.getReader();
	for (;;) {
		const next = reader ? await reader.read() : { done: true as const, value: undefined };
		if (next.done) break;
		size += next.value.byteLength;
		if (size > limit) {
			await discardBody(reader!, size);
			throw new HttpProblem(413, { detail: 'Filen må højst fylde 10 MiB.' });
		}
		chunks.push(next.value);
	}
	return new Uint8Array(Buffer.concat(chunks));
}

/** The app's own PDF carries its JSON Resume as an embedded file (cv-pdf/read.ts finds it). */
async function fromPdf(request: Request): Promise<unknown> {
	const bytes = await readLimitedBytes(request, MAX_PDF_BYTES);
	const resume = await jsonResumeFromPdf(bytes);
	if (resume === null) throw notOurPdf();
	return resume;
}

// The body is read here, not by the wrapper: it is JSON or a PDF (the operation lists the JSON form).
export const POST = citizenMutation(
	{ ...cvImport, body: undefined },
	async ({ db, user, request }) => {
		const type = request.headers.get('content-type') ?? '';
		const resume = /^application\/pdf\b/i.test(type)
			? await fromPdf(request)
			: await readJson(request, jsonResumeBodySchema);
		const { saved, versionBefore, unmapped, problems } = await importCv(db, user.id, resume);
		return json(
			{ ...cvResource(saved), unmapped, versionBefore, problems },
			{ headers: { etag: etagOf(saved.version) } }
		);
	}
);
