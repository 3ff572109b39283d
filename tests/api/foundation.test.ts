import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { addDays, todayLocal } from '../../src/lib/domain/local-time';
import { api, baseUrl, expectProblem, sessionOf } from './client';

describe('health and contract', () => {
	it('reports status, the database in use and the version', async () => {
		const answer = await api('/api/v1/health');
		expect(answer.status).toBe(200);
		expect(answer.body).toEqual({
			status: 'ok',
			db: inject('dbKind'),
			version: expect.any(String)
		});
	});

	it('serves an OpenAPI 3.1 document listing exactly the API route files', async () => {
		const answer = await api('/api/v1/openapi.json');
		expect(answer.status).toBe(200);
		const document = answer.body as { openapi: string; paths: Record<string, object> };
		expect(document.openapi).toBe('3.1.0');
		const routeRoot = 'src/routes/api/v1';
		const routePaths: string[] = [];
		const walk = (dir: string) => {
			for (const name of readdirSync(dir)) {
				const path = join(dir, name);
				if (statSync(path).isDirectory()) walk(path);
				else if (name === '+server.ts') {
					const route = relative(routeRoot, dir).replace(/\[(\w+)\]/g, '{$1}');
					routePaths.push(`/api/v1/${route}`);
				}
			}
		};
		walk(routeRoot);
		expect(Object.keys(document.paths).sort()).toEqual(routePaths.sort());
	});
});

describe('problem+json for every failure', () => {
	it('answers unknown routes with 404 problems, whatever the method', async () => {
		for (const [method, path] of [
			['GET', '/api/v1/does-not-exist'],
			['POST', '/api/v1/nope/deeper'],
			['GET', '/api/v2/health']
		] as const) {
			const problem = expectProblem(await api(path, { method }), 404);
			expect(problem.status).toBe(404);
			expect(problem.title).toBeTruthy();
		}
	});

	it('answers a method a route lacks with a 405 problem', async () => {
		const answer = await api('/api/v1/health', { method: 'DELETE' });
		expectProblem(answer, 405);
	});

	it('requires a session for personal data', async () => {
		const problem = expectProblem(await api('/api/v1/me'), 401);
		expect(problem.detail).toMatch(/Log ind/);
	});
});

describe('request bodies', async () => {
	const valid = {
		appliedOn: '2026-11-20',
		jobTitle: 'Lagermedarbejder',
		employer: 'Nordisk Lager A/S',
		method: 'advertised'
	};

	it('rejects malformed JSON with 400 naming the body', async () => {
		const cookie = await sessionOf('anna');
		const answer = await api('/api/v1/me/joblog', {
			method: 'POST',
			cookie,
			headers: { 'content-type': 'application/json' },
			body: '{"appliedOn": "2026-11-20",'
		});
		const problem = expectProblem(answer, 400);
		expect(problem.errors).toEqual([{ field: '(body)', message: 'Ugyldig JSON' }]);
	});

	it('rejects a wrong content type with 415', async () => {
		const cookie = await sessionOf('anna');
		const answer = await api('/api/v1/me/joblog', {
			method: 'POST',
			cookie,
			// A browser always sends Origin with a POST; without it SvelteKit's own CSRF check answers first.
			headers: { 'content-type': 'text/plain', origin: baseUrl },
			body: JSON.stringify(valid)
		});
		expectProblem(answer, 415);
	});

	it('rejects a 2 MiB body with 413, declared or streamed', async () => {
		const cookie = await sessionOf('anna');
		const big = JSON.stringify({ ...valid, note: 'x'.repeat(2 * 1024 * 1024) });
		expectProblem(
			await api('/api/v1/me/joblog', { method: 'POST', cookie, json: JSON.parse(big) }),
			413
		);
		const streamed = new ReadableStream({
			start(controller) {
				controller.enqueue(new TextEncoder().encode(big));
				controller.close();
			}
		});
		const answer = await api('/api/v1/me/joblog', {
			method: 'POST',
			cookie,
			headers: { 'content-type': 'application/json' },
			body: streamed,
			// @ts-expect-error Node's fetch needs duplex for a streamed body; the DOM type lacks it.
			duplex: 'half'
		});
		expectProblem(answer, 413);
	});

	it('rejects unknown fields and names each, touching nothing saved', async () => {
		const cookie = await sessionOf('anna');
		const before = await api('/api/v1/me/joblog?limit=100', { cookie });
		const answer = await api('/api/v1/me/joblog', {
			method: 'POST',
			cookie,
			json: { ...valid, salary: 1, appliedOn: 'i går' }
		});
		const problem = expectProblem(answer, 400);
		expect(problem.errors).toEqual(
			expect.arrayContaining([
				{ field: 'salary', message: 'Feltet kendes ikke' },
				{ field: 'appliedOn', message: 'Skal være en dato (ÅÅÅÅ-MM-DD)' }
			])
		);
		const after = await api('/api/v1/me/joblog?limit=100', { cookie });
		expect(after.body).toEqual(before.body);
	});

	it('rejects a cookie-authenticated mutation from another origin', async () => {
		const cookie = await sessionOf('anna');
		const answer = await api('/api/v1/me/joblog', {
			method: 'POST',
			cookie,
			headers: { origin: 'https://evil.example' },
			json: valid
		});
		expectProblem(answer, 403);
	});
});

