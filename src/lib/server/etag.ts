import { HttpProblem } from './http';

/** A strong ETag from a document's version counter. */
export function etagOf(version: number): string {
	return `"v${version}"`;
}

/**
 * Writes to editable documents must name the version they change. A missing If-Match is 428, a stale
 * one 412 with the current document in the body, so the client can merge without another round trip.
 */
export function requireIfMatch(
	request: Request,
	current: { version: number; document: unknown }
): void {
	const ifMatch = request.headers.get('if-match');
	if (!ifMatch) {
		throw new HttpProblem(428, {
			detail: 'Send If-Match med den version, du har ændret.',
			errors: [{ field: 'If-Match', message: 'Mangler' }]
		});
	}
	const wanted = ifMatch.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
	if (!wanted.includes(etagOf(current.version)) && !wanted.includes('*')) {
		throw new HttpProblem(
			412,
			{
				detail: 'Dokumentet er ændret et andet sted. Her er den nyeste udgave.',
				current: current.document
			},
			{ etag: etagOf(current.version) }
		);
	}
}
