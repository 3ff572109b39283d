/**
 * The sync engine's transport: one request under a timeout, and what its answer means for the
 * outbox item (done, retry later, log in again, or failed with the server's problem).
 */
import { z } from 'zod';
import type { Problem } from '../domain/api/schemas';
import type { OutboxItem } from './db';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;
/** Extension members (a 412's `current` and `etag`) are kept: the document store merges with them. */
const problemShape = z
	.object({
		type: z.string().optional(),
		title: z.string().optional(),
		status: z.number().optional(),
		detail: z.string().optional(),
		errors: z.array(z.object({ field: z.string(), message: z.string() })).optional()
	})
	.loose();

export type SendOutcome =
	| { kind: 'done'; data: unknown }
	| { kind: 'retry'; error: string; retryAfterMs: number }
	| { kind: 'login' }
	| { kind: 'failed'; problem: Problem };

function parseRetryAfter(value: string | null, now: number): number {
	if (!value) return 0;
	const seconds = Number(value);
	if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
	const date = Date.parse(value);
	return Number.isNaN(date) ? 0 : Math.max(0, date - now);
}

async function readBody(response: Response): Promise<unknown> {
	const text = await response.text();
	if (!text) return null;
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

function toProblem(status: number, statusText: string, body: unknown): Problem {
	const parsed = problemShape.safeParse(body);
	const fields = parsed.success ? parsed.data : {};
	return {
		...fields,
		type: fields.type ?? 'about:blank',
		title: fields.title ?? (statusText || `HTTP ${status}`),
		status
	};
}

const TRANSIENT = new Set([408, 425, 429]);

export interface Answer {
	status: number;
	statusText: string;
	headers: Headers;
	body: unknown;
}

/** One request under the timeout, body read and parsed; throws on network error or timeout. */
export async function request(
	fetch: FetchLike,
	url: string,
	init: RequestInit,
	timeoutMs: number
): Promise<Answer> {
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), timeoutMs);
	try {
		const response = await fetch(url, {
			...init,
			credentials: 'same-origin',
			signal: controller.signal
		});
		return {
			status: response.status,
			statusText: response.statusText,
			headers: response.headers,
			body: await readBody(response)
		};
	} catch (error) {
		throw new Error(
			controller.signal.aborted
				? `timeout after ${timeoutMs} ms`
				: `network: ${error instanceof Error ? error.message : String(error)}`,
			{ cause: error }
		);
	} finally {
		clearTimeout(timer);
	}
}

/** Replays one outbox item with its idempotency key and says what the answer means for it. */
export async function send(
	fetch: FetchLike,
	baseUrl: string,
	item: OutboxItem,
	timeoutMs: number,
	now: number
): Promise<SendOutcome> {
	const headers: Record<string, string> = {
		accept: 'application/json',
		'idempotency-key': item.key,
		...item.headers
	};
	if (item.body !== undefined) headers['content-type'] = 'application/json';
	let response: Answer;
	try {
		response = await request(
			fetch,
			`${baseUrl}${item.path}`,
			{
				method: item.method,
				headers,
				body: item.body === undefined ? undefined : JSON.stringify(item.body)
			},
			timeoutMs
		);
	} catch (error) {
		return { kind: 'retry', error: (error as Error).message, retryAfterMs: 0 };
	}
	const { status } = response;
	if (status >= 200 && status < 300) return { kind: 'done', data: response.body };
	if (status === 404 && item.method === 'DELETE') return { kind: 'done', data: null };
	if (status === 401) return { kind: 'login' };
	const retryAfter = response.headers.get('retry-after');
	if (status >= 500 || TRANSIENT.has(status) || (status === 409 && retryAfter !== null)) {
		return {
			kind: 'retry',
			error: `HTTP ${status}`,
			retryAfterMs: parseRetryAfter(retryAfter, now)
		};
	}
	return {
		kind: 'failed',
		problem: toProblem(status, response.statusText, response.body)
	};
}
