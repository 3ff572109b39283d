/**
 * Schema-driven fuzzing: every operation of the served OpenAPI document gets a few hundred bad and edge
 * requests (wrong types, huge sizes, NUL and lone surrogates, year 0 and Feb 30, bad cursors, bad or
 * missing Content-Type, Idempotency-Key misuse, unknown fields, bad path ids), anonymously and as a
 * citizen. Nothing may answer 5xx, and every 4xx must be problem+json. New operations are fuzzed
 * without editing this file. `FUZZ_SEED` replays a run; `FUZZ_RUNS` sets requests per operation.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { baseUrl, sessionOf } from './client';
import {
	anyString,
	badBody,
	contentTypes,
	dangerousStrings,
	edgeCursors,
	rawBodies,
	rawUrlValues,
	validValue,
	type JsonSchema
} from '../support/fuzz-inputs';

interface Parameter {
	name: string;
	in: 'path' | 'query';
	schema: JsonSchema;
}

interface Operation {
	method: string;
	path: string;
	access: string;
	parameters: Parameter[];
	body: JsonSchema | null;
}

interface FuzzRequest {
	method: string;
	url: string;
	headers: Record<string, string>;
	body: string | undefined;
}

const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const runs = Number(process.env.FUZZ_RUNS ?? 120);
/**
 * The full share where the request reaches the handler (public operations anonymously, the rest
 * signed in); a few elsewhere: anonymous writes all stop at the same 401, and a signed-in search
 * runs the same code as an anonymous one.
 */
const reachesHandler = (op: Operation, signedIn: boolean) => (op.access === 'anyone') !== signedIn;
const runsFor = (op: Operation, signedIn: boolean) => (reachesHandler(op, signedIn) ? runs : 20);
const CONCURRENCY = 6;
const FUZZ_USER = 'mohammed';
/** The console's operations are fuzzed as a caseworker too, so their handlers are reached. */
const FUZZ_CASEWORKER = 'mette';
const CURRENT_ETAG = '(current etag)';
/** The last ETag the server sent; a document write that passes If-Match reaches its validation. */
let currentEtag = '"v0"';

const operations: Operation[] = [];
let cookie = '';
let caseworkerCookie = '';
/** Ids that exist, so some requests pass the 404 and reach the handler's deeper checks. */
const knownIds: Record<string, string[]> = { year: ['2026', '2025'] };
/** What the fuzz made as the citizen, removed again afterwards so other suites see their own data. */
const made = {
	joblog: new Set<string>(),
	savedSearches: new Set<string>(),
	savedJobs: new Set<string>()
};

function urlSafe(value: string): string {
	return encodeURIComponent(value.toWellFormed());
}

