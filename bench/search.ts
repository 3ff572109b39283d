// Job search latency and throughput: `npx tsx bench/search.ts`.
//
// Seeds 50,000 ads into a temporary PGlite and, when BENCH_DATABASE_URL is set (a database this
// bench may wipe, e.g. postgres://postgres@127.0.0.1:5432/vj_search_bench), into PostgreSQL too;
// then runs 200 typical searches one at a time and reports p50/p95/p99 per database, and the
// slowest 10 searches (where to look with EXPLAIN ANALYZE). On PostgreSQL it also measures
// requests per second with autocannon, 16 connections cycling through the same 200 searches:
// against the production server (`vite build`, then scripts/serve.js, as `npm start` serves) —
// the target — and, to tell the search's cost from the rest, against a minimal in-process
// node:http server that only calls searchJobs. Exits non-zero when a target is missed.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannonUntyped from 'autocannon';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { fromSearchParams } from '../src/lib/domain/job-search';
import { openDatabase, type DatabaseHandle } from '../src/lib/server/db';
import { seedDatabase } from '../src/lib/server/seed';
import { occupations } from '../src/lib/server/seed/job-vocabulary';
import { clearSearchCache, searchJobs } from '../src/lib/server/search';
import { seededRandom } from '../src/lib/domain/random';
import { startProductionServer } from './support/production-server';

const JOB_COUNT = Number(process.env.BENCH_JOB_COUNT ?? 50_000);
const QUERY_COUNT = 200;
const WARMUP_COUNT = 30;
const CONCURRENCY = 16;
const LOAD_SECONDS = 10;
const TARGET_P95_MS = { pglite: 50, postgres: 15 } as const;
const TARGET_RPS = 300;
const SLOWEST_COUNT = 10;

/** 200 searches like citizens make: common occupations in all their forms, filters, each sort. */
function typicalQueries(count: number): string[] {
	const random = seededRandom(20_261_122);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
	const common = [...occupations].sort((a, b) => b.weight - a.weight).slice(0, 25);
	const typos = ['sygeplejeske', 'pædagogg', 'tømre', 'elektrikker', 'rengørring'];
	const towns = ['101', '751', '461', '851', '147', '561', '621', '630', '265', '730'];
	const postal = ['8000', '5000', '9000', '2300', '6700', '4000', '7100'];
	const sorts = ['relevance', 'newest', 'deadline'] as const;
	return Array.from({ length: count }, (_, i) => {
		const params = new URLSearchParams();
		const occupation = pick(common);
		const r = random();
		if (r < 0.05) params.set('q', pick(typos));
		else if (r < 0.8) {
			const word = pick([
				occupation.title,
				occupation.plural,
				occupation.definite,
				occupation.definitePlural
			]);
			params.set(
				'q',
				random() < 0.15
					? `${word.toLowerCase()} ${pick(['deltid', 'vikar', 'erfaren'])}`
					: word.toLowerCase()
			);
		}
		if (random() < 0.3) params.set('municipality', pick(towns));
		if (random() < 0.2) params.set('occupation', occupation.code.slice(0, random() < 0.5 ? 1 : 2));
		if (random() < 0.25) params.set('hours', pick(['full', 'part']));
		if (random() < 0.2) params.set('postedWithinDays', String(pick([3, 7, 14, 30])));
		if (random() < 0.15) {
			params.set('postalCode', pick(postal));
			params.set('radiusKm', String(pick([5, 10, 25, 50])));
		}
		params.set('sort', sorts[i % sorts.length]!);
		return params.toString();
	});
}

function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function runSearch(handle: DatabaseHandle, params: string, cache: boolean) {
	const parsed = fromSearchParams(new URLSearchParams(params));
	if (!parsed.success) throw new Error(`${params}: ${JSON.stringify(parsed.errors)}`);
	return searchJobs(handle.db, parsed.data, { cache });
}

/** The part of autocannon's API used here (the package ships no types). */
interface LoadTestOptions {
	url: string;
	connections: number;
	duration: number;
	requests: { setupRequest: (request: { path: string }) => { path: string } }[];
}
interface LoadTestResult {
	duration: number;
	errors: number;
	timeouts: number;
	non2xx: number;
	requests: { total: number };
}
/** A running load test: a promise of the result that also reports each response's time in ms. */
type LoadTest = Promise<LoadTestResult> & {
	on(
		event: 'response',
		listener: (client: unknown, status: number, bytes: number, ms: number) => void
	): void;
};
const autocannon = autocannonUntyped as unknown as (options: LoadTestOptions) => LoadTest;

