/**
 * The job search's SQL against a real database: a temporary PGlite always, and PostgreSQL when
 * TEST_DATABASE_URL is set, in a database of its own beside it (`<name>_search`). Without that
 * variable the PostgreSQL suite is not defined at all, rather than shown as skipped.
 */
import { and, count, eq, gt, gte, inArray, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromSearchParams, type JobSearchQuery } from '../domain/job-search';
import type { JobAd, JobSearchResult } from '../domain/jobs';
import { addDays, localDateOf } from '../domain/local-time';
import { jobSearchResultSchema } from '../domain/jobs-schema';
import { municipalitiesInRegion } from '../domain/taxonomy/municipalities';
import { municipalitiesWithinKm } from '../domain/taxonomy/municipality-centroids';
import { textSearchReader, type Database, type DatabaseHandle } from './db';
import { jobs } from './db/schema';
import { HttpProblem } from './http';
import { openApiDocument } from './openapi';
import { seedDatabase } from './seed';
import { countJobs, searchJobs, textQueries } from './search';
import { wideningCases } from '../domain/search-expansion.testkit';
import { openTemporaryPglite, postgresForSuite } from '../../../tests/support/databases';
import { walkSearchPages } from '../../../tests/support/search-pages';

const JOB_COUNT = 3_000;
const now = new Date();

function query(params: string): JobSearchQuery {
	const parsed = fromSearchParams(new URLSearchParams(params));
	if (!parsed.success) throw new Error(`${params}: ${JSON.stringify(parsed.errors)}`);
	return parsed.data;
}

