// A body answered early (401, 415, 404 …) must not break the keep-alive connection it came on.
import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { baseUrl } from './client';

interface Answer {
	status: number;
	reused: boolean;
	ms: number;
}

function send(agent: http.Agent, method: string, path: string, body?: Buffer): Promise<Answer> {
	const started = Date.now();
	return new Promise((resolve, reject) => {
		const request = http.request(
			`${baseUrl}${path}`,
			{
				agent,
				method,
				headers: body ? { 'content-type': 'application/json', 'content-length': body.length } : {},
				timeout: 4000
			},
			(response) => {
				response.resume();
				response.on('end', () =>
					resolve({
						status: response.statusCode ?? 0,
						reused: request.reusedSocket,
						ms: Date.now() - started
					})
				);
			}
		);
		request.on('timeout', () => request.destroy(new Error(`${method} ${path}: no answer in 4 s`)));
		request.on('error', reject);
		request.end(body);
	});
}

describe('keep-alive after a body answered early', () => {
	it('answers the next request on the same connection at once', async () => {
		const body = Buffer.from(JSON.stringify({ note: 'x'.repeat(600 * 1024) }));
		for (const [method, path, status] of [
			['POST', '/api/v1/me/joblog', 401],
			['PUT', '/api/v1/me/sick-leave', 401],
			['POST', '/api/v1/does-not-exist', 404],
			['POST', '/api/v1/health', 405]
		] as const) {
			const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
			try {
				const first = await send(agent, method, path, body);
				expect(first.status, path).toBe(status);
				const next = await send(agent, 'GET', '/api/v1/health');
				expect(next.status, path).toBe(200);
				expect(next.reused, `${path}: the connection was kept`).toBe(true);
				expect(next.ms, path).toBeLessThan(2000);
			} finally {
				agent.destroy();
			}
		}
	});
});
