/** What travels over a phone's connection: answers made per request are compressed too. */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { rawGet as rawGetUrl } from '../support/raw-get';
import { baseUrl } from './client';

const rawGet = (path: string, acceptEncoding: string) =>
	rawGetUrl(`${baseUrl}${path}`, acceptEncoding);

describe('compression', () => {
	it('sends a search answer brotli- or gzip-compressed, as asked, with the same content', async () => {
		const path = '/api/v1/jobs?q=p%C3%A6dagog';
		const plain = await rawGet(path, 'identity');
		expect(plain.status).toBe(200);
		expect(plain.encoding).toBeUndefined();
		const body = JSON.parse(plain.bytes.toString('utf8')) as { total: number };
		expect(body.total).toBeGreaterThan(0);

		const br = await rawGet(path, 'br, gzip');
		expect(br.encoding).toBe('br');
		expect(JSON.parse(brotliDecompressSync(br.bytes).toString('utf8'))).toEqual(body);
		expect(br.bytes.length).toBeLessThan(plain.bytes.length / 3);

		const gzip = await rawGet(path, 'gzip');
		expect(gzip.encoding).toBe('gzip');
		expect(JSON.parse(gunzipSync(gzip.bytes).toString('utf8'))).toEqual(body);
	});

	it('compresses server-rendered pages', async () => {
		const page = await rawGet('/job?v=1&q=p%C3%A6dagog', 'br');
		expect(page.status).toBe(200);
		expect(page.encoding).toBe('br');
		expect(brotliDecompressSync(page.bytes).toString('utf8')).toMatch(/^<!doctype html>/i);
	});

	it('serves static files precompressed, not compressed twice', async () => {
		const icon = await rawGet('/favicon.svg', 'br');
		expect(icon.status).toBe(200);
		expect(icon.encoding).toBe('br');
		expect(brotliDecompressSync(icon.bytes).toString('utf8')).toMatch(/^<svg/);
	});
});
