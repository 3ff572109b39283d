/**
 * The job search's SQL against a real database: a temporary PGlite always, and PostgreSQL when
 * SEARCH_TEST_DATABASE_URL names a database this test may wipe (e.g.
 * postgres://postgres@127.0.0.1:5432/vj_search_test). Without that variable the PostgreSQL suite
 * is not defined at all, rather than shown as skipped.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, count, eq, gte, like, sql, type SQL } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromSearchParams, type JobSearchQuery } from '../domain/job-search';
import type { JobAd, JobSearchResult } from '../domain/jobs';
import { jobSearchResultSchema } from '../domain/jobs';
import { municipalitiesWithinKm } from '../domain/taxonomy/municipality-centroids';
import { openDatabase, type DatabaseHandle } from './db';
import { jobs } from './db/schema';
import { HttpProblem } from './http';
import { openApiDocument } from './openapi';
import { seedDatabase } from './seed';
import { searchJobs } from './search';

const JOB_COUNT = 3_000;
const now = new Date();

function query(params: string): JobSearchQuery {
	const parsed = fromSearchParams(new URLSearchParams(params));
	if (!parsed.success) throw new Error(`${params}: ${JSON.stringify(parsed.errors)}`);
	return parsed.data;
}

const stem = (word: string) => new RegExp(`(^|[^\\p{L}])${word}`, 'iu');

function defineSearchSuite(name: string, open: () => Promise<DatabaseHandle>) {
	describe(`searchJobs on ${name}`, () => {
		let handle: DatabaseHandle;
		const search = (params: string) => searchJobs(handle.db, query(params), { now });

		/** Every page of a search, following nextCursor. */
		async function walk(params: string): Promise<{ pages: JobSearchResult[]; items: JobAd[] }> {
			const pages: JobSearchResult[] = [];
			let cursor: string | null = null;
			do {
				const page: JobSearchResult = await search(
					cursor ? `${params}&cursor=${encodeURIComponent(cursor)}` : params
				);
				pages.push(page);
				cursor = page.nextCursor;
				if (pages.length > 200) throw new Error('too many pages');
			} while (cursor);
			return { pages, items: pages.flatMap((p) => p.items) };
		}

		async function directCount(...conditions: SQL[]): Promise<number> {
			const [row] = await handle.db
				.select({ n: count() })
				.from(jobs)
				.where(and(...conditions));
			return Number(row?.n ?? 0);
		}

		beforeAll(async () => {
			handle = await open();
			await seedDatabase(handle.db, { jobCount: JOB_COUNT, now });
		}, 180_000);

		afterAll(async () => {
			await handle?.close();
		});

		it('finds Danish inflections: plural and definite forms hit the singular title', async () => {
			const nurses = await search('q=sygeplejersker');
			expect(nurses.fallback).toBe('none');
			expect(nurses.total).toBeGreaterThan(0);
			expect(nurses.items[0]?.title).toMatch(/sygeplejerske/i);
			const teachers = await search('q=pædagoger');
			expect(teachers.items[0]?.title).toMatch(/pædagog/i);
			const definite = await search('q=pædagogen');
			expect(definite.total).toBe(teachers.total);
			expect(jobSearchResultSchema.parse(nurses)).toEqual(nurses);
		});

		it('ranks title hits above body-only hits', async () => {
			const { items } = await walk('q=sygeplejersker&limit=100');
			const inTitle = items.map((ad) => stem('sygeplejersk').test(ad.title));
			const bodyOnly = items.map(
				(ad) => !stem('sygeplejersk').test(`${ad.title} ${ad.occupation.title} ${ad.employer}`)
			);
			expect(inTitle.some(Boolean)).toBe(true);
			expect(bodyOnly.some(Boolean)).toBe(true);
			expect(inTitle.lastIndexOf(true)).toBeLessThan(bodyOnly.indexOf(true));
		});

		it('matches the last word as a prefix while typing', async () => {
			const typing = await search('q=pæd');
			expect(typing.total).toBeGreaterThan(0);
			expect(typing.items.every((ad) => /pæd/i.test(`${ad.title} ${ad.description}`))).toBe(true);
			const quoted = await search('q=%22pæd%22');
			expect(quoted.fallback === 'trigram' || quoted.total < typing.total).toBe(true);
		});

		it('agrees with a direct count for filters, and facets add up to the total', async () => {
			const since = new Date(now.getTime() - 30 * 86_400_000);
			const cases: [string, SQL[]][] = [
				['', []],
				['municipality=751&hours=part', [eq(jobs.municipalityCode, '751'), eq(jobs.hours, 'part')]],
				[
					'occupation=2&postedWithinDays=30',
					[like(jobs.occupationCode, '2%'), gte(jobs.postedAt, since)]
				],
				['occupation=53&hours=full', [like(jobs.occupationCode, '53%'), eq(jobs.hours, 'full')]],
				['postalCode=8000', [eq(jobs.postalCode, '8000')]],
				[
					'region=1084&q=sygeplejersker',
					[
						sql`${jobs.municipalityCode} in (select unnest(${sql.raw(
							`array['101','147','151','153','155','157','159','161','163','165','167','169','173','175','183','185','187','190','201','210','217','219','223','230','240','250','260','270','400']`
						)}))`,
						sql`${jobs.searchVector} @@ websearch_to_tsquery('danish', 'sygeplejersker')`
					]
				]
			];
			for (const [params, conditions] of cases) {
				const result = await search(params);
				expect(result.total, params).toBe(await directCount(...conditions));
				const sum = (facet: { count: number }[]) => facet.reduce((n, f) => n + f.count, 0);
				if (!params.includes('municipality') && !params.includes('region')) {
					expect(sum(result.facets.municipality), params).toBe(result.total);
					expect(sum(result.facets.region), params).toBe(result.total);
				}
				if (!params.includes('occupation'))
					expect(sum(result.facets.occupation)).toBe(result.total);
				if (!params.includes('hours')) expect(sum(result.facets.hours)).toBe(result.total);
			}
		});

		it("leaves a facet's own filter out, so other values keep their counts", async () => {
			const all = await search('hours=part');
			const one = await search('hours=part&municipality=751');
			expect(one.facets.municipality).toEqual(all.facets.municipality);
			expect(one.facets.municipality.find((m) => m.code === '751')?.count).toBe(one.total);
			expect(one.facets.hours.map((h) => h.value).sort()).toEqual(['full', 'part']);
			expect(one.facets.region).toEqual([
				expect.objectContaining({ code: '1082', name: 'Region Midtjylland', count: one.total })
			]);
		});

		it.each(['newest', 'deadline', 'relevance'])(
			'pages through sort=%s without repeats, in order, as many as the total',
			async (sort) => {
				const params = `sort=${sort}&limit=37${sort === 'relevance' ? '&q=pædagog' : '&occupation=5'}`;
				const { pages, items } = await walk(params);
				const total = pages[0]!.total;
				expect(items).toHaveLength(total);
				expect(new Set(items.map((ad) => ad.id)).size).toBe(total);
				expect(pages.at(-1)?.nextCursor).toBeNull();
				for (let i = 1; i < items.length; i++) {
					const [a, b] = [items[i - 1]!, items[i]!];
					if (sort === 'newest') expect(a.postedAt >= b.postedAt).toBe(true);
					if (sort === 'deadline') {
						expect(
							a.deadline === null
								? b.deadline === null
								: b.deadline === null || a.deadline <= b.deadline
						).toBe(true);
					}
				}
			}
		);

		it('filters by distance per municipality, always including the postal code’s own', async () => {
			const near = await search('postalCode=8000&radiusKm=1');
			expect(near.total).toBeGreaterThan(0);
			expect(near.facets.municipality.map((m) => m.code)).toEqual(['751']);
			const far = await search('postalCode=8000&radiusKm=200');
			expect(far.facets.municipality.map((m) => m.code)).toContain('751');
			expect(far.total).toBeGreaterThan(near.total);
			const allowed = new Set(municipalitiesWithinKm('751', 40));
			const mid = await walk('postalCode=8000&radiusKm=40&limit=100');
			expect(mid.items.every((ad) => allowed.has(ad.municipality.code))).toBe(true);
			expect(allowed.has('730')).toBe(true);
			expect(allowed.has('101')).toBe(false);
		});

		it('falls back to trigram similarity on titles for a typo, and pages through it', async () => {
			const typo = await search('q=sygeplejeske&limit=10');
			expect(typo.fallback).toBe('trigram');
			expect(typo.total).toBeGreaterThan(0);
			expect(typo.items.every((ad) => /sygeplejersk/i.test(ad.title))).toBe(true);
			const { pages, items } = await walk('q=sygeplejeske&limit=10');
			expect(pages.every((p) => p.fallback === 'trigram')).toBe(true);
			expect(new Set(items.map((ad) => ad.id)).size).toBe(typo.total);
			expect((await search('q=xqzvw')).total).toBe(0);
		});

		it('never fails on odd words', async () => {
			for (const q of [
				'og',
				'!!!',
				'syge\u0000plejerske',
				'a\tb',
				'"unclosed',
				'a & (b | !c',
				"it's:*",
				'-',
				'ø'.repeat(200)
			]) {
				const result = await search(`q=${encodeURIComponent(q)}`);
				expect(result.total).toBeGreaterThanOrEqual(0);
			}
		});

		it('rejects a broken cursor or one from another sort as a 400 naming cursor', async () => {
			const first = await search('sort=newest&limit=5');
			expect(first.nextCursor).toBeTruthy();
			for (const params of [
				`sort=deadline&cursor=${first.nextCursor}`,
				'sort=newest&cursor=bm9wZQ',
				`sort=newest&cursor=${Buffer.from('["n","x","y"]').toString('base64url')}`
			]) {
				const error = await search(params).catch((e: unknown) => e);
				expect(error).toBeInstanceOf(HttpProblem);
				expect((error as HttpProblem).problem.errors?.[0]?.field).toBe('cursor');
			}
		});
	});
}

defineSearchSuite('PGlite', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'vj-search-test-'));
	const handle = await openDatabase({ databaseUrl: null, dataDir: dir });
	return {
		...handle,
		close: async () => {
			await handle.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
});

const postgresUrl = process.env.SEARCH_TEST_DATABASE_URL;
if (postgresUrl) {
	defineSearchSuite('PostgreSQL', async () => {
		const admin = postgres(postgresUrl, { max: 1, onnotice: () => {} });
		await admin.unsafe(
			'drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;'
		);
		await admin.end();
		return openDatabase({ databaseUrl: postgresUrl, dataDir: '' });
	});
}

describe('the OpenAPI description of GET /api/v1/jobs', () => {
	it('lists every search parameter as optional', () => {
		const operation = openApiDocument('test').paths['/api/v1/jobs']?.get as {
			parameters: { name: string; required: boolean }[];
		};
		expect(operation.parameters.map((p) => p.name)).toEqual([
			'v',
			'q',
			'municipality',
			'region',
			'postalCode',
			'radiusKm',
			'occupation',
			'hours',
			'postedWithinDays',
			'sort',
			'cursor',
			'limit'
		]);
		expect(operation.parameters.every((p) => !p.required)).toBe(true);
	});
});