function arbitraryRequest(op: Operation, signedIn: boolean): fc.Arbitrary<FuzzRequest> {
	const shortString = anyString.filter((s) => s.length < 2000);
	const pathParam = (name: string) =>
		fc.oneof(
			{ weight: 3, arbitrary: fc.constantFrom(...(knownIds[name] ?? ['x'])) },
			{ weight: 1, arbitrary: fc.uuid().map((u) => u) },
			{ weight: 2, arbitrary: fc.constantFrom(...rawUrlValues) },
			{ weight: 3, arbitrary: shortString.map(urlSafe) }
		);
	const queryParam = (param: Parameter) =>
		fc.oneof(
			{ weight: 2, arbitrary: fc.constant(undefined) },
			{ weight: 2, arbitrary: fc.constant(urlSafe(String(validValue(param.schema, () => 0.3)))) },
			{
				weight: /cursor|since/i.test(param.name) ? 4 : 1,
				arbitrary: fc.constantFrom(...edgeCursors)
			},
			{ weight: 1, arbitrary: fc.constantFrom(...rawUrlValues) },
			{ weight: 3, arbitrary: shortString.map(urlSafe) }
		);
	const pathParams = op.parameters.filter((p) => p.in === 'path');
	const queryParams = op.parameters.filter((p) => p.in === 'query');
	const url = fc
		.tuple(
			fc.tuple(...pathParams.map((p) => pathParam(p.name))),
			fc.tuple(...queryParams.map(queryParam)),
			fc.option(fc.constantFrom('unknown=1', 'limit=1&limit=2', 'cursor=a&cursor=b', 'q'), {
				freq: 5
			})
		)
		.map(([pathValues, queryValues, extra]) => {
			let path = op.path;
			pathParams.forEach((p, i) => (path = path.replace(`{${p.name}}`, pathValues[i]!)));
			const query = queryParams
				.map((p, i) => (queryValues[i] === undefined ? null : `${p.name}=${queryValues[i]}`))
				.filter((part): part is string => part !== null);
			if (extra) query.push(extra);
			return query.length ? `${path}?${query.join('&')}` : path;
		});
	const mutating = op.method !== 'get';
	const body: fc.Arbitrary<string | undefined> = op.body
		? fc.oneof(
				{ weight: 8, arbitrary: badBody(op.body).map((value) => JSON.stringify(value) ?? 'null') },
				{ weight: 2, arbitrary: fc.constantFrom(...rawBodies) }
			)
		: mutating
			? fc.option(fc.constantFrom(...rawBodies), { freq: 3 }).map((b) => b ?? undefined)
			: fc.constant(undefined);
	// A small pool of keys, so the same key comes back with another body (422) or while in flight (409).
	const keys = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
	const headers = fc
		.record({
			contentType: fc.constantFrom(...contentTypes),
			key: fc.option(fc.constantFrom(...keys, 'not-a-uuid', '', 'x'.repeat(300)), { freq: 4 }),
			// CURRENT_ETAG is replaced at sending time, so some writes pass If-Match and reach validation.
			ifMatch: fc.option(
				fc.constantFrom(
					CURRENT_ETAG,
					CURRENT_ETAG,
					CURRENT_ETAG,
					'"v0"',
					'*',
					'W/"v1"',
					'garbage',
					'""'
				),
				{ freq: 2 }
			),
			origin: fc.option(fc.constantFrom('https://evil.example', 'null'), { freq: 12 })
		})
		.map(({ contentType, key, ifMatch, origin }) => {
			const out: Record<string, string> = {};
			if (signedIn) out.cookie = cookie;
			if (contentType !== null && mutating) out['content-type'] = contentType;
			if (key !== null && mutating) out['idempotency-key'] = key;
			if (ifMatch !== null) out['if-match'] = ifMatch;
			if (origin !== null) out.origin = origin;
			return out;
		});
	const method = fc.oneof(
		{ weight: 19, arbitrary: fc.constant(op.method.toUpperCase()) },
		{ weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE') }
	);
	return fc.record({ method, url, headers, body }).map((request) => ({
		...request,
		body: request.method === 'GET' ? undefined : request.body
	}));
}

/**
 * Besides the random requests, each known-dangerous value in each field, query parameter and path
 * parameter once, in an otherwise valid request: every class that broke the server before is
 * tried on every operation, every run.
 */
function systematicRequests(op: Operation, signedIn: boolean): FuzzRequest[] {
	const headers: Record<string, string> = signedIn ? { cookie } : {};
	const method = op.method.toUpperCase();
	const fill = (path: string) =>
		path.replace(/\{(\w+)\}/g, (_, name: string) => knownIds[name]?.[0] ?? 'x');
	const requests: FuzzRequest[] = [];
	const valid = op.body ? validValue(op.body, () => 0.3) : undefined;
	const bodyOf = (value: unknown) => (value === undefined ? undefined : JSON.stringify(value));
	const jsonHeaders = op.body ? { ...headers, 'content-type': 'application/json' } : headers;
	for (const value of [...dangerousStrings, ...edgeCursors]) {
		for (const param of op.parameters) {
			const cursorLike = /cursor|since/i.test(param.name);
			if (!cursorLike && !dangerousStrings.includes(value)) continue;
			const url =
				param.in === 'path'
					? fill(op.path.replace(`{${param.name}}`, urlSafe(value)))
					: `${fill(op.path)}?${param.name}=${urlSafe(value)}`;
			requests.push({ method, url, headers: jsonHeaders, body: bodyOf(valid) });
		}
	}
	if (valid && typeof valid === 'object' && !Array.isArray(valid)) {
		for (const field of Object.keys(valid)) {
			for (const value of dangerousStrings) {
				requests.push({
					method,
					url: fill(op.path),
					headers: { ...jsonHeaders, 'if-match': CURRENT_ETAG },
					body: JSON.stringify({ ...valid, [field]: value })
				});
			}
		}
	}
	return requests;
}

interface Failure {
	operation: string;
	request: FuzzRequest;
	status: number;
	contentType: string;
	answer: string;
}

/** A reset or hung connection counts as a failure (status 0), as a phone would meet it. */
async function send(request: FuzzRequest) {
	try {
		return await exchange(request);
	} catch (error) {
		const cause = (error as { cause?: { code?: string } }).cause?.code ?? String(error);
		return { status: 0, contentType: '', text: `connection failed: ${cause}` };
	}
}

async function exchange(request: FuzzRequest) {
	const headers = { ...request.headers };
	if (headers['if-match'] === CURRENT_ETAG) headers['if-match'] = currentEtag;
	const response = await fetch(`${baseUrl}${request.url}`, {
		method: request.method,
		headers,
		body: request.body,
		redirect: 'manual',
		signal: AbortSignal.timeout(5000)
	});
	const text = await response.text();
	const etag = response.headers.get('etag');
	if (etag && request.url.startsWith('/api/v1/me/sick-leave')) currentEtag = etag;
	return { status: response.status, contentType: response.headers.get('content-type') ?? '', text };
}

/** Sends the requests CONCURRENCY at a time; notes ids the citizen made, for cleanup. */
async function fuzz(operation: string, requests: FuzzRequest[], signedIn: boolean) {
	const failures: Failure[] = [];
	const statuses = new Map<number, number>();
	let next = 0;
	const worker = async () => {
		while (next < requests.length) {
			const request = requests[next++]!;
			const answer = await send(request);
			statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
			if (signedIn && answer.status < 300) remember(request, answer.text);
			const isProblem = answer.contentType.startsWith('application/problem+json');
			if (answer.status >= 500 || answer.status === 0 || (answer.status >= 400 && !isProblem)) {
				failures.push({ operation, request, ...answer, answer: answer.text.slice(0, 300) });
			}
		}
	};
	await Promise.all(Array.from({ length: CONCURRENCY }, worker));
	return { failures, statuses };
}

function remember(request: FuzzRequest, text: string) {
	const path = request.url.split('?')[0]!;
	if (request.method === 'PUT' && path.startsWith('/api/v1/me/saved-jobs/')) {
		made.savedJobs.add(path.slice('/api/v1/me/saved-jobs/'.length));
	}
	if (request.method !== 'POST') return;
	try {
		const id = (JSON.parse(text) as { id?: unknown }).id;
		if (typeof id !== 'string') return;
		if (path === '/api/v1/me/joblog') made.joblog.add(id);
		if (path === '/api/v1/me/saved-searches') made.savedSearches.add(id);
	} catch {
		// not JSON: nothing made
	}
}

function describeFailure(f: Failure): string {
	const body =
		f.request.body === undefined ? '' : ` body=${JSON.stringify(f.request.body.slice(0, 200))}`;
	const { cookie: _cookie, ...headers } = f.request.headers;
	return `${f.request.method} ${f.request.url.slice(0, 200)} ${JSON.stringify(headers)}${body}\n  → ${f.status} ${f.contentType} ${f.answer}`;
}

let sent = 0;
/** Seconds spent per operation, to name the slow ones when the suite outgrows its budget. */
const seconds = new Map<string, number>();
let serverErrors = 0;
let connectionFailures = 0;

beforeAll(async () => {
	const document = (await (await fetch(`${baseUrl}/api/v1/openapi.json`)).json()) as {
		paths: Record<string, Record<string, Record<string, unknown>>>;
	};
	for (const [path, methods] of Object.entries(document.paths)) {
		for (const [method, op] of Object.entries(methods)) {
			const content = (op.requestBody as { content?: Record<string, { schema: JsonSchema }> })
				?.content;
			operations.push({
				method,
				path,
				access: String(op['x-access']),
				parameters: (op.parameters as Parameter[] | undefined) ?? [],
				body: content?.['application/json']?.schema ?? null
			});
		}
	}
	cookie = await sessionOf(FUZZ_USER);
	caseworkerCookie = await sessionOf(FUZZ_CASEWORKER);
	const jobs = (await (await fetch(`${baseUrl}/api/v1/jobs?limit=1`)).json()) as {
		items: { id: string }[];
	};
	const jobId = jobs.items[0]!.id;
	const entry = await fetch(`${baseUrl}/api/v1/me/joblog`, {
		method: 'POST',
		headers: { cookie, 'content-type': 'application/json' },
		body: JSON.stringify({
			appliedOn: '2026-11-02',
			jobTitle: 'Fuzz',
			employer: 'Fuzz',
			method: 'other'
		})
	});
	const entryId = ((await entry.json()) as { id: string }).id;
	made.joblog.add(entryId);
	knownIds.id = [jobId, entryId];
	knownIds.jobId = [jobId];
}, 60_000);

afterAll(async () => {
	const remove = (path: string) =>
		fetch(`${baseUrl}${path}`, { method: 'DELETE', headers: { cookie } });
	for (const id of made.joblog) await remove(`/api/v1/me/joblog/${id}`);
	for (const id of made.savedSearches) await remove(`/api/v1/me/saved-searches/${id}`);
	for (const id of made.savedJobs) await remove(`/api/v1/me/saved-jobs/${id}`);
	console.log(
		`fuzz (${inject('dbKind')}, seed ${seed}): ${sent} requests over ${operations.length} operations, ${serverErrors} × 5xx, ${connectionFailures} failed connections`
	);
	const slowest = [...seconds].sort((a, b) => b[1] - a[1]).slice(0, 5);
	console.log(`slowest: ${slowest.map(([name, s]) => `${name} ${s.toFixed(1)} s`).join(', ')}`);
}, 120_000);

describe(`schema-driven fuzzing (seed ${seed})`, () => {
	it('covers every operation in the OpenAPI document', () => {
		expect(operations.length).toBeGreaterThan(10);
	});

	for (const signedIn of [false, true]) {
		it(`answers every bad request ${signedIn ? 'as a citizen' : 'anonymously'} with a 4xx problem, never 5xx`, async () => {
			await expectNoBadAnswers(operations, signedIn);
		}, 240_000);
	}

	it('answers every bad request to the console as a caseworker with a 4xx problem, never 5xx', async () => {
		// The citizen pass stops the console's operations at 403; this one reaches their handlers.
		const citizenCookie = cookie;
		cookie = caseworkerCookie;
		try {
			await expectNoBadAnswers(
				operations.filter((op) => op.access === 'caseworker'),
				true
			);
		} finally {
			cookie = citizenCookie;
		}
	}, 240_000);
});

async function expectNoBadAnswers(ops: Operation[], signedIn: boolean) {
	const failures: Failure[] = [];
	for (const op of ops) {
		const requests = [
			...(reachesHandler(op, signedIn) ? systematicRequests(op, signedIn) : []),
			...fc.sample(arbitraryRequest(op, signedIn), { seed, numRuns: runsFor(op, signedIn) })
		];
		const name = `${op.method.toUpperCase()} ${op.path}`;
		const started = performance.now();
		const result = await fuzz(name, requests, signedIn);
		seconds.set(name, (seconds.get(name) ?? 0) + (performance.now() - started) / 1000);
		sent += requests.length;
		serverErrors += result.failures.filter((f) => f.status >= 500).length;
		connectionFailures += result.failures.filter((f) => f.status === 0).length;
		failures.push(...result.failures);
	}
	// One example per kind of failure: operation, status and the start of the answer.
	const kinds = new Map<string, { count: number; example: Failure }>();
	for (const f of failures) {
		const kind = `${f.operation} → ${f.status} ${f.answer.slice(0, 60)}`;
		const seen = kinds.get(kind);
		if (seen) seen.count++;
		else kinds.set(kind, { count: 1, example: f });
	}
	const shown = [...kinds.values()]
		.map(({ count, example }) => `${count} × ${describeFailure(example)}`)
		.join('\n');
	expect(failures.length, `${failures.length} bad answers (seed ${seed}):\n${shown}`).toBe(0);
}
