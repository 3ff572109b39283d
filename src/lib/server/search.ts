/**
 * Job search (`GET /api/v1/jobs`): Danish full text, filters, facets, keyset paging and a typo
 * fallback. The same SQL runs on PGlite and PostgreSQL.
 *
 * - Full text: `websearch_to_tsquery('danish', q)` against `jobs.search_vector` (title A,
 *   occupation B, employer C, description D), ranked with `ts_rank_cd`, so a title hit outranks a
 *   body-only hit. The last word also matches as a prefix ("pæd" finds "pædagog") unless the
 *   text ends in a space, a quote or a negation.
 * - Typo fallback: when the words match nothing (with the filters applied), titles are matched by
 *   trigram word similarity (`q <% title`, pg_trgm's default threshold 0.6) and ranked by it;
 *   the answer says `fallback: 'trigram'`.
 * - Paging: keyset for every sort; the cursor carries the last row's sort key and the id, so no
 *   ad appears twice. relevance = (rank desc, id asc), newest = (posted_at desc, id asc),
 *   deadline = (deadline asc nulls last, id asc).
 *   (newest breaks ties by id ascending to follow the existing index jobs_posted_idx.) `sort=relevance` without words means newest.
 * - Facets: one grouped pass (GROUPING SETS). Each facet applies every filter except its own
 *   (municipality ignores `municipality`, region ignores `region`, occupation ignores
 *   `occupation`, hours ignores `hours`); the words, `postedWithinDays` and the postal code /
 *   radius always apply.
 * - Radius: per municipality — the postal code's primary municipality's approximate centroid,
 *   and every municipality whose centroid lies within `radiusKm` (see municipality-centroids.ts).
 */
