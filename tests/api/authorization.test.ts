/**
 * The authorization matrix, derived from each operation's declared access (`x-access` in the served
 * OpenAPI document), so a new operation is checked without editing this file:
 * - anonymous → 401 on everything that is not for anyone (all of /me, /caseworker);
 * - a caseworker (lars, mette) → 403 on citizen-only operations, and a signed-in one works;
 * - a citizen → 403 on caseworker-only operations;
 * - another citizen's resource → 404 (a DELETE may say 204, but the owner's copy stays).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { api, sessionOf, type ApiAnswer } from './client';
import { validValue, type JsonSchema } from '../support/fuzz-inputs';

interface Operation {
	method: string;
	path: string;
	access: 'anyone' | 'citizen' | 'caseworker' | 'signed-in';
	body: JsonSchema | null;
}

/**
 * How to make one item of a citizen's collection where a body of valid shape is not enough: a meeting needs
 * a free slot of her own jobcentre.
 */
const collectionMakers: Record<string, (cookie: string) => Promise<ApiAnswer>> = {
	'/api/v1/me/meetings': async (cookie) => {
		const slots = (await api('/api/v1/slots', { cookie })).body as { items: { id: string }[] };
		return api('/api/v1/me/meetings', {
			method: 'POST',
			cookie,
			json: { slotId: slots.items[0]!.id, channel: 'phone', topic: 'andet', note: '' }
		});
	}
};

/** Path parameters that name public things (a job ad), not something a citizen owns. */
const publicParams = new Set(['jobId', 'year']);

let operations: Operation[] = [];
let jobId = '';
const cells: string[] = [];
const wrong: string[] = [];

function fill(path: string, ids: Record<string, string>) {
	return path.replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? ids.default!);
}

function send(op: Operation, path: string, cookie?: string): Promise<ApiAnswer> {
	const body = op.body ? validValue(op.body, () => 0.3) : undefined;
	return api(path, {
		method: op.method.toUpperCase(),
		...(cookie ? { cookie } : {}),
		...(body !== undefined && op.method !== 'get' ? { json: body } : {})
	});
}

interface CvVersionList {
	versions: { number: number }[];
}

/**
 * CV versions are made by saving the CV, not by a POST to their list: a version number the owner
 * has and the other citizen has not (the fuzz suite may have given her some), made with restores
 * (each adds two) until there is one.
 */
async function cvVersionOnlyOwnerHas(owner: string, other: string): Promise<string> {
	const numbers = async (cookie: string) =>
		((await api('/api/v1/me/cv/versions', { cookie })).body as CvVersionList).versions.map(
			(version) => version.number
		);
	const theirs = new Set(await numbers(other));
	for (let attempt = 0; attempt < 60; attempt++) {
		const mine = await numbers(owner);
		const free = mine.find((n) => !theirs.has(n));
		if (free !== undefined) return String(free);
		if (mine.length > 0) {
			await api(`/api/v1/me/cv/versions/${mine[0]}/restore`, { method: 'POST', cookie: owner });
			continue;
		}
		const current = await api('/api/v1/me/cv', { cookie: owner });
		const { document, etag } = current.body as { document: unknown; etag: string };
		await api('/api/v1/me/cv', {
			method: 'PUT',
			cookie: owner,
			json: document,
			headers: { 'if-match': etag }
		});
	}
	throw new Error('No CV version only the owner has');
}

/** Resources made another way than a POST to their collection: the path's id they answer. */
const itemMakers: Record<string, (owner: string, other: string) => Promise<string>> = {
	'/api/v1/me/cv/versions/{n}': cvVersionOnlyOwnerHas,
	'/api/v1/me/cv/versions/{n}/restore': cvVersionOnlyOwnerHas
};

function check(cell: string, answer: ApiAnswer, allowed: number[]) {
	cells.push(cell);
	const problem = answer.status < 400 || answer.contentType.startsWith('application/problem+json');
	if (!allowed.includes(answer.status) || !problem) {
		wrong.push(`${cell}: ${answer.status} ${answer.contentType}, expected ${allowed.join('|')}`);
	}
}

beforeAll(async () => {
	const document = (await api('/api/v1/openapi.json')).body as {
		paths: Record<string, Record<string, Record<string, unknown>>>;
	};
	operations = Object.entries(document.paths).flatMap(([path, methods]) =>
		Object.entries(methods).map(([method, op]) => ({
			method,
			path,
			access: op['x-access'] as Operation['access'],
			body:
				(op.requestBody as { content: Record<string, { schema: JsonSchema }> } | undefined)
					?.content['application/json']?.schema ?? null
		}))
	);
	const jobs = (await api('/api/v1/jobs?limit=1')).body as { items: { id: string }[] };
	jobId = jobs.items[0]!.id;
});

