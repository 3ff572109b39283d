import { request } from 'node:http';

export interface RawAnswer {
	status: number;
	encoding: string | undefined;
	/** The body as sent: still compressed when `encoding` says so (fetch would decompress it). */
	bytes: Buffer;
}

/** GET with the given Accept-Encoding, returning the bytes that crossed the wire. */
export function rawGet(url: string, acceptEncoding: string): Promise<RawAnswer> {
	return new Promise((resolve, reject) => {
		request(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () =>
				resolve({
					status: res.statusCode ?? 0,
					encoding: res.headers['content-encoding'],
					bytes: Buffer.concat(chunks)
				})
			);
			res.on('error', reject);
		})
			.on('error', reject)
			.end();
	});
}