describe('idempotency', () => {
	const entry = {
		appliedOn: '2026-11-18',
		jobTitle: 'Buschauffør',
		employer: 'Midttrafik',
		method: 'jobnet'
	};

	it('answers a repeated key with the first answer and stores the entry once', async () => {
		const cookie = await sessionOf('anna');
		const key = crypto.randomUUID();
		const first = await api('/api/v1/me/joblog', {
			method: 'POST',
			cookie,
			headers: { 'idempotency-key': key },
			json: entry
		});
		expect(first.status).toBe(201);
		const again = await api('/api/v1/me/joblog', {
			method: 'POST',
			cookie,
			headers: { 'idempotency-key': key },
			json: entry
		});
		expect(again.status).toBe(201);
		expect(again.headers.get('idempotent-replayed')).toBe('true');
		expect(again.body).toEqual(first.body);
		const list = await api('/api/v1/me/joblog?limit=100', { cookie });
		const ids = (list.body as { items: { id: string }[] }).items.map((item) => item.id);
		expect(ids.filter((id) => id === (first.body as { id: string }).id)).toHaveLength(1);
	});

	it('rejects the same key with another body (422) and a key that is not a UUID (400)', async () => {
		const cookie = await sessionOf('anna');
		const key = crypto.randomUUID();
		await api('/api/v1/me/joblog', {
			method: 'POST',
			cookie,
			headers: { 'idempotency-key': key },
			json: entry
		});
		const other = await api('/api/v1/me/joblog', {
			method: 'POST',
			cookie,
			headers: { 'idempotency-key': key },
			json: { ...entry, employer: 'Arriva' }
		});
		expectProblem(other, 422);
		const bad = await api('/api/v1/me/joblog', {
			method: 'POST',
			cookie,
			headers: { 'idempotency-key': 'abc' },
			json: entry
		});
		expect(expectProblem(bad, 400).errors?.[0]?.field).toBe('Idempotency-Key');
	});

	it('replays a DELETE (204, no body) for a retried key', async () => {
		const cookie = await sessionOf('anna');
		const created = await api('/api/v1/me/joblog', { method: 'POST', cookie, json: entry });
		const path = `/api/v1/me/joblog/${(created.body as { id: string }).id}`;
		const key = crypto.randomUUID();
		const first = await api(path, {
			method: 'DELETE',
			cookie,
			headers: { 'idempotency-key': key }
		});
		expect(first.status).toBe(204);
		const again = await api(path, {
			method: 'DELETE',
			cookie,
			headers: { 'idempotency-key': key }
		});
		expect(again.status).toBe(204);
		expect(again.headers.get('idempotent-replayed')).toBe('true');
		expectProblem(await api(path, { method: 'DELETE', cookie }), 404);
	});
});