describe('authorization matrix (from x-access)', () => {
	it('declares an access for every operation', () => {
		for (const op of operations) {
			expect(['anyone', 'citizen', 'caseworker', 'signed-in'], op.path).toContain(op.access);
		}
	});

	it('answers anonymous requests 401 everywhere but the public operations', async () => {
		for (const op of operations) {
			const answer = await send(
				op,
				fill(op.path, { default: crypto.randomUUID(), jobId, year: '2026' })
			);
			const cell = `anonymous ${op.method.toUpperCase()} ${op.path}`;
			if (op.access === 'anyone') check(cell, answer, [200, 404]);
			else check(cell, answer, [401]);
		}
	});

	it('keeps caseworkers out of citizen-only operations and citizens out of caseworker ones', async () => {
		for (const [username, role] of [
			['lars', 'caseworker'],
			['mette', 'caseworker'],
			['anna', 'citizen']
		] as const) {
			const cookie = await sessionOf(username);
			for (const op of operations) {
				// Her own role's operations are not checked here: sending them would write as her (a
				// conversation request for anna, say) under another test that counts on her state.
				if (op.access === 'anyone' || op.access === role) continue;
				const path = fill(op.path, { default: crypto.randomUUID(), jobId, year: '2026' });
				const answer = await send(op, path, cookie);
				const cell = `${username} ${op.method.toUpperCase()} ${op.path}`;
				if (op.access === 'signed-in') check(cell, answer, [200]);
				else check(cell, answer, [403]);
			}
		}
	});

	it("answers another citizen's resource 404 and never touches it", async () => {
		const owner = await sessionOf('anna');
		const other = await sessionOf('mohammed');
		// What a citizen owns under a path: made by the collection's POST (joblog, saved searches) or
		// by a PUT on the path itself (a saved job: the ad is public, her saving it is not).
		const putOn = (path: string) => operations.find((o) => o.path === path && o.method === 'put');
		const owned = operations.filter(
			(op) =>
				op.access === 'citizen' &&
				op.method !== 'put' &&
				/\{\w+\}/.test(op.path) &&
				([...op.path.matchAll(/\{(\w+)\}/g)].some(([, name]) => !publicParams.has(name!)) ||
					putOn(op.path) !== undefined)
		);
		const byPath = new Map<string, string>();
		for (const op of owned) {
			if (byPath.has(op.path)) continue;
			const maker = itemMakers[op.path];
			if (maker) {
				byPath.set(op.path, await maker(owner, other));
				continue;
			}
			const put = putOn(op.path);
			if (put) {
				const path = fill(op.path, { default: jobId, jobId });
				const made = await send(put, path, owner);
				expect([200, 201], `${path}: ${JSON.stringify(made.body)}`).toContain(made.status);
				byPath.set(op.path, jobId);
				continue;
			}
			// The collection an item path belongs to: `/me/meetings/{id}/cancel` → `/me/meetings`.
			const collection = op.path.replace(/\/\{\w+\}.*$/, '');
			const made = collectionMakers[collection]
				? await collectionMakers[collection](owner)
				: await send(
						operations.find((o) => o.path === collection && o.method === 'post') ??
							expect.fail(`a POST ${collection} to make one with`),
						collection,
						owner
					);
			expect(made.status, `${collection}: ${JSON.stringify(made.body)}`).toBe(201);
			byPath.set(op.path, (made.body as { id: string }).id);
		}
		for (const op of owned.filter((o) => o.method !== 'delete')) {
			const path = fill(op.path, { default: byPath.get(op.path)!, jobId });
			check(
				`another citizen ${op.method.toUpperCase()} ${op.path}`,
				await send(op, path, other),
				[404]
			);
		}
		for (const op of owned.filter((o) => o.method === 'delete')) {
			const path = fill(op.path, { default: byPath.get(op.path)!, jobId });
			check(`another citizen DELETE ${op.path}`, await send(op, path, other), [204, 404]);
			const still = operations.find((o) => o.path === op.path && o.method === 'get');
			const list = operations.find(
				(o) => o.path === op.path.replace(/\/\{\w+\}$/, '') && o.method === 'get'
			);
			const seen = still
				? (await api(path, { cookie: owner })).status === 200
				: JSON.stringify((await api(list!.path, { cookie: owner })).body).includes(
						byPath.get(op.path)!
					);
			if (!seen) wrong.push(`another citizen DELETE ${op.path}: the owner's copy is gone`);
		}
		for (const path of byPath.keys()) {
			const id = byPath.get(path)!;
			// A meeting is cancelled, not deleted (once: every path of it shares the id).
			if (path.startsWith('/api/v1/me/meetings/')) {
				await api(`/api/v1/me/meetings/${id}/cancel`, {
					method: 'POST',
					cookie: owner,
					json: { reason: 'Oprydning efter testen' }
				});
				continue;
			}
			await api(fill(path, { default: id, jobId }), { method: 'DELETE', cookie: owner });
		}
	});

	it('has every cell right', () => {
		console.log(`authorization matrix: ${cells.length} cells over ${operations.length} operations`);
		expect(wrong).toEqual([]);
	});
});