import { isUuid } from '../domain/validation';
import { and, asc, desc, eq, getTableColumns, gte, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { JobSearchQuery, JobSearchSort } from '../domain/job-search';
import type { JobAd, JobSearchResult } from '../domain/jobs';
import {
	municipalityByCode,
	municipalitiesInRegion,
	postalCodeInfo
} from '../domain/taxonomy/municipalities';
import { municipalitiesWithinKm } from '../domain/taxonomy/municipality-centroids';
import { occupationByCode, subGroupsOf } from '../domain/taxonomy/occupations';
import type { Database } from './db';
import { jobs } from './db/schema';
import { validationProblem } from './http';
import { toJobAd } from './jobs';
import { decodeCursor, encodeCursor } from './paging';

type Mode = 'fts' | 'trigram';
type SortTag = 'r' | 'n' | 'd';
type FacetDimension = 'municipality' | 'region' | 'occupation' | 'hours';

const DAY_MS = 86_400_000;
const sortTags: Record<JobSearchSort, SortTag> = { relevance: 'r', newest: 'n', deadline: 'd' };

/** Every column but the generated search vector, which the answer never needs. */
const { searchVector: _searchVector, ...adColumns } = getTableColumns(jobs);

const occupationGroup = sql`left(${jobs.occupationCode}, 2)`;

interface Cursor {
	mode: Mode;
	tag: SortTag;
	key: string | number | null;
	id: string;
}

function badCursor(): never {
	throw validationProblem([
		{ field: 'cursor', message: 'Ugyldig cursor. Start søgningen forfra.' }
	]);
}

/** Cursor = [tag + ('t' in trigram mode), sort key, id]. */
function readCursor(raw: string | undefined, tag: SortTag): Cursor | null {
	const parts = decodeCursor(raw ?? null);
	if (!parts) return null;
	const [head, key, id] = parts;
	if (parts.length !== 3 || typeof head !== 'string' || typeof id !== 'string') badCursor();
	if (!isUuid(id) || head.charAt(0) !== tag || !['', 't'].includes(head.slice(1))) badCursor();
	if (tag === 'r' && (typeof key !== 'number' || !Number.isFinite(key))) badCursor();
	if (
		tag === 'n' &&
		(typeof key !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(key))
	) {
		badCursor();
	}
	if (
		tag === 'd' &&
		key !== null &&
		(typeof key !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(key))
	) {
		badCursor();
	}
	return { mode: head.endsWith('t') ? 'trigram' : 'fts', tag, key: key ?? null, id };
}

/**
 * The words as tsqueries: web-search syntax (`"…"`, `-ord`, `or`), and the last plain word also as
 * a prefix so results appear while typing ("pæd" finds "pædagog"). `match` filters and `rank`
 * orders: the prefix form matches a superset of the exact form (the same stemmer cuts both), so it
 * alone filters, which keeps the planner on the GIN index; ranking with `exact || prefix` puts
 * whole-word hits before prefix-only hits. Stop words give an empty query, which matches nothing.
 */
function textQueries(q: string): { match: SQL; rank: SQL } {
	const exact = sql`websearch_to_tsquery('danish', ${q})`;
	const found = /^(.*?)([\p{L}\p{N}]{3,})$/u.exec(q);
	const head = found?.[1] ?? '';
	const last = found?.[2] ?? '';
	// Only a free word: not inside a quote, not negated ("-leder"), not after "or".
	if (
		!found ||
		(head.match(/"/g)?.length ?? 0) % 2 === 1 ||
		/[-"\p{L}\p{N}]$/u.test(head) ||
		/(^|\s)or\s*$/i.test(head)
	) {
		return { match: exact, rank: exact };
	}
	const lastPrefix = sql`to_tsquery('danish', ${`${last}:*`})`;
	const prefix =
		head.trim() === ''
			? lastPrefix
			: sql`(websearch_to_tsquery('danish', ${head}) && ${lastPrefix})`;
	return { match: prefix, rank: sql`(${exact} || ${prefix})` };
}

interface Plan {
	base: SQL[];
	dims: Partial<Record<FacetDimension, SQL>>;
	rank: SQL | null;
}

function plan(query: JobSearchQuery, mode: Mode, now: Date): Plan {
	const base: SQL[] = [];
	let rank: SQL | null = null;
	if (query.q) {
		if (mode === 'fts') {
			const tsq = textQueries(query.q);
			base.push(sql`${jobs.searchVector} @@ ${tsq.match}`);
			rank = sql`ts_rank_cd(${jobs.searchVector}, ${tsq.rank})::float8`;
		} else {
			base.push(sql`${query.q} <% ${jobs.title}`);
			rank = sql`word_similarity(${query.q}, ${jobs.title})::float8`;
		}
	}
	if (query.postedWithinDays !== undefined) {
		base.push(gte(jobs.postedAt, new Date(now.getTime() - query.postedWithinDays * DAY_MS)));
	}
	if (query.postalCode !== undefined) {
		const info = postalCodeInfo(query.postalCode);
		if (query.radiusKm !== undefined && info) {
			base.push(
				inArray(
					jobs.municipalityCode,
					municipalitiesWithinKm(info.municipalityCode, query.radiusKm)
				)
			);
		} else {
			base.push(eq(jobs.postalCode, query.postalCode));
		}
	}
	const dims: Plan['dims'] = {};
	if (query.municipality !== undefined)
		dims.municipality = eq(jobs.municipalityCode, query.municipality);
	if (query.region !== undefined) {
		const codes = municipalitiesInRegion(query.region).map((m) => m.code);
		dims.region = codes.length > 0 ? inArray(jobs.municipalityCode, codes) : sql`false`;
	}
	if (query.occupation !== undefined) {
		const groups =
			query.occupation.length === 1
				? subGroupsOf(query.occupation).map((g) => g.code)
				: [query.occupation];
		dims.occupation = groups.length > 0 ? inArray(occupationGroup, groups) : sql`false`;
	}
	if (query.hours !== undefined) dims.hours = eq(jobs.hours, query.hours);
	return { base, dims, rank };
}

function allOf(conditions: (SQL | undefined)[]): SQL {
	const present = conditions.filter((c): c is SQL => c !== undefined);
	return present.length === 0 ? sql`true` : (and(...present) as SQL);
}

/** The other dimensions' filters, for counting one facet. */
function except(dims: Plan['dims'], own: FacetDimension): SQL {
	return allOf(
		(Object.keys(dims) as FacetDimension[]).filter((d) => d !== own).map((d) => dims[d])
	);
}

interface Aggregate {
	total: number;
	facets: JobSearchResult['facets'];
}

async function aggregate(db: Database, p: Plan): Promise<Aggregate> {
	const count = (condition: SQL) =>
		Object.keys(p.dims).length === 0
			? sql<number>`count(*)::int`
			: sql<number>`(count(*) filter (where ${condition}))::int`;
	const rows = await db
		.select({
			municipality: sql<string | null>`${jobs.municipalityCode}`,
			occupation: sql<string | null>`${occupationGroup}`,
			hours: sql<string | null>`${jobs.hours}`,
			grouping: sql<number>`grouping(${jobs.municipalityCode}, ${occupationGroup}, ${jobs.hours})::int`,
			forMunicipality: count(except(p.dims, 'municipality')),
			forRegion: count(except(p.dims, 'region')),
			forOccupation: count(except(p.dims, 'occupation')),
			forHours: count(except(p.dims, 'hours')),
			all: count(allOf(Object.values(p.dims)))
		})
		.from(jobs)
		.where(allOf(p.base))
		.groupBy(
			sql`grouping sets ((${jobs.municipalityCode}), (${occupationGroup}), (${jobs.hours}), ())`
		);

	let total = 0;
	const municipality: JobSearchResult['facets']['municipality'] = [];
	const regionCounts = new Map<string, { code: string; name: string; count: number }>();
	const occupation: JobSearchResult['facets']['occupation'] = [];
	const hours: JobSearchResult['facets']['hours'] = [];
	for (const row of rows) {
		const grouping = Number(row.grouping);
		if (grouping === 7) total = Number(row.all);
		else if (grouping === 3 && row.municipality !== null) {
			const m = municipalityByCode(row.municipality);
			const own = Number(row.forMunicipality);
			if (own > 0)
				municipality.push({
					code: row.municipality,
					name: m?.name ?? row.municipality,
					count: own
				});
			const forRegion = Number(row.forRegion);
			if (m && forRegion > 0) {
				const entry = regionCounts.get(m.region.code) ?? { ...m.region, count: 0 };
				entry.count += forRegion;
				regionCounts.set(m.region.code, entry);
			}
		} else if (grouping === 5 && row.occupation !== null) {
			const count = Number(row.forOccupation);
			if (count > 0) {
				occupation.push({
					code: row.occupation,
					title: occupationByCode(row.occupation)?.title.da ?? row.occupation,
					count
				});
			}
		} else if (grouping === 6 && (row.hours === 'full' || row.hours === 'part')) {
			const count = Number(row.forHours);
			if (count > 0) hours.push({ value: row.hours, count });
		}
	}
	const byCount =
		<T extends { count: number }>(key: (item: T) => string) =>
		(a: T, b: T) =>
			b.count - a.count || key(a).localeCompare(key(b), 'da');
	return {
		total,
		facets: {
			municipality: municipality.sort(byCount((m) => m.name)),
			region: [...regionCounts.values()].sort(byCount((r) => r.code)),
			occupation: occupation.sort(byCount((o) => o.code)),
			hours: hours.sort(byCount((h) => h.value))
		}
	};
}

interface Page {
	items: JobAd[];
	nextCursor: string | null;
}

async function page(
	db: Database,
	p: Plan,
	tag: SortTag,
	mode: Mode,
	after: Cursor | null,
	limit: number
): Promise<Page> {
	const where = [...p.base, ...Object.values(p.dims)];
	let key: SQL;
	let order: SQL[];
	if (tag === 'r' && p.rank) {
		key = p.rank;
		order = [sql`"sort_key" desc`, asc(jobs.id)];
		if (after) {
			const rank = sql`${after.key}::float8`;
			where.push(sql`(${p.rank} < ${rank} or (${p.rank} = ${rank} and ${jobs.id} > ${after.id}))`);
		}
	} else if (tag === 'd') {
		key = sql`${jobs.deadline}::text`;
		order = [sql`${jobs.deadline} asc nulls last`, asc(jobs.id)];
		if (after) {
			where.push(
				after.key === null
					? sql`(${jobs.deadline} is null and ${jobs.id} > ${after.id})`
					: (or(
							sql`${jobs.deadline} > ${after.key}::date`,
							sql`(${jobs.deadline} = ${after.key}::date and ${jobs.id} > ${after.id})`,
							sql`${jobs.deadline} is null`
						) as SQL)
			);
		}
	} else {
		// Microseconds kept, and the same text whatever the session's TimeZone and DateStyle.
		key = sql`to_char(${jobs.postedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
		order = [desc(jobs.postedAt), asc(jobs.id)];
		if (after) {
			const at = sql`${after.key}::timestamptz`;
			where.push(sql`${jobs.postedAt} <= ${at}`);
			where.push(sql`(${jobs.postedAt} < ${at} or ${jobs.id} > ${after.id})`);
		}
	}
	const rows = await db
		.select({ ...adColumns, sortKey: sql<string | number | null>`${key}`.as('sort_key') })
		.from(jobs)
		.where(allOf(where))
		.orderBy(...order)
		.limit(limit + 1);
	const items = rows.slice(0, limit);
	const last = items.at(-1);
	return {
		items: items.map(({ sortKey: _key, ...row }) => toJobAd({ ...row, searchVector: null })),
		nextCursor:
			rows.length > limit && last
				? encodeCursor([
						`${tag}${mode === 'trigram' ? 't' : ''}`,
						tag === 'r' ? Number(last.sortKey) : (last.sortKey as string | null),
						last.id
					])
				: null
	};
}

/**
 * Runs word searches so the matches come from the GIN indexes (bitmap scans). The planner does
 * not cost reading the TOASTed search_vector, so on its own it may scan the table or walk
 * jobs_posted_idx and test `@@` row by row — each test detoasting a vector, tens of times slower.
 * The settings last for this transaction only.
 */
async function withTextIndexes<T>(db: Database, work: (tx: Database) => Promise<T>): Promise<T> {
	return db.transaction(async (tx) => {
		await tx.execute(
			sql`select set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)`
		);
		return work(tx as unknown as Database);
	});
}

export interface SearchOptions {
	/** Anchors `postedWithinDays`; defaults to the current time. */
	now?: Date;
	/** Reuse `total` and `facets` computed in the last 30 s for the same words and filters. */
	cache?: boolean;
}

/**
 * `total` and `facets` per database, keyed by words + filters (not sort, cursor or limit), for
 * 30 s: a broad search counts every ad, which costs far more than fetching one page, and paging
 * or re-sorting asks the same counts again. The answer is public with max-age=60 anyway, so counts
 * up to 30 s old are within what clients already accept; the items themselves are always fresh.
 */
const AGGREGATE_TTL_MS = 30_000;
const AGGREGATE_CACHE_SIZE = 500;
const aggregateCaches = new WeakMap<
	Database,
	Map<string, { at: number; value: Promise<Aggregate> }>
>();

/** Forgets cached counts, e.g. after importing ads. */
export function clearSearchCache(db: Database) {
	aggregateCaches.delete(db);
}

function cachedAggregate(db: Database, key: string, compute: () => Promise<Aggregate>) {
	let cache = aggregateCaches.get(db);
	if (!cache) aggregateCaches.set(db, (cache = new Map()));
	const now = Date.now();
	const hit = cache.get(key);
	if (hit && now - hit.at < AGGREGATE_TTL_MS) return hit.value;
	const value = compute();
	value.catch(() => cache.delete(key));
	cache.delete(key);
	cache.set(key, { at: now, value });
	if (cache.size > AGGREGATE_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
	return value;
}

export async function searchJobs(
	db: Database,
	query: JobSearchQuery,
	options: SearchOptions = {}
): Promise<JobSearchResult> {
	const now = options.now ?? new Date();
	const sort: JobSearchSort = query.sort === 'relevance' && !query.q ? 'newest' : query.sort;
	const tag = sortTags[sort];
	const after = readCursor(query.cursor, tag);
	const run = async (mode: Mode) => {
		const p = plan(query, mode, now);
		const { sort: _sort, cursor: _cursor, limit: _limit, ...filters } = query;
		// With postedWithinDays the window moves with the clock: a new key each minute.
		const minute = query.postedWithinDays === undefined ? 0 : Math.floor(now.getTime() / 60_000);
		const key = JSON.stringify([mode, filters, minute]);
		const both = (tx: Database) =>
			Promise.all([
				options.cache === false
					? aggregate(tx, p)
					: cachedAggregate(db, key, () => aggregate(tx, p)),
				page(tx, p, tag, mode, after, query.limit)
			]);
		const [counts, rows] = query.q ? await withTextIndexes(db, both) : await both(db);
		return {
			...counts,
			...rows,
			fallback: mode === 'fts' ? ('none' as const) : ('trigram' as const)
		};
	};
	if (after?.mode === 'trigram' && query.q) return run('trigram');
	const result = await run('fts');
	if (result.total > 0 || !query.q || after) return result;
	return run('trigram');
}