describe('paging and ownership', () => {
	it('pages with an opaque cursor, never repeating an entry, and caps limit at 100', async () => {
		const cookie = await sessionOf('mohammed');
		// Other files write mohammed's joblog at the same time: this test follows its own entries.
		const own = new Set<string>();
		for (let day = 1; day <= 7; day++) {
			const answer = await api('/api/v1/me/joblog', {
				method: 'POST',
				cookie,
				json: {
					appliedOn: `2026-10-0${day}`,
					jobTitle: `Job ${day}`,
					employer: 'Odense Kommune',
					method: 'advertised'
				}
			});
			expect(answer.status).toBe(201);
			own.add((answer.body as { id: string }).id);
		}
		const seen: { id: string; appliedOn: string }[] = [];
		let cursor: string | null = null;
		do {
			const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
			const page = await api(`/api/v1/me/joblog?limit=3${query}`, { cookie });
			const body = page.body as {
				items: { id: string; appliedOn: string }[];
				nextCursor: string | null;
			};
			expect(body.items.length).toBeLessThanOrEqual(3);
			seen.push(...body.items);
			cursor = body.nextCursor;
		} while (cursor);
		expect(new Set(seen.map((item) => item.id)).size).toBe(seen.length);
		expect(seen.filter((item) => own.has(item.id)).map((item) => item.appliedOn)).toEqual([
			'2026-10-07',
			'2026-10-06',
			'2026-10-05',
			'2026-10-04',
			'2026-10-03',
			'2026-10-02',
			'2026-10-01'
		]);
		const tooMany = expectProblem(await api('/api/v1/me/joblog?limit=10000', { cookie }), 400);
		expect(tooMany.errors?.[0]?.field).toBe('limit');
		const badCursor = expectProblem(await api('/api/v1/me/joblog?cursor=%%%', { cookie }), 400);
		expect(badCursor.errors?.[0]?.field).toBe('cursor');
	});

	it("answers another citizen's entry with 404, as if it did not exist", async () => {
		const anna = await sessionOf('anna');
		const sofie = await sessionOf('sofie');
		const created = await api('/api/v1/me/joblog', {
			method: 'POST',
			cookie: anna,
			json: {
				appliedOn: '2026-11-02',
				jobTitle: 'Kok',
				employer: 'Restaurant Havnen',
				method: 'unsolicited'
			}
		});
		const id = (created.body as { id: string }).id;
		expectProblem(await api(`/api/v1/me/joblog/${id}`, { method: 'DELETE', cookie: sofie }), 404);
		expectProblem(
			await api(`/api/v1/me/joblog/${crypto.randomUUID()}`, { method: 'DELETE', cookie: sofie }),
			404
		);
		await api(`/api/v1/me/joblog/${id}`, {
			method: 'PATCH',
			cookie: anna,
			json: { note: 'Ringede til dem fredag' }
		});
		const patched = await api(`/api/v1/me/joblog/${id}`, {
			method: 'PATCH',
			cookie: anna,
			json: { status: 'interview' }
		});
		// A PATCH changes only what it names: the note from the first PATCH stays.
		expect(patched.body).toMatchObject({
			status: 'interview',
			note: 'Ringede til dem fredag',
			method: 'unsolicited'
		});
		const empty = expectProblem(
			await api(`/api/v1/me/joblog/${id}`, { method: 'PATCH', cookie: anna, json: {} }),
			400
		);
		expect(empty.detail).toContain('Intet at ændre');
	});
});

