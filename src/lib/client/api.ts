/**
 * The browser's typed calls to the jobcenter API, built from the same operations the server serves
 * (domain/api/operations.ts and the entity definitions): the path filled in from the operation, the
 * answer parsed with its schema — never `fetch(...) as T`. For online reads (free slots, the
 * caseworker console, fresh counts); the citizen's own changes go through the outbox instead.
 */
import type { z } from 'zod';
import type { Operation } from '../domain/api/operation';
import type { Problem } from '../domain/api/schemas';
import type { FetchLike } from './sync-transport';

export type { FetchLike };

type ResponseOf<O extends Operation> = O['response'] extends z.ZodType
	? z.output<O['response']>
	: null;

export type ApiResult<T> =
	| { ok: true; status: number; data: T; headers: Headers }
	/** The server said no (`problem`), or there was no answer at all (`status` 0: offline, timeout). */
	| { ok: false; status: number; problem: Problem | null };

export interface CallOptions {
	/** Values for the path's `{name}` parameters. */
	params?: Record<string, string>;
	query?: Record<string, string | number | undefined>;
	body?: unknown;
	headers?: Record<string, string>;
	fetch?: FetchLike;
	baseUrl?: string;
	signal?: AbortSignal;
}

/** The operation's path with its `{name}` parameters filled in (each encoded). */
export function pathOf(operation: Pick<Operation, 'path'>, params: Record<string, string> = {}) {
	return operation.path.replace(/\{(\w+)\}/g, (_match, name: string) => {
		const value = params[name];
		if (value === undefined) throw new Error(`${operation.path}: no value for {${name}}`);
		return encodeURIComponent(value);
	});
}

export async function call<O extends Operation>(
	operation: O,
	options: CallOptions = {}
): Promise<ApiResult<ResponseOf<O>>> {
	const query = new URLSearchParams();
	for (const [name, value] of Object.entries(options.query ?? {})) {
		if (value !== undefined) query.set(name, String(value));
	}
	const search = query.size > 0 ? `?${query}` : '';
	const url = `${options.baseUrl ?? ''}${pathOf(operation, options.params)}${search}`;
	const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
	if (options.body !== undefined) headers['content-type'] = 'application/json';
	const fetcher = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
	let response: Response;
	try {
		response = await fetcher(url, {
			method: operation.method.toUpperCase(),
			headers,
			body: options.body === undefined ? undefined : JSON.stringify(options.body),
			credentials: 'same-origin',
			signal: options.signal
		});
	} catch {
		return { ok: false, status: 0, problem: null };
	}
	const body: unknown = await response.json().catch(() => null);
	if (!response.ok) {
		return { ok: false, status: response.status, problem: (body as Problem | null) ?? null };
	}
	if (!operation.response) {
		return {
			ok: true,
			status: response.status,
			data: null as ResponseOf<O>,
			headers: response.headers
		};
	}
	const parsed = operation.response.safeParse(body);
	if (!parsed.success) return { ok: false, status: response.status, problem: null };
	return {
		ok: true,
		status: response.status,
		data: parsed.data as ResponseOf<O>,
		headers: response.headers
	};
}
