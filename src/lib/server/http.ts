import type { RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { fieldErrors } from '../domain/validation';
import { logServerError } from './log';

/** One problem detail (RFC 9457). `errors` names the fields at fault, as the API contract says. */
export interface ProblemDetails {
	type: string;
	title: string;
	status: number;
	detail?: string;
	errors?: { field: string; message: string }[];
	[extension: string]: unknown;
}

/** What a thrower may say about a problem; `status` is given separately. */
export interface ProblemFields {
	type?: string;
	title?: string;
	detail?: string;
	errors?: { field: string; message: string }[];
	[extension: string]: unknown;
}

export const MAX_BODY_BYTES = 1024 * 1024;

const problemTypeBase = '/api/v1/problems/';

const defaultTitles: Record<number, string> = {
	400: 'Forespørgslen er ugyldig',
	401: 'Du er ikke logget ind',
	403: 'Du har ikke adgang',
	404: 'Findes ikke',
	405: 'Metoden er ikke tilladt',
	409: 'Konflikt',
	412: 'Dokumentet er ændret et andet sted',
	413: 'Forespørgslen er for stor',
	415: 'Forkert indholdstype',
	422: 'Forespørgslen kan ikke behandles',
	428: 'If-Match mangler',
	429: 'For mange forespørgsler',
	500: 'Der skete en fejl hos os'
};

/** Thrown anywhere below a handler wrapped in `apiRoute`; becomes a problem+json answer. */
export class HttpProblem extends Error {
	readonly problem: ProblemDetails;
	readonly headers: Record<string, string>;

	constructor(status: number, fields: ProblemFields = {}, headers: Record<string, string> = {}) {
		const title = fields.title ?? defaultTitles[status] ?? 'Fejl';
		super(fields.detail ?? title);
		this.problem = {
			...fields,
			type: fields.type ?? `${problemTypeBase}${status}`,
			title,
			status
		};
		this.headers = headers;
	}
}

export function problemResponse(problem: ProblemDetails, headers: Record<string, string> = {}) {
	return new Response(JSON.stringify(problem), {
		status: problem.status,
		headers: { 'content-type': 'application/problem+json; charset=utf-8', ...headers }
	});
}

export function problem(
	status: number,
	fields: ProblemFields = {},
	headers: Record<string, string> = {}
) {
	return problemResponse(new HttpProblem(status, fields).problem, headers);
}

export function validationProblem(errors: { field: string; message: string }[], detail?: string) {
	return new HttpProblem(400, {
		type: `${problemTypeBase}validation`,
		title: 'Nogle felter er ikke udfyldt rigtigt',
		detail: detail ?? errors.map((e) => `${e.field}: ${e.message}`).join('; '),
		errors
	});
}

export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown): T {
	const result = schema.safeParse(value);
	if (!result.success) throw validationProblem(fieldErrors(result.error));
	return result.data;
}

/**
 * Reads a JSON body: 415 unless JSON, 413 over 1 MiB (counted as it streams), 400 if malformed.
 * With `optional`, a request without a body (no bytes) is read as `{}`: for
 * operations whose body has nothing required (the path names the thing).
 */
export async function readJson<T>(
	request: Request,
	schema: z.ZodType<T>,
	options: { optional?: boolean } = {}
): Promise<T> {
	const contentType = request.headers.get('content-type') ?? '';
	const text = await readLimitedText(request);
	// An empty body is no body, whatever type a client (or a rebuilt Request) put on it.
	if (options.optional && text === '') return parseOrThrow(schema, {});
	if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType)) {
		throw new HttpProblem(415, {
			detail: 'Send data som application/json.'
		});
	}
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		throw new HttpProblem(400, {
			type: `${problemTypeBase}malformed-json`,
			title: 'Data kunne ikke læses',
			detail: 'Indholdet er ikke gyldig JSON.',
			errors: [{ field: '(body)', message: 'Ugyldig JSON' }]
		});
	}
	return parseOrThrow(schema, value);
}

function tooLarge() {
	return new HttpProblem(413, { detail: 'Indholdet må højst fylde 1 MiB.' });
}

/** Past this we stop reading an oversized body and let the connection drop. */
const DRAIN_LIMIT_BYTES = 16 * MAX_BODY_BYTES;

/**
 * Reads and throws away the rest of a body. Answering before the client has sent it all resets the
 * connection under the client, which then never sees the 413.
 */
export async function discardBody(
	reader: ReadableStreamDefaultReader<Uint8Array>,
	alreadyRead = 0
) {
	let size = alreadyRead;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) return;
		size += value.byteLength;
		if (size > DRAIN_LIMIT_BYTES) return reader.cancel();
	}
}

export async function readLimitedText(request: Request): Promise<string> {
	if (!request.body) return '';
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > MAX_BODY_BYTES) {
			await discardBody(reader, size);
			throw tooLarge();
		}
		chunks.push(value);
	}
	return Buffer.concat(chunks).toString('utf8');
}

export function json(
	data: unknown,
	init: { status?: number; headers?: Record<string, string> } = {}
) {
	return new Response(JSON.stringify(data), {
		status: init.status ?? 200,
		headers: { 'content-type': 'application/json; charset=utf-8', ...init.headers }
	});
}

type Handler = (event: RequestEvent) => Promise<Response> | Response;

/** Wraps an API handler: every HttpProblem (or stray error) leaves as problem+json, never a stack trace. */
export function apiRoute(handler: Handler): Handler {
	return async (event) => {
		try {
			return await handler(event);
		} catch (error) {
			if (error instanceof HttpProblem) return problemResponse(error.problem, error.headers);
			// Only the request id, route pattern and error class: the error's message may hold personal data.
			const requestId = logServerError(
				{ method: event.request.method, route: event.route.id },
				error
			);
			return problem(500, {
				detail: 'Prøv igen om lidt. Det du har gemt, er ikke gået tabt.',
				requestId
			});
		}
	};
}

export function isApiPath(pathname: string) {
	return pathname === '/api' || pathname.startsWith('/api/');
}