describe('the signed-in hint', () => {
	it('comes back on a session that lacks it, and goes with a session that has ended, privately', async () => {
		const cookie = await sessionOf('anna');
		expect(cookie.split('; ')).toContain('vj_signed_in=1');
		// A session from before the hint existed.
		const sessionOnly = cookie
			.split('; ')
			.filter((part) => !part.startsWith('vj_signed_in='))
			.join('; ');
		const live = await api('/api/v1/me', { cookie: sessionOnly });
		expect(live.status).toBe(200);
		const hint = live.headers.getSetCookie().find((c) => c.startsWith('vj_signed_in='));
		expect(hint).toMatch(/^vj_signed_in=1;/);
		expect(hint).not.toMatch(/HttpOnly/i);
		expect(live.headers.get('cache-control')).toBe('private, no-store');

		const withHint = await api('/api/v1/me', { cookie });
		expect(withHint.headers.getSetCookie()).toEqual([]);

		const ended = await api('/api/v1/jobs?limit=1', {
			cookie: 'vj_session=no-such-session; vj_signed_in=1'
		});
		expect(ended.status).toBe(200);
		const cleared = ended.headers.getSetCookie();
		expect(cleared.find((c) => c.startsWith('vj_session='))).toMatch(
			/^vj_session=;.*(Max-Age=0|Expires=Thu, 01 Jan 1970)/i
		);
		expect(cleared.find((c) => c.startsWith('vj_signed_in='))).toMatch(/^vj_signed_in=;/);
		// A public answer otherwise; this one carries one visitor's cookies.
		expect(ended.headers.get('cache-control')).toBe('private, no-store');
	});
});

describe('profile and taxonomy', () => {
	it('gives the signed-in citizen her own profile', async () => {
		const answer = await api('/api/v1/me', { cookie: await sessionOf('anna') });
		expect(answer.status).toBe(200);
		expect(answer.body).toMatchObject({
			name: 'Anna Jensen',
			role: 'citizen',
			municipality: { code: '751', name: 'Aarhus' },
			benefitType: 'dagpenge',
			caseworker: { name: 'Lars Holm', jobcenter: 'Jobcenter Aarhus' }
		});
	});

	it('knows when the demo citizens signed up, so the CV deadline has a date', async () => {
		const [anna, mohammed, sofie] = await Promise.all(
			['anna', 'mohammed', 'sofie'].map(async (who) => {
				const answer = await api('/api/v1/me', { cookie: await sessionOf(who) });
				return answer.body as { signedUpOn: string | null };
			})
		);
		// The seed signs anna up 9 days before the Copenhagen date it runs on, mohammed 120; sofie
		// is sick-listed. The seed may have run before a Copenhagen midnight that this test runs after.
		const today = todayLocal();
		const seedDays = (daysAgo: number) => [addDays(today, -daysAgo), addDays(today, -daysAgo - 1)];
		expect(seedDays(9)).toContain(anna!.signedUpOn);
		expect(seedDays(120)).toContain(mohammed!.signedUpOn);
		expect(sofie!.signedUpOn).toBeNull();
	});

	it('lists the 98 municipalities with regions and postal codes', async () => {
		const answer = await api('/api/v1/taxonomy/municipalities');
		const items = (
			answer.body as {
				items: {
					code: string;
					name: string;
					region: { name: string };
					postalCodes: { code: string }[];
				}[];
			}
		).items;
		expect(items).toHaveLength(98);
		const odense = items.find((m) => m.code === '461');
		expect(odense?.name).toBe('Odense');
		expect(odense?.region.name).toBe('Region Syddanmark');
		expect(odense?.postalCodes.map((p) => p.code)).toContain('5000');
		expect(items.some((m) => m.code === '411')).toBe(false);
	});

	it('lists ISCO-08 major and sub-major occupation groups in Danish', async () => {
		const answer = await api('/api/v1/taxonomy/occupations');
		const items = (
			answer.body as {
				items: { code: string; level: string; parentCode: string | null; title: { da: string } }[];
			}
		).items;
		expect(items.filter((g) => g.level === 'major')).toHaveLength(10);
		expect(items.filter((g) => g.level === 'subMajor')).toHaveLength(43);
		expect(items.find((g) => g.code === '22')?.parentCode).toBe('2');
	});
});