function defineSearchSuite(name: string, open: () => Promise<DatabaseHandle>) {
	describe(`searchJobs on ${name}`, () => {
		let handle: DatabaseHandle;
		const search = (params: string) => searchJobs(handle.db, query(params), { now });

		const walk = (params: string) => walkSearchPages(search, params, 200);

		/** Ads the search may show on `day` (a Copenhagen date): no deadline, or not yet passed. */
		const notExpiredOn = (day: string) => or(isNull(jobs.deadline), gte(jobs.deadline, day))!;

		/** What the search should count: the conditions, among ads not expired at `now`. */
		async function directCount(...conditions: SQL[]): Promise<number> {
			return rawCount(notExpiredOn(localDateOf(now)), ...conditions);
		}

		async function rawCount(...conditions: SQL[]): Promise<number> {
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

		it('runs word searches under the planner settings that keep them on the GIN indexes, and only them', async () => {
			const setting = async (db: Database) => {
				const [row] = await db
					.select({ value: sql<string>`current_setting('enable_seqscan')` })
					.from(jobs)
					.limit(1);
				return row?.value;
			};
			await search('q=pædagog');
			await countJobs(handle.db, query('q=pædagog'), { now });
			expect(await setting(handle.db)).toBe('on');
			const reader = textSearchReader(handle.db);
			if (handle.kind === 'postgres') expect(reader && (await setting(reader))).toBe('off');
			else expect(reader).toBeUndefined();
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

		// Words that are in some titles, in other ads' occupation, and in many more descriptions
		// only (in the 3,000 seeded ads: "handicap" ~7 titles, ~300 descriptions).
		it.each(['sygeplejersker', 'handicap', 'børn', 'team'])(
			'ranks title hits first, then occupation hits, then body-only hits: %s',
			async (word) => {
				// Tiers decided by SQL on the columns themselves, independent of the ranking code.
				const words = sql`to_tsquery('danish', ${`${word}:*`})`;
				const rows = await handle.db
					.select({
						id: jobs.id,
						tier: sql<number>`case when to_tsvector('danish', ${jobs.title}) @@ ${words} then 2
							when to_tsvector('danish', ${jobs.occupationTitle}) @@ ${words} then 1 else 0 end`
					})
					.from(jobs)
					.where(and(sql`${jobs.searchVector} @@ ${words}`, notExpiredOn(localDateOf(now))));
				const tierOf = new Map(rows.map((row) => [row.id, Number(row.tier)]));
				const inTitle = rows.filter((row) => Number(row.tier) === 2).length;
				const inOccupation = rows.filter((row) => Number(row.tier) === 1).length;
				expect(inTitle).toBeGreaterThan(0);
				expect(rows.length).toBeGreaterThan(inTitle + inOccupation);

				const items: JobAd[] = [];
				let cursor: string | null = null;
				do {
					const page: JobSearchResult = await search(
						`q=${word}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`
					);
					expect(page.total).toBe(rows.length);
					items.push(...page.items);
					cursor = page.nextCursor;
				} while (cursor && items.length <= inTitle + inOccupation);
				const tiers = items.map((ad) => tierOf.get(ad.id));
				expect(tiers.slice(0, inTitle)).toEqual(Array(inTitle).fill(2));
				expect(tiers.slice(inTitle, inTitle + inOccupation)).toEqual(Array(inOccupation).fill(1));
				expect(tiers[inTitle + inOccupation]).toBe(0);
			}
		);

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

		it('counts like a direct count, optionally only the ads posted after an instant', async () => {
			const since = new Date(now.getTime() - 10 * 86_400_000);
			const nurses = sql`${jobs.searchVector} @@ websearch_to_tsquery('danish', 'sygeplejersker')`;
			const typo = sql`'sygeplejeske' <% ${jobs.title}`;
			const newer = gt(jobs.postedAt, since);
			const cases: [string, Date | undefined, SQL[]][] = [
				['', since, [newer]],
				['q=sygeplejersker', undefined, [nurses]],
				['q=sygeplejersker', since, [nurses, newer]],
				[
					'q=sygeplejersker&hours=part&municipality=751',
					since,
					[nurses, eq(jobs.hours, 'part'), eq(jobs.municipalityCode, '751'), newer]
				],
				['occupation=2&postedWithinDays=30', since, [like(jobs.occupationCode, '2%'), newer]],
				// A typo: full text finds nothing, so titles are matched by trigram similarity.
				['q=sygeplejeske', undefined, [typo]],
				['q=sygeplejeske&hours=full', since, [typo, eq(jobs.hours, 'full'), newer]]
			];
			for (const [params, postedAfter, conditions] of cases) {
				const counted = await countJobs(handle.db, query(params), { postedAfter, now });
				expect(counted, `${params} after ${postedAfter?.toISOString()}`).toBe(
					await directCount(...conditions)
				);
				if (!postedAfter) expect(counted, params).toBe((await search(params)).total);
			}
			// postedAfter really narrows the count, and nothing is newer than now.
			const all = await countJobs(handle.db, query('q=pædagog'), { now });
			const recent = await countJobs(handle.db, query('q=pædagog'), { postedAfter: since, now });
			expect(recent).toBeGreaterThan(0);
			expect(recent).toBeLessThan(all);
			expect(await countJobs(handle.db, query('q=pædagog'), { postedAfter: now, now })).toBe(0);
		});

		it('hides ads whose deadline has passed in Copenhagen, keeping those without one', async () => {
			const today = localDateOf(now);
			// The seed makes every ad open when it seeds: all of them are shown.
			expect(await rawCount(sql`${jobs.deadline} < ${today}::date`)).toBe(0);
			expect((await search('')).total).toBe(await rawCount());
			// Three weeks on, many deadlines have passed: those ads leave items, totals, facets, counts.
			const later = new Date(now.getTime() + 21 * 86_400_000);
			const laterDay = localDateOf(later);
			const expired = await rawCount(sql`${jobs.deadline} < ${laterDay}::date`);
			expect(expired).toBeGreaterThan(0);
			expect(await rawCount(isNull(jobs.deadline))).toBeGreaterThan(0);
			const all = await searchJobs(handle.db, query(''), { now: later });
			expect(all.total).toBe((await rawCount()) - expired);
			expect(await countJobs(handle.db, query(''), { now: later })).toBe(all.total);
			const sum = (facet: { count: number }[]) => facet.reduce((n, f) => n + f.count, 0);
			expect(sum(all.facets.municipality)).toBe(all.total);
			expect(sum(all.facets.occupation)).toBe(all.total);
			const laterPages = await walkSearchPages(
				(params) => searchJobs(handle.db, query(params), { now: later }),
				'sort=deadline&limit=100&hours=part&municipality=101',
				200
			);
			expect(laterPages.items.length).toBeGreaterThan(0);
			expect(laterPages.items.every((ad) => ad.deadline === null || ad.deadline >= laterDay)).toBe(
				true
			);
			const soonest = await search('sort=deadline&limit=100&q=pædagog');
			expect(soonest.items[0]?.deadline).toBe(
				await handle.db
					.select({ d: sql<string>`min(${jobs.deadline})::text` })
					.from(jobs)
					.where(
						and(
							gte(jobs.deadline, today),
							sql`${jobs.searchVector} @@ to_tsquery('danish', 'pædagog:*')`
						)
					)
					.then(([row]) => row?.d)
			);
			const { items } = await walk('sort=deadline&limit=100&hours=part&municipality=101');
			expect(items.length).toBe(
				await directCount(eq(jobs.hours, 'part'), eq(jobs.municipalityCode, '101'))
			);
			expect(items.every((ad) => ad.deadline === null || ad.deadline >= today)).toBe(true);
			expect(items.at(-1)?.deadline).toBeNull();

			// An ad is shown through its deadline day, Copenhagen time, not UTC: 21:30 UTC is still
			// that day in Copenhagen (22:30 CET, 23:30 CEST), 23:30 UTC is the next, in UTC it is not.
			const day = addDays(today, 3);
			const lastDay = await rawCount(eq(jobs.deadline, day));
			expect(lastDay).toBeGreaterThan(0);
			const evening = new Date(`${day}T21:30:00Z`);
			const night = new Date(`${day}T23:30:00Z`);
			const shown = (at: Date) =>
				searchJobs(handle.db, query(''), { now: at }).then((r) => r.total);
			expect((await shown(evening)) - (await shown(night))).toBe(lastDay);
			const counted = (at: Date) => countJobs(handle.db, query('q=pædagog'), { now: at });
			expect((await counted(evening)) - (await counted(night))).toBe(
				await rawCount(
					eq(jobs.deadline, day),
					sql`${jobs.searchVector} @@ to_tsquery('danish', 'pædagog:*')`
				)
			);
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

		it.each([
			['words and two filters', 'q=pædagog&region=1084&hours=part', 'fts'],
			['no words, three filters', 'occupation=2&hours=full&municipality=101', 'fts'],
			['a radius and a filter', 'postalCode=8000&radiusKm=25&occupation=23', 'fts'],
			[
				'a typo and three filters',
				'q=sygeplejeske&hours=full&municipality=751&region=1084',
				'trigram'
			],
			['a typo and two filters', 'q=rengørring&occupation=9&hours=part', 'trigram'],
			[
				'a typo, a radius and a filter',
				'q=rengørring&postalCode=8000&radiusKm=40&hours=part',
				'trigram'
			]
		] as const)(
			'counts every facet value like a direct count (%s)',
			async (_name, params, mode) => {
				const parsed = query(params);
				const words =
					mode === 'trigram'
						? sql`${parsed.q} <% ${jobs.title}`
						: parsed.q
							? sql`${jobs.searchVector} @@ to_tsquery('danish', ${`${parsed.q}:*`})`
							: sql`true`;
				const near =
					parsed.radiusKm !== undefined
						? inArray(jobs.municipalityCode, municipalitiesWithinKm('751', parsed.radiusKm))
						: sql`true`;
				const inRegion = (code: string) =>
					inArray(
						jobs.municipalityCode,
						municipalitiesInRegion(code).map((m) => m.code)
					);
				const filters = {
					municipality: parsed.municipality && eq(jobs.municipalityCode, parsed.municipality),
					region: parsed.region && inRegion(parsed.region),
					occupation: parsed.occupation && like(jobs.occupationCode, `${parsed.occupation}%`),
					hours: parsed.hours && eq(jobs.hours, parsed.hours)
				};
				const others = (own: keyof typeof filters | null) =>
					Object.entries(filters)
						.filter(([name, condition]) => name !== own && condition)
						.map(([, condition]) => condition as SQL);
				const result = await search(params);
				expect(result.fallback).toBe(mode === 'trigram' ? 'trigram' : 'none');
				expect(result.total).toBe(await directCount(words, near, ...others(null)));
				const valueConditions = {
					municipality: (code: string) => eq(jobs.municipalityCode, code),
					region: inRegion,
					occupation: (code: string) => like(jobs.occupationCode, `${code}%`),
					hours: (value: string) => eq(jobs.hours, value as 'full' | 'part')
				};
				for (const facet of ['municipality', 'region', 'occupation', 'hours'] as const) {
					const entries = result.facets[facet].map((e) => ({
						value: 'value' in e ? e.value : e.code,
						count: e.count
					}));
					const context = `${params}: ${facet}`;
					// The values partition the ads, so the counts add up to all the facet may count.
					const sum = entries.reduce((n, e) => n + e.count, 0);
					expect(sum, context).toBe(await directCount(words, near, ...others(facet)));
					for (const entry of entries.slice(0, 4)) {
						expect(entry.count, `${context} ${entry.value}`).toBe(
							await directCount(words, near, ...others(facet), valueConditions[facet](entry.value))
						);
					}
				}
			}
		);

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

		// The search test table (domain/search-expansion.testkit.ts): each vocabulary term finds
		// every ad its Danish long forms find (as phrases), each ae/oe/aa spelling every ad the
		// Danish spelling finds, and real words with "aa" keep theirs.
		describe('finds what people type', () => {
			/** The ids a search finds by its words; none when it only found spellings alike (typo help). */
			const idsFound = async (q: string) => {
				const { pages, items } = await walk(`q=${encodeURIComponent(q)}&limit=100`);
				return pages[0]!.fallback === 'none' ? new Set(items.map((ad) => ad.id)) : new Set();
			};

			it.each(wideningCases)('"$typed" finds every ad $danish finds', async ({ typed, danish }) => {
				const widened = await idsFound(typed);
				const long = await idsFound(danish);
				expect([...long].filter((id) => !widened.has(id))).toEqual([]);
				expect(widened.size).toBeGreaterThanOrEqual(long.size);
			});

			it('finds the SOSU ads for "sosu", and says which Danish words it searched', async () => {
				const sosu = await search('q=sosu');
				const assistants = await search('q=social- og sundhedsassistent');
				expect(assistants.total).toBeGreaterThan(0);
				expect(sosu.total).toBeGreaterThan(assistants.total);
				expect(sosu.fallback).toBe('none');
				expect(sosu.alsoSearched).toContain('social- og sundhedsassistent');
				expect(sosu.items[0]?.title).toMatch(/social- og sundheds/i);
				expect((await search('q=paedagog')).alsoSearched).toEqual(['pædagog']);
				expect((await search('q=laeger')).total).toBeGreaterThan(0);
				expect((await search('q=pædagog')).alsoSearched).toEqual([]);
				expect(await countJobs(handle.db, query('q=sosu'), { now })).toBe(sosu.total);
			});

			it.each(['nurse', 'медсестра', 'ممرضة'])(
				'finds the sygeplejerske ads for "%s", and names the Danish word searched',
				async (q) => {
					const found = await search(`q=${encodeURIComponent(q)}`);
					const danish = await search('q=sygeplejerske');
					expect(danish.total).toBeGreaterThan(0);
					expect(found.fallback).toBe('none');
					expect(found.total).toBe(danish.total);
					expect(found.items[0]?.title).toMatch(/sygeplejerske/i);
					expect(found.translatedTo).toEqual(['sygeplejerske']);
					expect(found.alsoSearched).toEqual(['sygeplejerske']);
					expect(jobSearchResultSchema.parse(found).translatedTo).toEqual(['sygeplejerske']);
					expect(await countJobs(handle.db, query(`q=${encodeURIComponent(q)}`), { now })).toBe(
						found.total
					);
					// A Danish search names no translation.
					expect(danish.translatedTo).toEqual([]);
				}
			);
		});

		it.each(['lager', 'handicap'])(
			'orders one word by rank, equal ranks newest first: %s',
			async (word) => {
				const { items } = await walk(`q=${word}&limit=100`);
				expect(items.length).toBeGreaterThan(20);
				// The rank of each ad, computed apart from the page's keyset query.
				const rows = await handle.db
					.select({
						id: jobs.id,
						rank: sql<number>`ts_rank(${jobs.rankVector}, ${textQueries(word).rank})::float8`
					})
					.from(jobs)
					.where(
						inArray(
							jobs.id,
							items.map((ad) => ad.id)
						)
					);
				const rankOf = new Map(rows.map((row) => [row.id, Number(row.rank)]));
				let ties = 0;
				for (let i = 1; i < items.length; i++) {
					const [a, b] = [items[i - 1]!, items[i]!];
					const [ra, rb] = [rankOf.get(a.id)!, rankOf.get(b.id)!];
					expect(ra, `${i}`).toBeGreaterThanOrEqual(rb);
					if (ra !== rb) continue;
					ties++;
					expect(a.postedAt >= b.postedAt, `${i}: ${a.postedAt} before ${b.postedAt}`).toBe(true);
					if (a.postedAt === b.postedAt) expect(a.id < b.id).toBe(true);
				}
				// Ties are the rule for one word (all body-only hits rank 0), so this tests something.
				expect(ties).toBeGreaterThan(items.length / 2);
				expect(rankOf.get(items[0]!.id)).toBeGreaterThan(0);
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
				'--paedagog',
				'-sosu -"it" or',
				'paed:* & aa',
				'aeoeaa'.repeat(20),
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

defineSearchSuite('PGlite', () => openTemporaryPglite('search-test'));

const openPostgres = postgresForSuite('search');
if (openPostgres) defineSearchSuite('PostgreSQL', openPostgres);

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
			'limit',
			'view'
		]);
		expect(operation.parameters.every((p) => !p.required)).toBe(true);
	});
});
