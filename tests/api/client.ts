import { inject } from 'vitest';
import { loginThroughLocalIdp } from '../support/oidc-login';

export const baseUrl = inject('baseUrl');

export interface ApiAnswer {
	status: number;
	headers: Headers;
	body: unknown;
	contentType: string;
}

/** A fetch against the test server that always reads the body, JSON or not. */
export async function api(
	path: string,
	init: RequestInit & { cookie?: string; json?: unknown } = {}
): Promise<ApiAnswer> {
	const headers = new Headers(init.headers);
	if (init.cookie) headers.set('cookie', init.cookie);
	let body = init.body;
	if (init.json !== undefined) {
		headers.set('content-type', 'application/json');
		body = JSON.stringify(init.json);
	}
	const url = /^https?:/.test(path) ? path : `${baseUrl}${path}`;
	const response = await fetch(url, { ...init, headers, body, redirect: 'manual' });
	const text = await response.text();
	const contentType = response.headers.get('content-type') ?? '';
	let parsed: unknown = text;
	if (contentType.includes('json') && text) parsed = JSON.parse(text);
	return { status: response.status, headers: response.headers, body: parsed, contentType };
}

const sessions = new Map<string, Promise<string>>();

/** Logs in through the real local OpenID Provider once per user and test file. */
export function sessionOf(username: string): Promise<string> {
	let session = sessions.get(username);
	if (!session) {
		session = loginThroughLocalIdp(baseUrl, username);
		sessions.set(username, session);
	}
	return session;
}

export function expectProblem(answer: ApiAnswer, status: number) {
	if (answer.status !== status || !answer.contentType.startsWith('application/problem+json')) {
		throw new Error(
			`Expected a ${status} problem+json, got ${answer.status} ${answer.contentType}: ${JSON.stringify(answer.body)}`
		);
	}
	return answer.body as {
		type: string;
		title: string;
		status: number;
		detail?: string;
		errors?: { field: string; message: string }[];
		current?: unknown;
	};
}
