import { describe, expect, it } from 'vitest';
import { etagOf, requireIfMatch } from './etag';
import { HttpProblem } from './http';

const current = { version: 3, document: { headline: 'Lagermedarbejder' } };

function put(ifMatch?: string) {
	return new Request('http://localhost/api/v1/me/cv', {
		method: 'PUT',
		headers: ifMatch ? { 'if-match': ifMatch } : {}
	});
}

function problemOf(run: () => void): HttpProblem {
	try {
		run();
	} catch (error) {
		if (error instanceof HttpProblem) return error;
		throw error;
	}
	throw new Error('expected a problem');
}

describe('If-Match on editable documents', () => {
	it('accepts the current version, also weak or in a list', () => {
		expect(() => requireIfMatch(put(etagOf(3)), current)).not.toThrow();
		expect(() => requireIfMatch(put(`W/${etagOf(3)}`), current)).not.toThrow();
		expect(() => requireIfMatch(put(`"v1", ${etagOf(3)}`), current)).not.toThrow();
	});

	it('answers a stale version with 412 carrying the current document and its ETag', () => {
		const stale = problemOf(() => requireIfMatch(put(etagOf(2)), current));
		expect(stale.problem.status).toBe(412);
		expect(stale.problem.current).toEqual(current.document);
		expect(stale.headers.etag).toBe('"v3"');
	});

	it('requires If-Match (428) naming the header', () => {
		const missing = problemOf(() => requireIfMatch(put(), current));
		expect(missing.problem.status).toBe(428);
		expect(missing.problem.errors).toEqual([{ field: 'If-Match', message: 'Mangler' }]);
	});
});