/** autocannon, 16 connections for ~10 s, each request the next of `queries` under `path`. */
function loadTest(baseUrl: string, path: string, queries: string[]): LoadTest {
	let next = 0;
	return autocannon({
		url: baseUrl,
		connections: CONCURRENCY,
		duration: LOAD_SECONDS,
		requests: [
			{
				setupRequest: (request) => ({
					...request,
					path: `${path}?${queries[next++ % queries.length]}`
				})
			}
		]
	});
}

interface LatencyRow {
	database: string;
	measure: string;
	p50: string;
	p95: string;
	p99: string;
	max: string;
	target: string;
	ok: string;
}

interface Timed {
	ms: number;
	params: string;
	fallback: boolean;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

/**
 * With `cache`, counts are reused for repeated words + filters within 30 s, as the server does;
 * the warm-up's counts are forgotten first, so only genuine repeats among the 200 hit the cache.
 * Without it every search counts and builds facets from scratch (the cold case).
 */
async function latency(
	handle: DatabaseHandle,
	queries: string[],
	cache: boolean
): Promise<{ row: LatencyRow; slowest: Timed[] }> {
	for (const params of queries.slice(0, WARMUP_COUNT)) await runSearch(handle, params, cache);
	clearSearchCache(handle.db);
	const timed: Timed[] = [];
	for (const params of queries) {
		const started = performance.now();
		const result = await runSearch(handle, params, cache);
		timed.push({
			ms: performance.now() - started,
			params,
			fallback: result.fallback === 'trigram'
		});
	}
	const times = timed.map((t) => t.ms).sort((a, b) => a - b);
	const p95 = percentile(times, 95);
	const target = TARGET_P95_MS[handle.kind];
	const fallbacks = timed.filter((t) => t.fallback).length;
	return {
		row: {
			database: handle.kind,
			measure: `${queries.length} searches one at a time, ${cache ? 'count cache on (as served)' : 'no count cache (cold)'}, ${fallbacks} typo fallbacks`,
			p50: ms(percentile(times, 50)),
			p95: ms(p95),
			p99: ms(percentile(times, 99)),
			max: ms(times.at(-1) ?? NaN),
			target: cache ? `p95 ≤ ${target} ms` : '(info)',
			ok: !cache ? '' : p95 <= target ? 'yes' : 'NO'
		},
		slowest: timed.sort((a, b) => b.ms - a.ms).slice(0, SLOWEST_COUNT)
	};
}

/**
 * Requests per second through a bare node:http server (loopback): autocannon keeps 16 connections
 * busy for ~10 s, each request the next of the 200 searches (one counter shared by all
 * connections, so concurrent requests are different searches, as from different citizens).
 * Latency percentiles are measured in the server, from request to the end of the response.
 */
async function throughput(
	handle: DatabaseHandle,
	queries: string[],
	cache: boolean
): Promise<LatencyRow> {
	clearSearchCache(handle.db);
	const times: number[] = [];
	// Searches still running when autocannon stops must finish before the database closes.
	const inFlight = new Set<Promise<void>>();
	const server = createServer((request, response) => {
		const started = performance.now();
		response.on('finish', () => times.push(performance.now() - started));
		const url = new URL(request.url ?? '/', 'http://localhost');
		const parsed = fromSearchParams(url.searchParams);
		if (!parsed.success) {
			response.writeHead(400, { 'content-type': 'application/problem+json' }).end('{}');
			return;
		}
		const search = searchJobs(handle.db, parsed.data, { cache }).then(
			(result) => {
				response
					.writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
					.end(JSON.stringify(result));
			},
			() => response.writeHead(500).end()
		);
		inFlight.add(search);
		void search.finally(() => inFlight.delete(search));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const result = await loadTest(`http://127.0.0.1:${port}`, '/', queries);
	await Promise.all(inFlight);
	await new Promise((resolve) => server.close(resolve));
	times.sort((a, b) => a - b);
	const rps = result.requests.total / result.duration;
	const failures = result.errors + result.timeouts + result.non2xx;
	return {
		database: handle.kind,
		measure: `req/s: ${Math.round(rps)} (${CONCURRENCY} connections, ${result.duration.toFixed(1)} s, ${failures} failed, count cache ${cache ? 'on' : 'off'}; searchJobs alone behind node:http; latency in the server)`,
		p50: ms(percentile(times, 50)),
		p95: ms(percentile(times, 95)),
		p99: ms(percentile(times, 99)),
		max: ms(times.at(-1) ?? NaN),
		target: '(info)',
		ok: ''
	};
}

/**
 * Requests per second through the production server on this database, as citizens' phones reach
 * it: SvelteKit's hooks, routing, validation, JSON and the count cache. Built first, so the code
 * measured is the code in the tree. Latency is measured by autocannon, from request to response.
 */
async function serverThroughput(databaseUrl: string, queries: string[]): Promise<LatencyRow> {
	const server = await startProductionServer({ DATABASE_URL: databaseUrl });
	const { baseUrl } = server;
	try {
		for (const params of queries.slice(0, WARMUP_COUNT)) {
			const response = await fetch(`${baseUrl}/api/v1/jobs?${params}`);
			if (!response.ok) throw new Error(`${params}: HTTP ${response.status}`);
			await response.arrayBuffer();
		}
		const times: number[] = [];
		const test = loadTest(baseUrl, '/api/v1/jobs', queries);
		test.on('response', (_client, _status, _bytes, responseMs) => times.push(responseMs));
		const result = await test;
		times.sort((a, b) => a - b);
		const rps = result.requests.total / result.duration;
		const failures = result.errors + result.timeouts + result.non2xx;
		return {
			database: 'postgres',
			measure: `req/s: ${Math.round(rps)} (autocannon, ${CONCURRENCY} connections, ${result.duration.toFixed(1)} s, ${failures} failed; GET /api/v1/jobs on the production server, scripts/serve.js)`,
			p50: ms(percentile(times, 50)),
			p95: ms(percentile(times, 95)),
			p99: ms(percentile(times, 99)),
			max: ms(times.at(-1) ?? NaN),
			target: `≥ ${TARGET_RPS} req/s`,
			ok: rps >= TARGET_RPS && failures === 0 ? 'yes' : 'NO'
		};
	} finally {
		await server.stop();
	}
}

async function seed(handle: DatabaseHandle) {
	const report = await seedDatabase(handle.db, { jobCount: JOB_COUNT });
	// PostgreSQL's autovacuum would analyse soon after the load; do it now so the plans are real.
	await handle.db.execute(sql`analyze jobs`);
	return report;
}

const queries = typicalQueries(QUERY_COUNT);
const rows: LatencyRow[] = [];
const slowest: { database: string; ms: string; fallback: string; search: string }[] = [];
const measureLatency = async (handle: DatabaseHandle) => {
	const served = await latency(handle, queries, true);
	rows.push(served.row);
	for (const t of served.slowest) {
		slowest.push({
			database: handle.kind,
			ms: t.ms.toFixed(1),
			fallback: t.fallback ? 'trigram' : '',
			search: decodeURIComponent(t.params.replaceAll('+', ' '))
		});
	}
	rows.push((await latency(handle, queries, false)).row);
};
const seeding: { database: string; ads: number; seconds: string }[] = [];

const dataDir = mkdtempSync(join(tmpdir(), 'vj-bench-search-'));
try {
	const pglite = await openDatabase({ databaseUrl: null, dataDir });
	try {
		const report = await seed(pglite);
		seeding.push({
			database: 'pglite',
			ads: report.jobs,
			seconds: (report.milliseconds / 1000).toFixed(1)
		});
		await measureLatency(pglite);
	} finally {
		await pglite.close();
	}
} finally {
	rmSync(dataDir, { recursive: true, force: true });
}

const postgresUrl = process.env.BENCH_DATABASE_URL;
if (postgresUrl) {
	const admin = postgres(postgresUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(
		'drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;'
	);
	await admin.end();
	const pg = await openDatabase({ databaseUrl: postgresUrl, dataDir: '' });
	try {
		const report = await seed(pg);
		seeding.push({
			database: 'postgres',
			ads: report.jobs,
			seconds: (report.milliseconds / 1000).toFixed(1)
		});
		await measureLatency(pg);
		rows.push(await serverThroughput(postgresUrl, queries));
		rows.push(await throughput(pg, queries, true));
		rows.push(await throughput(pg, queries, false));
	} finally {
		await pg.close();
	}
} else {
	console.log('BENCH_DATABASE_URL is not set: PostgreSQL and the req/s measurement were not run.');
}

console.table(seeding);
console.log(`The ${SLOWEST_COUNT} slowest searches per database (count cache on):`);
console.table(slowest);
console.table(rows);
if (rows.some((row) => row.ok === 'NO')) process.exitCode = 1;
